/**
 * @module Retrieval quality against expected source ids: hit@k, recall@k, MRR and nDCG@k (binary relevance).
 * `retrieved` is ranked best first; ids may repeat (several chunks of one document) and count once.
 */

function firstK(retrieved: string[], k: number): string[] {
  return [...new Set(retrieved)].slice(0, k);
}

/** 1 when at least one relevant id is in the top k, else 0. */
export function hitAtK(retrieved: string[], relevant: Iterable<string>, k: number): number {
  const rel = new Set(relevant);
  return firstK(retrieved, k).some((id) => rel.has(id)) ? 1 : 0;
}

/** Share of the relevant ids found in the top k. */
export function recallAtK(retrieved: string[], relevant: Iterable<string>, k: number): number {
  const rel = new Set(relevant);
  if (!rel.size) return 0;
  return firstK(retrieved, k).filter((id) => rel.has(id)).length / rel.size;
}

/** 1 / rank of the first relevant id (0 when none is retrieved). */
export function reciprocalRank(retrieved: string[], relevant: Iterable<string>): number {
  const rel = new Set(relevant);
  const i = [...new Set(retrieved)].findIndex((id) => rel.has(id));
  return i < 0 ? 0 : 1 / (i + 1);
}

/** Normalised discounted cumulative gain at k, as trec_eval computes it for binary judgements. */
export function ndcgAtK(retrieved: string[], relevant: Iterable<string>, k: number): number {
  const rel = new Set(relevant);
  if (!rel.size) return 0;
  const dcg = firstK(retrieved, k).reduce((sum, id, i) => sum + (rel.has(id) ? 1 / Math.log2(i + 2) : 0), 0);
  let ideal = 0;
  for (let i = 0; i < Math.min(rel.size, k); i++) ideal += 1 / Math.log2(i + 2);
  return dcg / ideal;
}
