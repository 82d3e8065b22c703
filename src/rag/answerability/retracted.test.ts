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
  ])('%s', (message, words) => {
    expect(wordsTakenBack(message)).toEqual(words);
  });

  it('is nothing when nothing is taken back, or only a word that names nothing', () => {
    expect(wordsTakenBack('Not working, what now?')).toEqual([]);
    expect(wordsTakenBack("It's not the payment I'm after.")).toEqual([]);
    expect(wordsTakenBack("I said I'd do it, but I forgot.")).toEqual([]);
    expect(wordsTakenBack('Forget that, how do I pause?')).toEqual([]);
    expect(wordsTakenBack('I always forget my password, how do I reset it?')).toEqual([]);
    // Asking for another, complaining, or keeping the word in what is meant takes nothing back.
    expect(wordsTakenBack('What can I use instead of the ice packs?')).toEqual([]);
    expect(wordsTakenBack("I told you my order number, but you didn't answer. Where is my order?")).toEqual(
      [],
    );
    expect(wordsTakenBack('Sorry, forget my password - what do I do?')).toEqual([]);
    expect(wordsTakenBack('Not a member, can I still book a class?')).toEqual([]);
    expect(wordsTakenBack('Scratch card, how do I redeem it?')).toEqual([]);
    expect(wordsTakenBack('Not the card, the gift card — can I pay with it?')).toEqual([]);
    expect(wordsTakenBack('I said refund, but I meant a refund to my card.')).toEqual([]);
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
