import { describe, expect, it } from 'vitest';
import { growthOf } from '../../../test/support/growth.js';
import { withoutPleasantries } from './pleasantries.js';

describe('the greeting and thanks around a question', () => {
  it.each([
    [
      'Hi team, quick question: How much is the one-off home office allowance for UK staff? Thanks!',
      'How much is the one-off home office allowance for UK staff?',
    ],
    ['hey, do we get paid for the bank holiday? cheers', 'do we get paid for the bank holiday?'],
    [
      'Good morning all, hope you are well. Can I carry over leave? Many thanks in advance :)',
      'Can I carry over leave?',
    ],
    ['Dear HR, what is the notice period?', 'What is the notice period?'],
    // The frame a question is asked in, and the stock remarks after it.
    ['Does anyone know how much the home office allowance is?', 'How much the home office allowance is?'],
    ['Can someone tell me if the canteen is open on Sunday', 'The canteen is open on Sunday?'],
    ["How much is the allowance? I'm new here, sorry if this is obvious.", 'How much is the allowance?'],
    ["how many paid sick days do we get a year i'm new here", 'how many paid sick days do we get a year'],
    ['Is the gym free? Just curious, thanks!', 'Is the gym free?'],
    ['Do you know whether or not the canteen is open?', 'The canteen is open?'],
    // A word that keeps a capital inside it stays as written.
    ['Hi, iPhone setup?', 'iPhone setup?'],
    // The greetings of chat in Nigeria, South Africa and Jamaica.
    ['how far, when is the next visiting day for Abuja?', 'when is the next visiting day for Abuja?'],
    ['Howzit! is the canteen open on Sunday?', 'Is the canteen open on Sunday?'],
    ['wagwan, how much is the lunch allowance?', 'how much is the lunch allowance?'],
    // Zambia's: Bemba and Nyanja greetings and the respectful address.
    ['Mwapoleni, how many days off for a funeral?', 'How many days off for a funeral?'],
    ['Mukwai, when is payday?', 'When is payday?'],
    // Trinidad's address to everyone.
    ['Allyuh, what hours the canteen open?', 'What hours the canteen open?'],
    ['Morning allyuh, what hours the canteen open?', 'What hours the canteen open?'],
    ['Hi allyuh, what hours the canteen open?', 'What hours the canteen open?'],
  ])('are left out: %s', (typed, read) => {
    expect(withoutPleasantries(typed)).toBe(read);
  });

  it.each([
    'Morning shift starts when?',
    'Is there a thank you bonus?',
    'High-vis vests: where do I get one?',
    'Thanks',
    'Hi',
    'Do you know Helen?',
    'why is the cat so curious',
    'Is there anything new for staff?',
    // Words a question is about, not a greeting, a thanks or a remark.
    "what happens if I'm new to the team",
    'Morning-shift allowance?',
    'How far is the bus stop from the gate?',
    'How far, roughly, is the depot from the station?',
    'How far, in km, is the Abuja office?',
    'Hi-vis vests: where are they kept?',
    'Greetings cards: who buys them?',
    'How do I send a thank you',
    'how do I claim TA',
    'Can you remind me of the deadline?',
  ])('are not found where the words are what is asked, or all there is: %s', (typed) => {
    expect(withoutPleasantries(typed)).toBe(typed);
  });
});

describe('a long pasted message', () => {
  it('is read for its thanks and remarks in one pass', () => {
    // Four times the message takes about four times as long, not sixteen (a ratio of two runs side by side, so a
    // loaded machine slows both alike).
    expect(growthOf((n) => withoutPleasantries(`a${' '.repeat(n)}b`), 4_000_000)).toBeLessThan(9);
    const thanks = (n: number) => withoutPleasantries(`how much${' -'.repeat(n)} thanks`);
    expect(growthOf(thanks, 2_000_000)).toBeLessThan(9);
  });
});
