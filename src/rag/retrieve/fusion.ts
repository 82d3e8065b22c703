import type { ChunkHit } from '../knowledge-index.js';

/** Reciprocal-rank fusion: each list adds 1/(k + rank) to a chunk's score; k = 60 as in Cormack et al. */
export function reciprocalRankFusion(lists: ChunkHit[][], k = 60): ChunkHit[] {
  const fused = new Map<string, ChunkHit>();
  for (const list of lists) {
    list.forEach((hit, rank) => {
      const prev = fused.get(hit.chunk.id);
      const add = 1 / (k + rank + 1);
      fused.set(hit.chunk.id, prev ? { ...prev, score: prev.score + add } : { ...hit, score: add });
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score);
}
