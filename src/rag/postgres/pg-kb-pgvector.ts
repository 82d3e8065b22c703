/**
 * @module pgvector, when the server has it: a `vector` column beside the float32 bytes, an HNSW index per
 * knowledge base (cosine, made by optimize() once the base's vector size is known) and search by the
 * `<=>` operator. Detected once per connection pool; without it, vectors are searched exactly
 * (pg-kb-vectors.ts). Exercised against pgvector 0.8 by hand: bench/scale/pgvector-check.mjs (CI has none).
 */
import type postgres from 'postgres';
import type { PgKb } from './pg-kb-base.js';
import { toFloat32 } from './pg-kb-rows.js';
import type { PgQuery } from './pg-kb-schema.js';

/** Where pgvector is installed, and whether it can scan its index on until a filtered query has k rows. */
export interface Pgvector {
  readonly schema: string;
  /** 0.8 and later: hnsw.iterative_scan. */
  readonly iterative: boolean;
}

// The most dimensions an HNSW index on `vector` takes; a base of larger vectors is searched without one.
const MAX_INDEXED_DIMS = 2000;
// hnsw.ef_search's bounds: a search returns at most ef_search rows (without iterative scans).
const EF_SEARCH = { min: 100, max: 1000 };

const detected = new WeakMap<postgres.Sql, Promise<Pgvector | undefined>>();

/** pgvector as installed (installing it when the server offers it and the role may), or undefined. */
export function detectPgvector(sql: postgres.Sql): Promise<Pgvector | undefined> {
  let found = detected.get(sql);
  if (!found) {
    found = findOrCreate(sql);
    found.catch(() => detected.delete(sql)); // a failed look is tried again by the next open
    detected.set(sql, found);
  }
  return found;
}

async function findOrCreate(sql: postgres.Sql): Promise<Pgvector | undefined> {
  const installed = async (): Promise<Pgvector | undefined> => {
    const [row] = await sql<{ ns: string; version: string }[]>`SELECT n.nspname AS ns, e.extversion AS version
      FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'vector'`;
    const [major = 0, minor = 0] = (row?.version ?? '0').split('.').map(Number);
    // Before 0.5 there is no HNSW: such a server is searched as one without pgvector.
    if (!row || (major === 0 && minor < 5)) return undefined;
    return { schema: row.ns, iterative: major > 0 || minor >= 8 };
  };
  const found = await installed();
  if (found) return found;
  const [offered] = await sql`SELECT 1 FROM pg_available_extensions WHERE name = 'vector'`;
  if (!offered) return undefined;
  // In public when it can go there, as everyone else installs it: created in the first schema of the
  // search_path (tandem's own, say), it would go with a DROP SCHEMA … CASCADE of that schema, and take the
  // `vec` column of every other schema's tables with it.
  const [pub] = await sql<{ ok: boolean }[]>`
    SELECT has_schema_privilege(oid, 'CREATE') AS ok FROM pg_namespace WHERE nspname = 'public'`;
  try {
    await sql`CREATE EXTENSION IF NOT EXISTS vector ${pub?.ok ? sql`SCHEMA public` : sql``}`;
  } catch {
    // Not ours to install (pgvector is not a trusted extension: superusers only), or another process
    // installed it at the same moment (IF NOT EXISTS does not cover the race): whichever it was, look again.
  }
  return installed();
}

/** Adds the `vec` column when missing, and fills it for this base's vectors stored before pgvector came. */
export async function preparePgvector(kb: PgKb): Promise<void> {
  const { sql, t } = kb;
  const [has] = await sql`SELECT 1 FROM pg_attribute
    WHERE attrelid = to_regclass(${t.chunksName}) AND attname = 'vec' AND NOT attisdropped`;
  if (!has) await sql`ALTER TABLE ${t.chunks} ADD COLUMN IF NOT EXISTS vec ${sql.unsafe(vectorType(kb))}`;
  await fillPgvectors(kb);
}

/**
 * Fills the `vec` column of this base's chunks that have a vector but no `vec`: written before pgvector was
 * installed, or by a process that opened the index before it was (each pool looks once).
 */
export async function fillPgvectors(kb: PgKb): Promise<void> {
  const { sql, t, id } = kb;
  for (;;) {
    const page = await sql<{ rowid: string; embedding: Buffer }[]>`SELECT rowid, embedding FROM ${t.chunks}
      WHERE kb = ${id} AND embedding IS NOT NULL AND vec IS NULL LIMIT 1000`;
    if (!page.length) return;
    await writePgvectors(
      sql,
      kb,
      page.map((r) => Number(r.rowid)),
      page.map((r) => toFloat32(r.embedding)),
    );
  }
}

