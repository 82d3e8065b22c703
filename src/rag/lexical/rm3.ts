/**
 * @module Query expansion by pseudo-relevance feedback (RM3, as Anserini runs it): the query's first
 * results are taken as relevant, their most frequent terms weighted by each result's score form a relevance
 * model, and the query becomes a mix of its own terms and that model's best ones. Words the first results
 * share with the answer but not with the question ("vacation" for a question about "leave") then count.
 */
import type { Bm25Engine, WeightedTerm } from './bm25-engine.js';

export interface Rm3Options {
  /** How many first results are read (Anserini: 10). */
  fbDocs: number;
  /** How many terms each result gives, and the model keeps (Anserini: 10). */
  fbTerms: number;
  /** The original query's share of the weight, 0 to 1 (Anserini: 0.5). */
  originalWeight: number;
}

// A term in more than this share of the chunks says nothing about relevance: Anserini's threshold, which
// stands in for a collection's own stop word list.
const MAX_DOC_SHARE = 0.1;

/**
 * The expanded query: weighted terms, best first. Weights are scaled so each of the query's own terms
 * would weigh 1 with `originalWeight` 1, which keeps scores on plain BM25's scale (minScore still applies).
 */
export function expandRm3(
  engine: Bm25Engine,
  query: string,
  opts: Rm3Options,
  allowed?: (rowid: number) => boolean,
): WeightedTerm[] {
  const original = l1(counts(engine.terms(query)));
  if (!original.size) return [];
  const feedback = engine.search(query, opts.fbDocs, allowed);
  const model = relevanceModel(engine, feedback, opts.fbTerms);
  const alpha = feedback.length ? opts.originalWeight : 1;
  const mixed = new Map<string, number>();
  for (const [t, w] of original) mixed.set(t, alpha * w);
  for (const [t, w] of model) mixed.set(t, (mixed.get(t) ?? 0) + (1 - alpha) * w);
  const scale = original.size;
  return [...mixed]
    .map(([term, w]) => ({ term, weight: w * scale }))
    .filter((t) => t.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
}

// P(t|R): each feedback chunk's best terms, as shares of the chunk, weighted by the chunk's score; the
// fbTerms heaviest, as shares of one.
function relevanceModel(
  engine: Bm25Engine,
  feedback: Array<{ rowid: number; score: number }>,
  fbTerms: number,
): Map<string, number> {
  // At least one chunk: in a tiny base every term is above the share, and nothing would ever be added.
  const maxDf = Math.max(1, MAX_DOC_SHARE * engine.size);
  const model = new Map<string, number>();
  for (const { rowid, score } of feedback) {
    const vector = new Map<string, number>();
    for (const [t, f] of engine.termVector(rowid))
      if (t.length >= 2 && t.length <= 20 && engine.docFreq(t) <= maxDf) vector.set(t, f);
    const kept = heaviest(vector, fbTerms);
    const norm = sum(kept.values());
    if (norm <= 0) continue;
    for (const [t, f] of kept) model.set(t, (model.get(t) ?? 0) + (f / norm) * score);
  }
  return l1(heaviest(model, fbTerms));
}

function heaviest(m: Map<string, number>, n: number): Map<string, number> {
  // Ties go to the term that sorts first, so the same index always gives the same expansion.
  return new Map([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n));
}

function counts(terms: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of terms) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

function l1(m: Map<string, number>): Map<string, number> {
  const total = sum(m.values());
  return total > 0 ? new Map([...m].map(([t, w]) => [t, w / total])) : new Map();
}

function sum(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
