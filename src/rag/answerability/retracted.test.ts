import { describe, expect, it } from 'vitest';
import { withConversation } from './follow-up.js';
import { withoutTakenBack, wordsTakenBack } from './retracted.js';

describe('words a message takes back', () => {
  it.each([
    ["Back to the plan question — I wrote Family, but it's the Classic I'm looking at.", ['family']],
    ['Sorry, not the ice packs — I meant the insulating sheet. What is that made of?', ['ice', 'packs']],
    ['Sorry, not next week — the one after. Will I be billed?', ['next', 'week']],
    ['Not the card, the bank account — can he pay from that?', ['card']],
    ['Hmm, scratch the download — where do I add our VAT number?', ['download']],
    ['Actually, forget switching, we will stay as we are.', ['switching']],
    ['Can I get the vegetarian box instead of the Family one?', ['family']],
  ])('%s', (message, words) => {
    expect(wordsTakenBack(message)).toEqual(words);
  });

  it('is nothing when nothing is taken back, or only a word that names nothing', () => {
    expect(wordsTakenBack('Not working, what now?')).toEqual([]);
    expect(wordsTakenBack("It's not the payment I'm after.")).toEqual([]);
    expect(wordsTakenBack("I said I'd do it, but I forgot.")).toEqual([]);
    expect(wordsTakenBack('Forget that, how do I pause?')).toEqual([]);
    expect(wordsTakenBack('I always forget my password, how do I reset it?')).toEqual([]);
  });

  it('is struck from the conversation as read, as whole words', () => {
    expect(withoutTakenBack('How many recipes does the Family plan have?', ['family'])).toBe(
      'How many recipes does the plan have?',
    );
    expect(withoutTakenBack('Familyhood and family', ['family'])).toBe('Familyhood and ');
    const read = withConversation("I wrote Family, but it's the Classic. How many dishes is that weekly?", [
      'How many recipes does the Family plan have?',
    ]);
    expect(read).not.toMatch(/family/i);
    expect(read).toContain('Classic');
  });
});
