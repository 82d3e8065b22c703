import { tokenize } from '../../core/index.js';
import type { ChunkHit } from '../knowledge-index.js';

/**
 * Maximal marginal relevance: picks `k` hits one by one, each maximising λ·relevance − (1−λ)·(similarity to
 * the hits already picked). Similarity is cosine of stored vectors when every hit has one, else word overlap.
 */
export function mmr(
  hits: ChunkHit[],
  k: number,
  lambda: number,
  vectors?: Map<string, Float32Array>,
): ChunkHit[] {
  if (hits.length <= 1) return hits.slice(0, k);
  const max = Math.max(...hits.map((h) => h.score));
  const min = Math.min(...hits.map((h) => h.score));
  const relevance = (h: ChunkHit) => (max === min ? 1 : (h.score - min) / (max - min));
  const useVectors = Boolean(vectors && hits.every((h) => vectors.has(h.chunk.id)));
  const words = new Map(hits.map((h) => [h.chunk.id, new Set(tokenize(h.chunk.text))]));
  const similarity = (a: ChunkHit, b: ChunkHit) =>
    useVectors
      ? dot(vectors!.get(a.chunk.id)!, vectors!.get(b.chunk.id)!)
      : jaccard(words.get(a.chunk.id)!, words.get(b.chunk.id)!);

  const picked: ChunkHit[] = [];
  const rest = [...hits];
  while (picked.length < k && rest.length) {
    let best = 0;
    let bestValue = Number.NEGATIVE_INFINITY;
    rest.forEach((h, i) => {
      const redundancy = picked.length ? Math.max(...picked.map((p) => similarity(h, p))) : 0;
      const value = lambda * relevance(h) - (1 - lambda) * redundancy;
      if (value > bestValue) [best, bestValue] = [i, value];
    });
    picked.push(rest.splice(best, 1)[0]!);
  }
  return picked;
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
