import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/index.js';
import type { ChunkHit } from '../knowledge-index.js';
import type { TermStats } from './assess.js';
import { withLoanWordsInEnglish } from './loan-words.js';

// A base that writes these words, stemmed as the index stems them.
function baseWriting(text: string) {
  const written = new Set(tokenize(text));
  const stats: TermStats = { chunks: 10, df: (t) => (written.has(t) ? 1 : 0) };
  // One passage: a search finds it when it shares a word with the query.
  const hit = {
    chunk: { id: 'c1', docId: 'd', text, index: 0 },
    doc: { id: 'd', source: 'd.md', metadata: {} },
    score: 1,
  } as unknown as ChunkHit;
  const index = {
    termStats: async (terms: string[]) => ({
      chunks: 10,
      df: new Map(terms.map((t) => [t, written.has(t) ? 1 : 0])),
    }),
    searchText: async (query: string) => (tokenize(query).some((t) => written.has(t)) ? [hit] : []),
  };
  return { stats, index };
}

describe('a word of another language the base never writes', () => {
  it('is read as the English wording of it the base writes', async () => {
    const { stats, index } = baseWriting('Hotel limits on a business trip abroad: 150 euros a night.');
    expect(
      await withLoanWordsInEnglish(index, 'max hotel per night on a komandirovka in germany?', stats),
    ).toBe('max hotel per night on a business trip in germany?');
  });

  it('is kept where the base writes it, and English words and names are never read as another language', async () => {
    const { stats, index } = baseWriting(
      'Komandirovka: the hotel limit is 150 euros a night on a business trip.',
    );
    const q = 'max hotel per night on a komandirovka in germany?';
    expect(await withLoanWordsInEnglish(index, q, stats)).toBe(q);
    // English verbs and plurals that are words of another language ("gave" is a gift in Norwegian).
    const warning = baseWriting(
      'A written warning may be appealed to the next manager. Gifts over 50 euros are declared.',
    );
    const appeal = 'my manager gave me a written warning, how do i appeal? who invites guests?';
    expect(await withLoanWordsInEnglish(warning.index, appeal, warning.stats)).toBe(appeal);
    const english = baseWriting('Business trips: hotel limits.');
    const plain = 'when is the canteen open on a business trip to Smena?';
    expect(await withLoanWordsInEnglish(english.index, plain, english.stats)).toBe(plain);
  });

  it('is kept when the base says the words of its English only apart, never together', async () => {
    const { stats, index } = baseWriting('Work starts at 08:00. Take your badge home at night.');
    const q = 'how many days of teletrabajo can admin people do per week?';
    expect(await withLoanWordsInEnglish(index, q, stats)).toBe(q);
  });

  it('is kept when the base writes none of its English either', async () => {
    const { stats, index } = baseWriting('Shift times and the canteen menu.');
    const q = 'how much is the komandirovka allowance?';
    expect(await withLoanWordsInEnglish(index, q, stats)).toBe(q);
  });
});
