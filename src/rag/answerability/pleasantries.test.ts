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
  ])('are left out: %s', (typed, read) => {
    expect(withoutPleasantries(typed)).toBe(read);
  });

  it.each([
    'Morning shift starts when?',
    'Is there a thank you bonus?',
    'High-vis vests: where do I get one?',
    'Thanks',
    'Hi',
  ])('are not found where the words are what is asked, or all there is: %s', (typed) => {
    expect(withoutPleasantries(typed)).toBe(typed);
  });
});
