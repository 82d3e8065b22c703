import { describe, expect, it } from 'vitest';
import { chooseSentences } from './choose-sentences.js';

const passages = [
  { id: '1', text: 'Weekly boxes cost 59 EUR for two people and 89 EUR for four.' },
  { id: '2', text: 'Refunds go back to the card you paid with within 5 days. Refunds are shown in the app.' },
  { id: '3', text: 'Deliveries arrive between 08:00 and 18:00 on your chosen day.' },
];
const question = 'How much is the weekly box for two people, and how soon is the refund of my deposit paid?';
const strict = { maxSentences: 3, minScore: 0.9, minTerms: 2 };
const quoted = (opts: Parameters<typeof chooseSentences>[2]) =>
  chooseSentences(question, passages, opts).map((s) => s.text);

describe('chooseSentences', () => {
  it('answers a part that no sentence clears from its best passage at the relaxed bars, beside a part that clears', () => {
    // At the strict bars only the box's price answers; the refund part shares too few words.
    expect(quoted(strict)).toEqual(['Weekly boxes cost 59 EUR for two people and 89 EUR for four.']);
    const relaxed = { maxSentences: 3, minScore: 0.3, minTerms: 2, termShare: 0.5 };
    expect(quoted({ ...strict, relaxed })).toEqual([
      'Weekly boxes cost 59 EUR for two people and 89 EUR for four.',
      'Refunds go back to the card you paid with within 5 days.',
    ]);
  });
});

describe('a sentence two passages hold', () => {
  it('is quoted once, from the first passage that holds it', () => {
    const overlapping = [
      { id: '1', text: 'You may carry up to 5 days of unused leave into the next leave year.' },
      {
        id: '2',
        text: 'You may carry up to 5 days of unused leave into the next leave year. Carried days must be taken by 31 March.',
      },
    ];
    const chosen = chooseSentences(
      'How many days of leave can I carry into the next year, and by when must carried days be taken?',
      overlapping,
      {
        maxSentences: 3,
        minScore: 0.2,
        minTerms: 2,
      },
    );
    expect(chosen.map((s) => s.text)).toEqual([
      'You may carry up to 5 days of unused leave into the next leave year.',
      'Carried days must be taken by 31 March.',
    ]);
  });
});
