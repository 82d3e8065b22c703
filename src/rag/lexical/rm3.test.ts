import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analysis.js';
import { Bm25Engine } from './bm25-engine.js';
import { expandRm3 } from './rm3.js';

// Two chunks about leave, one of them without the question's words, among twenty about other things.
const texts = [
  'Vacation allowance: annual leave is 25 days, and unused annual leave carries over.',
  'Annual leave: book annual leave in the HR system before you take leave.',
  ...Array.from(
    { length: 20 },
    (_, i) => `Parking permit ${i} for site ${String.fromCharCode(97 + i)}lpha bay`,
  ),
];
const analyzer = createAnalyzer('derivational');
const engine = Bm25Engine.build(
  texts.map((t, i) => ({ rowid: i + 1, fields: [t] })),
  { analyze: analyzer.terms },
);
const anserini = { fbDocs: 10, fbTerms: 10, originalWeight: 0.5 };

describe('expandRm3', () => {
  it('adds the first results’ words, so a chunk that shares none with the question is found', () => {
    expect(engine.search('vacation allowance', 5).map((h) => h.rowid)).toEqual([1]);
    const expanded = expandRm3(engine, 'vacation allowance', anserini);
    expect(expanded.map((t) => t.term)).toEqual(expect.arrayContaining(['vacat', 'allow', 'annual', 'leav']));
    expect(engine.searchTerms(expanded, 5).map((h) => h.rowid)).toEqual([1, 2]);
  });

  it('lists terms best first, and with originalWeight 1 is the query itself at weight 1 each', () => {
    const expanded = expandRm3(engine, 'vacation allowance', anserini);
    const weights = expanded.map((t) => t.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(expandRm3(engine, 'vacation allowance', { ...anserini, originalWeight: 1 })).toEqual([
      { term: 'allow', weight: 1 },
      { term: 'vacat', weight: 1 },
    ]);
  });

  it('reads feedback only from allowed chunks, and expands nothing for a query of no known words', () => {
    const onlySecond = expandRm3(engine, 'vacation allowance', anserini, (rowid) => rowid !== 1);
    expect(onlySecond.map((t) => t.term).sort()).toEqual(['allow', 'vacat']);
    expect(expandRm3(engine, 'the of and', anserini)).toEqual([]);
  });
});
