/**
 * @module Vector search in one knowledge base (sqlite-vec, cosine), and stored vectors by chunk id.
 */

import type { Ranked } from './kb-lexical.js';
import { toFloat32 } from './kb-rows.js';
import type { KbState } from './kb-state.js';

/** The `k` nearest chunks to `vector` among those allowed. */
export function searchVectors(
  state: KbState,
  vector: Float32Array,
  k: number,
  allowed?: Set<number>,
): Ranked {
  if (state.dimensions === undefined) return [];
  // A filter is applied after the search, so ask for more than k.
  const fetch = allowed ? k * 10 + 50 : k;
  const near = state.db
    .prepare(`SELECT rowid, distance FROM ${state.vec} WHERE embedding MATCH ? AND k = ?`)
    .all(vector, fetch) as Array<{ rowid: number; distance: number }>;
  return near
    .filter((n) => !allowed || allowed.has(n.rowid))
    .slice(0, k)
    .map((n) => ({ rowid: n.rowid, score: 1 - n.distance }));
}

/** Stored vectors of the given chunks; chunks without one are absent. */
export function storedVectors(state: KbState, chunkIds: string[]): Map<string, Float32Array> {
  const out = new Map<string, Float32Array>();
  if (state.dimensions === undefined || !chunkIds.length) return out;
  const rows = state.db
    .prepare(
      `SELECT c.id, v.embedding FROM kb_chunks c JOIN ${state.vec} v ON v.rowid = c.rowid WHERE c.kb = ? AND c.id IN (SELECT value FROM json_each(?))`,
    )
    .all(state.name, JSON.stringify(chunkIds)) as Array<{ id: string; embedding: Buffer }>;
  for (const r of rows) out.set(r.id, toFloat32(r.embedding));
  return out;
}

/** How many vectors the base holds. */
export function countVectors(state: KbState): number {
  if (state.dimensions === undefined) return 0;
  return (state.db.prepare(`SELECT COUNT(*) AS n FROM ${state.vec}`).get() as { n: number }).n;
}
