import { describe, expect, it } from 'vitest';
import { growthOf } from '../../../test/support/growth.js';
import { withSelfCorrections } from './self-correction.js';

describe('withSelfCorrections', () => {
  it('replaces the words taken back from the word the correction repeats', () => {
    expect(
      withSelfCorrections(
        'We have just moved from Utrecht to Amersfoort — sorry, to Amsterdam — and I need to put the new address in.',
      ),
    ).toBe('We have just moved from Utrecht to Amsterdam — and I need to put the new address in.');
    expect(
      withSelfCorrections(
        'Is there a way to have it in English instead of Dutch — sorry, I mean to switch it to French?',
      ),
    ).toBe('Is there a way to switch it to French?');
  });

  it('aligns on the second word when the first is new', () => {
    expect(
      withSelfCorrections("it's me and three teenagers — sorry, two teenagers and their dad, so four of us."),
    ).toBe("it's me and two teenagers and their dad, so four of us.");
  });

  it('adds to the repeated word what qualifies it', () => {
    expect(withSelfCorrections('How do I claim expenses, I mean travel expenses?')).toBe(
      'How do I claim travel expenses?',
    );
  });

  it('replaces the last word when the correction is a name for a name', () => {
    expect(withSelfCorrections('How much is the Family, I mean Classic plan?')).toBe(
      'How much is the Classic plan?',
    );
  });

  it('never reaches back past the sentence the correction is in', () => {
    expect(withSelfCorrections('I love the app. Where is the invoice — sorry, the receipt?')).toBe(
      'I love the app. Where is the receipt?',
    );
  });

  it('leaves apologies, asides and a sorry that opens the message alone', () => {
    for (const text of [
      'How many days do I have to get a refund, sorry, my English is bad',
      'Can I bring my dog, I mean, is that allowed?',
      "What's the deadline (sorry, newbie here) for claims?",
      'The app crashed, oops, what do I do now?',
      'Sorry, going back to my partner: how many recipes can she eat?',
      'Thanks, sorry for the trouble. How long does a refund take?',
      'My box is late, sorry to bother you. Where is it?',
      'Sorry if this is silly, but can I skip a week?',
    ])
      expect(withSelfCorrections(text)).toBe(text);
  });

  it('reads a long message in linear time', () => {
    // Four times the message takes about four times as long, not sixteen (a ratio of two runs side by side, so a
    // loaded machine slows both alike).
    const spaces = (n: number) => withSelfCorrections(`the plan${' '.repeat(n)}, sorry,${' '.repeat(n)}x`);
    expect(growthOf(spaces, 1_500_000)).toBeLessThan(9);
    expect(growthOf((n) => withSelfCorrections(`a — sorry, ${'b '.repeat(n)}`), 1_000_000)).toBeLessThan(9);
  });
});
