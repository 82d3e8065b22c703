/**
 * @module pgvector, when the server has it: a `vector` column beside the float32 bytes, an HNSW index per
 * knowledge base (cosine, made by optimize() once the base's vector size is known) and search by the
 * `<=>` operator. Detected once per connection pool; without it, vectors are searched exactly
 * (pg-kb-vectors.ts). UNTESTED: the machine tandem is developed on has no pgvector; see the report.
 */
import type postgres from 'postgres';
import type { PgKb } from './pg-kb-base.js';
import { toFloat32 } from './pg-kb-rows.js';
import type { PgQuery } from './pg-kb-schema.js';

const detected = new WeakMap<postgres.Sql, Promise<string | undefined>>();

/** The schema pgvector is installed in (installing it when the server offers it), or undefined. */
export function detectPgvector(sql: postgres.Sql): Promise<string | undefined> {
  let found = detected.get(sql);
  if (!found) {
    found = findOrCreate(sql);
    detected.set(sql, found);
  }
  return found;
}

async function findOrCreate(sql: postgres.Sql): Promise<string | undefined> {
  const installed = async () =>
    (
      await sql<{ ns: string }[]>`SELECT n.nspname AS ns FROM pg_extension e
        JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'vector'`
    )[0]?.ns;
  const ns = await installed();
  if (ns !== undefined) return ns;
  const [offered] = await sql`SELECT 1 FROM pg_available_extensions WHERE name = 'vector'`;
  if (!offered) return undefined;
  try {
    await sql`CREATE EXTENSION IF NOT EXISTS vector`;
  } catch {
    return undefined; // offered but not ours to install (no CREATE privilege): exact search it is
  }
  return installed();
}

/** Adds the `vec` column when missing, and fills it for this base's vectors stored before pgvector came. */
export async function preparePgvector(kb: PgKb): Promise<void> {
  const { sql, t, id } = kb;
  const type = vectorType(kb.pgvector!);
  const [has] = await sql`SELECT 1 FROM pg_attribute
    WHERE attrelid = to_regclass(${t.chunksName}) AND attname = 'vec' AND NOT attisdropped`;
  if (!has) await sql`ALTER TABLE ${t.chunks} ADD COLUMN IF NOT EXISTS vec ${sql.unsafe(type)}`;
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
  await tx`UPDATE ${kb.t.chunks} c SET vec = x.v::${tx.unsafe(vectorType(kb.pgvector!))}
    FROM unnest(${rowids}::bigint[], ${texts}::text[]) AS x(rowid, v) WHERE c.rowid = x.rowid`;
}

/** Makes the base's HNSW index (cosine) for vectors of `dims` dimensions, when it is not there yet. */
export async function ensurePgvectorIndex(kb: PgKb, dims: number): Promise<void> {
  const ns = quote(kb.pgvector!);
  const name = `kb_chunks_vec_${kb.id}_${dims}`;
  // A partial index per base: a column of mixed sizes cannot be indexed, one cast to the base's size can.
  await kb.sql`CREATE INDEX IF NOT EXISTS ${kb.sql(name)} ON ${kb.t.chunks}
    USING hnsw ((vec::${kb.sql.unsafe(`${ns}.vector(${dims})`)}) ${kb.sql.unsafe(`${ns}.vector_cosine_ops`)})
    WHERE kb = ${kb.sql.unsafe(String(kb.id))}`;
}

/** The nearest chunks by cosine distance, as the HNSW index finds them; `allowed` is a rowid subquery. */
export async function searchPgvector(
  kb: PgKb,
  vector: Float32Array,
  opts: { dims: number; k: number; allowed?: postgres.Fragment },
): Promise<Array<{ rowid: number; score: number }>> {
  const { sql, t } = kb;
  const typed = sql.unsafe(`${quote(kb.pgvector!)}.vector(${opts.dims})`);
  const op = sql.unsafe(`OPERATOR(${quote(kb.pgvector!)}.<=>)`);
  const q = `[${Array.from(vector).join(',')}]`;
  // The base's id as a literal: the planner matches a partial index only to a predicate it can read.
  const rows = await sql<{ rowid: string; distance: number }[]>`
    SELECT rowid, (vec::${typed}) ${op} (${q}::${typed}) AS distance FROM ${t.chunks}
    WHERE kb = ${sql.unsafe(String(kb.id))} AND vec IS NOT NULL
      ${opts.allowed ? sql`AND rowid IN (${opts.allowed})` : sql``}
    ORDER BY (vec::${typed}) ${op} (${q}::${typed}) LIMIT ${opts.k}`;
  return rows.map((r) => ({ rowid: Number(r.rowid), score: 1 - r.distance }));
}

function vectorType(ns: string): string {
  return `${quote(ns)}.vector`;
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
