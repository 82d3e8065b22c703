import { describe, expect, it } from 'vitest';
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
  ])('are not found where the words are what is asked, or all there is: %s', (typed) => {
    expect(withoutPleasantries(typed)).toBe(typed);
  });
});
