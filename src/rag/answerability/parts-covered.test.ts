import { describe, expect, it } from 'vitest';
import { assessGrounding } from './assess.js';
import { partsAsked } from './question.js';

describe('a part of a question judged on its own', () => {
  it('reads an elliptical part with the topic of the part before, but not a part that names a topic', () => {
    const prices = [
      { text: 'A pound of tails 31/40 costs C$ 165.00. Staff may buy up to 4 libras a month.' },
    ];
    // "¿y cuánto puedo pedir al mes?" as the Spanish reader leaves it: its answer is the limit on the pound of tails.
    expect(
      assessGrounding('how much pound tails 31/40 and how much can I request month?', prices).grounded,
    ).toBe(true);
    // "sick leave" is a topic of its own, which the passage does not answer (review).
    const leave = [{ text: 'You get 25 days of annual leave. Sick leave must be reported by 9am.' }];
    expect(
      assessGrounding('How many days of annual leave do I get, and how many for sick leave?', leave).grounded,
    ).toBe(false);
  });

  it('keeps a story that ends in a word of asking as the story (review)', () => {
    expect(partsAsked('My rota changes next week but nobody said when, who should I contact?')).toEqual([
      'who should I contact?',
    ]);
  });
});
