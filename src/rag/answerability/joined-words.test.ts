import { describe, expect, it } from 'vitest';
import { americanSpelling, stem } from '../../core/index.js';
import { withWordsJoined } from './joined-words.js';

// A base's counts by word, as the index gives them for terms (stemmed words).
function base(counts: Record<string, number>) {
  const df = new Map(Object.entries(counts).map(([w, n]) => [stem(americanSpelling(w)), n]));
  const lookup = (t: string) => df.get(t) ?? 0;
  return {
    index: {
      termStats: async (terms: string[]) => ({ chunks: 50, df: new Map(terms.map((t) => [t, lookup(t)])) }),
    },
    stats: { chunks: 50, df: lookup },
  };
}

describe('words written apart that the base writes as one', () => {
  it('are read joined where the base never uses one of them alone', async () => {
    const { index, stats } = base({ wetfish: 6, fish: 20, lifejacket: 2, life: 3, core: 4 });
    expect(await withWordsJoined(index, 'what core temperature for wet fish?', stats)).toBe(
      'what core temperature for wetfish?',
    );
    expect(await withWordsJoined(index, 'when do I wear a life jacket on deck', stats)).toBe(
      'when do I wear a lifejacket on deck',
    );
  });

  it('stay apart where the base uses both words, or has no joined word, or a name is written', async () => {
    const { index, stats } = base({ wetfish: 6, wet: 2, fish: 20, desk: 3 });
    expect(await withWordsJoined(index, 'is wet fish kept cold?', stats)).toBe('is wet fish kept cold?');
    expect(await withWordsJoined(index, 'where is the help desk', stats)).toBe('where is the help desk');
    expect(await withWordsJoined(index, 'Wet Fish Ltd invoices', stats)).toBe('Wet Fish Ltd invoices');
  });

  it('are joined as whole words only: not the end of a hyphenated word', async () => {
    const { index, stats } = base({ wetfish: 6, fish: 20 });
    expect(await withWordsJoined(index, 'is pre-wet fish ok, and wet fish?', stats)).toBe(
      'is pre-wet fish ok, and wetfish?',
    );
  });

  it('stay apart where the joined word does not stem as its parts: its count is only a part read back', async () => {
    // "shiftmentioned" stems as "shiftment", which the index reads back as "shift".
    const { index, stats } = base({ shift: 4, shiftment: 4 });
    expect(await withWordsJoined(index, 'before the shift mentioned peak', stats)).toBe(
      'before the shift mentioned peak',
    );
  });
});
