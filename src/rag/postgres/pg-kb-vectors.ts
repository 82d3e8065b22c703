/**
 * @module Exact vector search without pgvector: cosine similarity (what sqlite-vec's cosine distance gives
 * tandem: the score is 1 − distance) against every stored vector. PostgreSQL has no fast dot product of its
 * own (unnest() over a real[] took ~1 s for 5,000 vectors of 384), so vectors are scored here: held in
 * memory while they fit (reloaded when the base's generation moves on, which one small query per search
 * tells), read in pages per search when they do not.
 */
import type postgres from 'postgres';
import { TandemError } from '../../core/index.js';
import { topK } from '../lexical/top-k.js';
import type { PgKb } from './pg-kb-base.js';
import { searchPgvector } from './pg-kb-pgvector.js';
import { toFloat32 } from './pg-kb-rows.js';

export type Ranked = Array<{ rowid: number; score: number }>;

/** Every stored vector of a base at one generation, row after row, with their norms. */
interface Matrix {
  generation: number;
  rowids: number[];
  data: Float32Array;
  norms: Float64Array;
  /** 0 … n − 1, the candidates of every search. */
  all: number[];
}

const PAGE = 1000;

/** Vector search over one base; `cacheBytes` bounds the vectors held in memory. */
export function createVectorSearch(kb: PgKb, cacheBytes: number) {
  let cache: Matrix | undefined;
  return async (vector: Float32Array, k: number, allowed?: () => postgres.Fragment): Promise<Ranked> => {
    const [b] = await kb.sql<{ generation: number; dimensions: number | null; vectors: number }[]>`
      SELECT generation::float8 AS generation, dimensions, vectors::float8 AS vectors FROM ${kb.t.bases}
      WHERE id = ${kb.id}`;
    if (!b?.dimensions || !b.vectors) return [];
    if (vector.length !== b.dimensions) throw querySize(kb.name, b.dimensions, vector.length);
    if (kb.pgvector) return searchPgvector(kb, vector, { dims: b.dimensions, k, allowed: allowed?.() });
    if (b.vectors * b.dimensions * 4 > cacheBytes) return scanPages(kb, vector, k, allowed?.());
    if (cache?.generation !== b.generation) {
      cache = undefined; // let the old one go before the new one is read
      cache = await loadMatrix(kb, b.dimensions);
    }
    const only = allowed ? await rowidSet(kb, allowed()) : undefined;
    return bestOf(cache, vector, k, only);
  };
}

// Reads the vectors and the generation they are at in one snapshot, so the cache is never labelled newer
// than what it holds.
async function loadMatrix(kb: PgKb, dims: number): Promise<Matrix> {
  return kb.sql.begin('isolation level repeatable read', async (tx) => {
    const [b] = await tx<{ generation: number; vectors: number }[]>`
      SELECT generation::float8 AS generation, vectors::float8 AS vectors FROM ${kb.t.bases} WHERE id = ${kb.id}`;
    const data = new Float32Array(b!.vectors * dims);
    const rowids: number[] = [];
    await tx<{ rowid: string; embedding: Buffer }[]>`SELECT rowid, embedding FROM ${kb.t.chunks}
      WHERE kb = ${kb.id} AND embedding IS NOT NULL ORDER BY rowid`.cursor(PAGE, (rows) => {
      for (const r of rows) {
        data.set(toFloat32(r.embedding), rowids.length * dims);
        rowids.push(Number(r.rowid));
      }
    });
    return {
      generation: b!.generation,
      rowids,
      data,
      norms: norms(data, dims),
      all: rowids.map((_, i) => i),
    };
  });
}

// The k best of a matrix, restricted to `only` when given (ties: the earlier row, as topK breaks them).
function bestOf(m: Matrix, vector: Float32Array, k: number, only?: Set<number>): Ranked {
  const scores = cosines(m.data, m.norms, vector);
  const allow = only ? (i: number) => only.has(m.rowids[i]!) : undefined;
  return topK(m.all, scores, k, allow).map(({ doc, score }) => ({ rowid: m.rowids[doc]!, score }));
}

// A base too large to hold: its vectors a page at a time, keeping the k best so far.
async function scanPages(
  kb: PgKb,
  vector: Float32Array,
  k: number,
  allowed?: postgres.Fragment,
): Promise<Ranked> {
  const dims = vector.length;
  let best: Ranked = [];
  await kb.sql<{ rowid: string; embedding: Buffer }[]>`SELECT rowid, embedding FROM ${kb.t.chunks}
    WHERE kb = ${kb.id} AND embedding IS NOT NULL ${allowed ? kb.sql`AND rowid IN (${allowed})` : kb.sql``}
    ORDER BY rowid`.cursor(PAGE, (rows) => {
    const data = new Float32Array(rows.length * dims);
    rows.forEach((r, i) => {
      data.set(toFloat32(r.embedding), i * dims);
    });
    const page: Matrix = {
      generation: 0,
      rowids: rows.map((r) => Number(r.rowid)),
      data,
      norms: norms(data, dims),
      all: rows.map((_, i) => i),
    };
    best = [...best, ...bestOf(page, vector, k)]
      .sort((a, b) => b.score - a.score || a.rowid - b.rowid)
      .slice(0, k);
  });
  return best;
}

function norms(data: Float32Array, dims: number): Float64Array {
  const out = new Float64Array(data.length / dims);
  for (let i = 0; i < out.length; i++) {
    let s = 0;
    for (let j = i * dims; j < (i + 1) * dims; j++) s += data[j]! * data[j]!;
    out[i] = Math.sqrt(s);
  }
  return out;
}

// Cosine similarity of every row with `v`; a zero vector is similar to nothing (0).
function cosines(data: Float32Array, rowNorms: Float64Array, v: Float32Array): Float64Array {
  const dims = v.length;
  const [qn] = norms(v, dims);
  const out = new Float64Array(rowNorms.length);
  for (let i = 0; i < out.length; i++) {
    let dot = 0;
    const at = i * dims;
    for (let j = 0; j < dims; j++) dot += data[at + j]! * v[j]!;
    const n = rowNorms[i]! * qn!;
    out[i] = n > 0 ? dot / n : 0;
  }
  return out;
}

async function rowidSet(kb: PgKb, allowed: postgres.Fragment): Promise<Set<number>> {
  const rows = await kb.sql<{ rowid: string }[]>`SELECT rowid FROM (${allowed}) a`;
  return new Set(rows.map((r) => Number(r.rowid)));
}

function querySize(name: string, held: number, got: number): TandemError {
  return new TandemError(
    'STORE_ERROR',
    `knowledge base "${name}" holds ${held}-dimensional vectors; the query's has ${got}`,
    { hint: 'Embed the query with the embedder the base was ingested with (or re-ingest with --rebuild).' },
  );
}