/** Sets the `vec` column of chunks. */
export async function writePgvectors(
  tx: PgQuery,
  kb: PgKb,
  rowids: number[],
  vectors: Float32Array[],
): Promise<void> {
  const texts = vectors.map((v) => `[${Array.from(v).join(',')}]`);
  await tx`UPDATE ${kb.t.chunks} c SET vec = x.v::${tx.unsafe(vectorType(kb))}
    FROM unnest(${rowids}::bigint[], ${texts}::text[]) AS x(rowid, v) WHERE c.rowid = x.rowid`;
}

/**
 * Makes the base's HNSW index (cosine) for vectors of `dims` dimensions, when it is not there yet; none for
 * more than 2,000 dimensions (HNSW's limit on `vector`): such a base is searched exactly, by a scan.
 */
export async function ensurePgvectorIndex(kb: PgKb, dims: number): Promise<void> {
  if (dims > MAX_INDEXED_DIMS) return;
  const ns = quote(kb.pgvector!.schema);
  const name = `kb_chunks_vec_${kb.id}_${dims}`;
  // A partial index per base: a column of mixed sizes cannot be indexed, one cast to the base's size can.
  await kb.sql`CREATE INDEX IF NOT EXISTS ${kb.sql(name)} ON ${kb.t.chunks}
    USING hnsw ((vec::${kb.sql.unsafe(`${ns}.vector(${dims})`)}) ${kb.sql.unsafe(`${ns}.vector_cosine_ops`)})
    WHERE kb = ${kb.sql.unsafe(String(kb.id))}`;
}

/**
 * The nearest chunks by cosine distance, as the HNSW index finds them (exactly, by a scan, when the index
 * could not return k rows: no iterative scans and a filter, or k beyond ef_search's bound); `allowed` is a
 * rowid subquery. Scores and ties as the exact search gives them: 1 − distance, 0 for a zero vector, ties
 * to the earlier row.
 */
export async function searchPgvector(
  kb: PgKb,
  vector: Float32Array,
  opts: { dims: number; k: number; allowed?: postgres.Fragment },
): Promise<Array<{ rowid: number; score: number }>> {
  const { sql, t } = kb;
  const pv = kb.pgvector!;
  const only = opts.allowed ? sql`AND rowid IN (${opts.allowed})` : sql``;
  // The base's id as a literal: the planner matches a partial index only to a predicate it can read.
  const where = sql`WHERE kb = ${sql.unsafe(String(kb.id))} AND vec IS NOT NULL ${only}`;
  if (!vector.some((x) => x !== 0)) {
    // A zero query is as close to everything (cosine has no answer; pgvector's is NaN): the first k rows.
    const rows = await sql<{ rowid: string }[]>`SELECT rowid FROM ${t.chunks} ${where}
      ORDER BY rowid LIMIT ${opts.k}`;
    return rows.map((r) => ({ rowid: Number(r.rowid), score: 0 }));
  }
  const typed = sql.unsafe(`${quote(pv.schema)}.vector(${opts.dims})`);
  const op = sql.unsafe(`OPERATOR(${quote(pv.schema)}.<=>)`);
  const distance = sql`(vec::${typed}) ${op} (${`[${Array.from(vector).join(',')}]`}::${typed})`;
  const indexed =
    opts.dims <= MAX_INDEXED_DIMS && (pv.iterative || (!opts.allowed && opts.k <= EF_SEARCH.max));
  // ef_search bounds what one index scan returns: at least k (the default, 40, would cut k = 100 short);
  // strict_order scans on until a filter has let k rows through, in distance order. "+ 0" matches no index.
  const ef = Math.min(EF_SEARCH.max, Math.max(EF_SEARCH.min, opts.k));
  const rows = await sql.begin(async (tx) => {
    await tx`SELECT set_config('hnsw.ef_search', ${String(ef)}, true)
      ${pv.iterative ? tx`, set_config('hnsw.iterative_scan', 'strict_order', true)` : tx``}`;
    return tx<{ rowid: string; distance: number }[]>`
      SELECT rowid, ${distance} AS distance FROM ${t.chunks} ${where}
      ORDER BY ${indexed ? distance : sql`(${distance}) + 0`} LIMIT ${opts.k}`;
  });
  return rows
    .map((r) => ({ rowid: Number(r.rowid), score: Number.isNaN(r.distance) ? 0 : 1 - r.distance }))
    .sort((a, b) => b.score - a.score || a.rowid - b.rowid);
}

function vectorType(kb: PgKb): string {
  return `${quote(kb.pgvector!.schema)}.vector`;
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
