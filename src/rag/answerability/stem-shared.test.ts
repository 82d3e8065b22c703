import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/index.js';
import type { TermStats } from './assess.js';
import { withStemSharedWordsRead } from './stem-shared.js';

// A base that writes these words, stemmed as the index stems them.
function baseWriting(text: string) {
  const written = new Set(tokenize(text));
  const stats: TermStats = { chunks: 10, df: (t) => (written.has(t) ? 1 : 0) };
  const index = {
    termStats: async (terms: string[]) => ({
      chunks: 10,
      df: new Map(terms.map((t) => [t, written.has(t) ? 1 : 0])),
    }),
  };
  return { stats, index };
}

describe('a word whose stem another word shares', () => {
  it('is read as the equivalent the base writes when the base never writes it', async () => {
    const { stats, index } = baseWriting('Marriage leave: 3 working days, taken within 3 months.');
    expect(await withStemSharedWordsRead(index, 'my Wedding is next month, how many days off?', stats)).toBe(
      'my marriage is next month, how many days off?',
    );
    const married = baseWriting('Staff who get married are given 5 days.');
    expect(await withStemSharedWordsRead(married.index, 'days off for weddings?', married.stats)).toBe(
      'days off for married?',
    );
  });

  it('is kept where the base writes its stem, or writes none of its equivalents', async () => {
    const said = baseWriting('Wedding leave: 3 days. Marriage certificate to HR.');
    const q = 'how long is wedding leave?';
    expect(await withStemSharedWordsRead(said.index, q, said.stats)).toBe(q);
    const none = baseWriting('Annual leave: 25 days a year.');
    expect(await withStemSharedWordsRead(none.index, q, none.stats)).toBe(q);
  });
});
