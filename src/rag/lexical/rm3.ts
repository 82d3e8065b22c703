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
  const queryTerms = engine.terms(query);
  if (!queryTerms.length) return [];
  return rm3Terms(
    {
      queryTerms,
      feedback: engine.search(query, opts.fbDocs, allowed),
      termVector: (rowid) => engine.termVector(rowid),
      docFreq: (term) => engine.docFreq(term),
      size: engine.size,
    },
    opts,
  );
}

/** What RM3 reads from an index, whichever holds it (the in-memory engine, or tables read beforehand). */
export interface Rm3Feedback {
  /** The query's analysed terms, repeats kept. */
  queryTerms: string[];
  /** The query's first results (at most fbDocs), best first. */
  feedback: Array<{ rowid: number; score: number }>;
  /** A result's terms with their (weighted) frequencies. */
  termVector(rowid: number): Map<string, number>;
  /** In how many chunks a term occurs. */
  docFreq(term: string): number;
  /** How many chunks the index holds. */
  size: number;
}

/** The expanded query from the query's terms and its first results (see `expandRm3`). */
export function rm3Terms(input: Rm3Feedback, opts: Rm3Options): WeightedTerm[] {
  const original = l1(counts(input.queryTerms));
  if (!original.size) return [];
  const model = relevanceModel(input, opts.fbTerms);
  const alpha = input.feedback.length ? opts.originalWeight : 1;
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
function relevanceModel(input: Rm3Feedback, fbTerms: number): Map<string, number> {
  // At least one chunk: in a tiny base every term is above the share, and nothing would ever be added.
  const maxDf = Math.max(1, MAX_DOC_SHARE * input.size);
  const model = new Map<string, number>();
  for (const { rowid, score } of input.feedback) {
    const vector = new Map<string, number>();
    for (const [t, f] of input.termVector(rowid))
      if (t.length >= 2 && t.length <= 20 && input.docFreq(t) <= maxDf) vector.set(t, f);
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
