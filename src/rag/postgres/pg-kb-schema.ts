/**
 * @module The knowledge index's tables in PostgreSQL: one set for every knowledge base, keyed by the base
 * (a row of kb_bases), created idempotently when an index opens, under an advisory lock so any number of
 * processes may open at once. Lexical search reads postings (term → chunk, with each field's count) and
 * document frequencies kept beside them; vectors are float32 bytes, plus pgvector's type when the server has
 * it (see pg-kb-pgvector.ts).
 */
import type postgres from 'postgres';
import { TandemError } from '../../core/index.js';

/** A connection or a transaction: what the index's queries run on. */
export type PgQuery = postgres.ISql;

// The first key of the advisory lock ("tand", as the store's migrations); the second names the knowledge
// tables of one schema, so opening the index never waits on the store's own migrations.
const LOCK_CLASS = 0x74616e64;

// Unquoted-identifier rules, so a schema means the same here, in search_path and in psql.
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

const TABLES = [
  'kb_bases',
  'kb_documents',
  'kb_chunks',
  'kb_postings',
  'kb_terms',
  'embedding_cache',
] as const;

/** The tables' names as query fragments, qualified by the schema when one was given. */
export function tableNames(sql: PgQuery, schema: string | undefined) {
  const q = (t: (typeof TABLES)[number]) => sql(schema ? `${schema}.${t}` : t);
  return {
    bases: q('kb_bases'),
    documents: q('kb_documents'),
    chunks: q('kb_chunks'),
    postings: q('kb_postings'),
    terms: q('kb_terms'),
    cache: q('embedding_cache'),
    /** The chunks table's name as to_regclass reads it. */
    chunksName: schema ? `"${schema}".kb_chunks` : 'kb_chunks',
  };
}

export type KbTables = ReturnType<typeof tableNames>;

/** Checks a schema name (letters, digits, _) before it is put in SQL. */
export function checkSchemaName(schema: string | undefined): void {
  if (schema === undefined || SCHEMA_NAME.test(schema)) return;
  throw new TandemError('STORE_ERROR', `the knowledge index's schema "${schema}" is not a plain name`, {
    hint: 'A schema name is letters, digits and _ (not starting with a digit, at most 63), e.g. tandem',
  });
}

/** Creates the schema (when named) and the tables when any is missing; a no-op once they exist. */
export async function ensureKbTables(sql: postgres.Sql, schema: string | undefined): Promise<void> {
  const prefix = schema ? `"${schema}".` : '';
  const names = TABLES.map((t) => `${prefix}${t}`);
  const [found] = await sql<
    { n: number }[]
  >`SELECT count(to_regclass(t))::int AS n FROM unnest(${names}::text[]) t`;
  if (found?.n === TABLES.length) return;
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::int, hashtext(${`knowledge:${schema ?? ''}`}))`;
    // "already exists, skipping" when another process won the race is nobody's business.
    await tx`SET LOCAL client_min_messages = warning`;
    if (schema && !(await tx`SELECT 1 FROM pg_namespace WHERE nspname = ${schema}`).length)
      await tx.unsafe(`CREATE SCHEMA "${schema}"`);
    await tx.unsafe(ddl(prefix));
  });
}

// COLLATE "C" on keys that are compared or sorted: byte order, as SQLite's BINARY, so `documents()` lists in
// the same order on both backends whatever the database's locale.
function ddl(p: string): string {
  return `
    CREATE TABLE IF NOT EXISTS ${p}kb_bases (
      id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name TEXT COLLATE "C" NOT NULL UNIQUE,
      -- The analysis the postings were written under; another one rewrites them (pg-kb-base.ts).
      format TEXT,
      -- BM25's N and the sum of chunk lengths (avgdl), kept by every write.
      chunks BIGINT NOT NULL DEFAULT 0,
      total_length BIGINT NOT NULL DEFAULT 0,
      vectors BIGINT NOT NULL DEFAULT 0,
      dimensions INTEGER,
      -- Bumped by every write; in-process caches (vectors) built at another generation are stale.
      generation BIGINT NOT NULL DEFAULT 0,
      optimized_generation BIGINT NOT NULL DEFAULT -1);
    CREATE TABLE IF NOT EXISTS ${p}kb_documents (
      kb INTEGER NOT NULL, id TEXT COLLATE "C" NOT NULL, source TEXT COLLATE "C" NOT NULL, hash TEXT NOT NULL,
      title TEXT,
      -- As written (key order kept), and as jsonb for filters.
      metadata TEXT NOT NULL,
      meta JSONB GENERATED ALWAYS AS (metadata::jsonb) STORED,
      chunks INTEGER NOT NULL, ingested_at BIGINT NOT NULL,
      PRIMARY KEY (kb, id));
    CREATE TABLE IF NOT EXISTS ${p}kb_chunks (
      rowid BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      kb INTEGER NOT NULL, id TEXT COLLATE "C" NOT NULL, doc_id TEXT COLLATE "C" NOT NULL, ord INTEGER NOT NULL,
      text TEXT NOT NULL, headings TEXT NOT NULL, page INTEGER, tokens INTEGER NOT NULL,
      -- Analysed terms in title, headings and text: BM25's document length.
      length INTEGER NOT NULL,
      -- float32 little-endian, as SQLite keeps it.
      embedding BYTEA,
      UNIQUE (kb, id));
    CREATE INDEX IF NOT EXISTS kb_chunks_doc ON ${p}kb_chunks (kb, doc_id);
    -- One row per chunk and term, with the term's count in each field (weights apply at query time, so
    -- reopening with other field weights rewrites nothing). The primary key covers what scoring reads, so a
    -- query's postings come from the index alone.
    CREATE TABLE IF NOT EXISTS ${p}kb_postings (
      kb INTEGER NOT NULL, term TEXT COLLATE "C" NOT NULL, rowid BIGINT NOT NULL,
      tf_title INTEGER NOT NULL, tf_headings INTEGER NOT NULL, tf_text INTEGER NOT NULL, length INTEGER NOT NULL,
      PRIMARY KEY (kb, term, rowid) INCLUDE (tf_title, tf_headings, tf_text, length));
    CREATE INDEX IF NOT EXISTS kb_postings_rowid ON ${p}kb_postings (rowid);
    -- In how many chunks each term occurs (any field).
    CREATE TABLE IF NOT EXISTS ${p}kb_terms (
      kb INTEGER NOT NULL, term TEXT COLLATE "C" NOT NULL, df INTEGER NOT NULL,
      PRIMARY KEY (kb, term));
    CREATE TABLE IF NOT EXISTS ${p}embedding_cache (
      model TEXT COLLATE "C" NOT NULL, hash TEXT COLLATE "C" NOT NULL, vector BYTEA NOT NULL,
      PRIMARY KEY (model, hash));
  `;
}
