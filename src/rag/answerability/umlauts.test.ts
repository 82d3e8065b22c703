import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/index.js';
import { withUmlautsRead } from './umlauts.js';

// A base's counts by word, as the index gives them for terms (folded and stemmed as it indexes them).
function base(words: string[]) {
  const df = new Map(words.flatMap((w) => tokenize(w)).map((t) => [t, 3]));
  const lookup = (t: string) => df.get(t) ?? 0;
  return {
    index: {
      termStats: async (terms: string[]) => ({ chunks: 50, df: new Map(terms.map((t) => [t, lookup(t)])) }),
    },
    stats: { chunks: 50, df: lookup },
  };
}

describe('German typed without its umlauts', () => {
  const { index, stats } = base([
    'für',
    'Schulungen',
    'Gebühr',
    'Überstunden',
    'Schlüssel',
    'du',
    'pude',
    'Feuerlöscher',
    'Michal',
  ]);

  it('is read with them where the base writes the word so', async () => {
    expect(await withUmlautsRead(index, 'welche schulungen brauch ich fuer den stapler', stats)).toBe(
      'welche schulungen brauch ich für den stapler',
    );
    expect(await withUmlautsRead(index, 'wie hoch ist die Gebuehr, und Ueberstunden?', stats)).toBe(
      'wie hoch ist die Gebühr, und Überstunden?',
    );
  });

  it('keeps the pairs the word is written with ("Feuer" in "Feuerloescher")', async () => {
    expect(await withUmlautsRead(index, 'wo ist der Feuerloescher', stats)).toBe('wo ist der Feuerlöscher');
  });

  it('is left as typed where the base does not use the word, English has it, or it is a name', async () => {
    expect(await withUmlautsRead(index, "where is Michael's desk", stats)).toBe("where is Michael's desk");
    // "Schluesselbund" with umlauts is not in the base either; "due" is English, not German "dü".
    expect(await withUmlautsRead(index, 'wo ist mein Schluesselbund', stats)).toBe(
      'wo ist mein Schluesselbund',
    );
    expect(await withUmlautsRead(index, 'when is the fee due?', stats)).toBe('when is the fee due?');
    // A word the base uses as typed stays ("Schulungen"), and a part of a longer word is not read alone.
    expect(await withUmlautsRead(index, 'kursfuer Schulungen', stats)).toBe('kursfuer Schulungen');
  });
});
