import { describe, expect, it } from 'vitest';
import { pastedOnly, saidAside, withoutPastedFigures, withoutPurpose } from './said-aside.js';

describe('saidAside', () => {
  it('reads a measure that points back as said beside the question', () => {
    const aside = saidAside('Is there a fee for a cash-in of that size?');
    expect([...aside]).toEqual(['size']);
  });

  it('reads a length of time and the asker’s family as said aside', () => {
    const aside = saidAside('Can I pause my box for a month while my mum visits?');
    expect([...aside].sort()).toEqual(['month', 'mum']);
  });

  it('keeps what is asked about: a size asked for is not aside', () => {
    expect(saidAside('What size are the boxes?').size).toBe(0);
  });
});

describe('pasted material', () => {
  const pasted =
    'An old flyer stuck on my fridge says:\n"FAMILY BOX: 4 recipes · 4 people · only €79 a week!"\nIs that still the price?';

  it('reads what a message quotes, and the clause that says where it was seen, as said aside', () => {
    const aside = saidAside(pasted);
    for (const word of ['flyer', 'fridg', 'famili', 'recip'])
      expect([...aside].some((w) => w.startsWith(word))).toBe(true);
    // A quote of a word or two may be what is asked about.
    expect(saidAside('What does "Skip" do?').size).toBe(0);
  });

  it('leaves out of the words to cover only what the quote alone says', () => {
    const only = pastedOnly(
      'The confirmation says: "Refund approved: €54.00 to Visa." How long until the refund shows?',
    );
    expect(only.has('approv')).toBe(true);
    expect(only.has('refund')).toBe(false);
  });

  it('drops the figures of a quote, not those the asker writes', () => {
    expect(withoutPastedFigures('It says "upcoming payment: €32,00 on Friday". Will 32 euros go out?')).toBe(
      'It says "upcoming payment: on Friday". Will 32 euros go out?',
    );
    expect(withoutPastedFigures('Is "week 27" skipped?')).toBe('Is "week 27" skipped?');
  });
});

describe('the reason a procedure is asked for', () => {
  it('is said aside after "how do I …", and left out of what is asked', () => {
    const question = 'how do i lock out the edger before I go in to clear a jam';
    expect([...saidAside(question)]).toContain('jam');
    expect([...saidAside(question)]).not.toContain('edger');
    expect(withoutPurpose(question)).toBe('how do i lock out the edger');
    expect(withoutPurpose('How can I reset my password so I can get into CrewPortal?')).toBe(
      'How can I reset my password',
    );
    // Not a question of how to do something: the clause is what is asked.
    expect(saidAside('Can I take leave before I go on maternity leave?').size).toBe(0);
    expect(withoutPurpose('What is the lockout procedure?')).toBe('What is the lockout procedure?');
    // "What do I need to do before…" asks about what comes after "before".
    expect(saidAside('What do I need to do before I go on maternity leave?').size).toBe(0);
    expect(saidAside('How do I prepare before I go on maternity leave?').size).toBe(0);
    // A run of thousands of spaces is read in one pass (it once took minutes).
    const spaced = `how do I${' '.repeat(5000)}x`;
    expect(withoutPurpose(spaced)).toBe(spaced);
    expect([...saidAside(`how do I${' '.repeat(5000)}reset it before I go home`)]).toEqual(['go', 'home']);
  });
});
