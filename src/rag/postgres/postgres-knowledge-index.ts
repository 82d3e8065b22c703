/**
 * @module The knowledge index in PostgreSQL, for a shared store: the same promises as the SQLite index
 * (sqlite/sqlite-knowledge-index.ts) and the same ranking. Text is analysed by tandem (stemming, normalised
 * dates and amounts) and ranked by BM25 in SQL over postings kept in tables (pg-kb-bm25.ts); RM3 expansion
 * reads the same tables. Vectors are float32 bytes searched exactly (pg-kb-vectors.ts), or by pgvector when
 * the server has it (pg-kb-pgvector.ts). One set of tables holds every knowledge base.
 */
import type postgres from 'postgres';
import {
  type ChunkHit,
  type ChunkText,
  type IndexedDocument,
  type KnowledgeIndex,
  textsByDocument,
} from '../knowledge-index.js';
import { createAnalyzer, type Stemming } from '../lexical/analysis.js';
import { baseId, type PgKb, syncFormat } from './pg-kb-base.js';
import { chunkCount, docFreqs, expandRm3Pg, rankedRows, unitWeights } from './pg-kb-bm25.js';
import { detectPgvector, ensurePgvectorIndex, fillPgvectors, preparePgvector } from './pg-kb-pgvector.js';
import { allowedSubquery, HIT_COLUMNS, hitsOf, type PgChunkRow, toFloat32, toHits } from './pg-kb-rows.js';
import { checkSchemaName, ensureKbTables, tableNames } from './pg-kb-schema.js';
import { createVectorSearch } from './pg-kb-vectors.js';
import { removeEntries, setDocumentMetadata, upsertEntries } from './pg-kb-writer.js';

export { createPostgresEmbeddingCache } from './pg-embedding-cache.js';

export interface PostgresIndexOptions {
  /** The schema the tables go in (created when missing); absent: the connection's search_path. */
  schema?: string;
  /** derivational (default): Porter joined with derived words (Austria/Austrian, employ/employee); or porter. */
  stemming?: Stemming;
  /** How much a word counts in each field (default 1 each). */
  fieldWeights?: { title: number; headings: number; text: number };
  /** Most bytes of vectors held in memory for exact search (default 256 MiB); a larger base is read per search. */
  vectorCacheBytes?: number;
}

/**
 * Opens knowledge base `name` in PostgreSQL through `sql` (a postgres.js pool the caller owns and ends, with
 * no column transforms); creates the tables when missing and rewrites the base's postings when they were
 * written under another stemming.
 */
export async function openPostgresKnowledgeIndex(
  sql: postgres.Sql,
  name: string,
  opts: PostgresIndexOptions = {},
): Promise<KnowledgeIndex> {
  checkSchemaName(opts.schema);
  await ensureKbTables(sql, opts.schema);
  const t = tableNames(sql, opts.schema);
  const w = opts.fieldWeights ?? { title: 1, headings: 1, text: 1 };
  const pgvector = await detectPgvector(sql);
  const kb: PgKb = {
    sql,
    name,
    id: await baseId(sql, t, name),
    t,
    analyzer: createAnalyzer(opts.stemming ?? 'derivational'),
    fieldWeights: [w.title, w.headings, w.text],
    ...(pgvector !== undefined ? { pgvector } : {}),
  };
  await syncFormat(kb);
  if (kb.pgvector !== undefined) await preparePgvector(kb);
  const vectorSearch = createVectorSearch(kb, opts.vectorCacheBytes ?? 256 * 1024 * 1024);
  return {
    name,
    documents: () => documents(kb),
    async upsert(entries) {
      if (entries.length) await upsertEntries(kb, entries);
    },
    async setMetadata(changes) {
      if (changes.length) await setDocumentMetadata(kb, changes);
    },
    async remove(ids) {
      if (ids.length) await removeEntries(kb, ids);
    },
    optimize: () => optimize(kb),
    async searchText(query, { k, filter, expansion, onExpansion }) {
      const allowed = () => allowedSubquery(kb, filter);
      let terms = unitWeights(kb.analyzer.terms(query));
      if (expansion) {
        terms = await expandRm3Pg(kb, query, expansion, allowed());
        onExpansion?.(terms);
      }
      if (!terms.length) return [];
      return toHits(await rankedRows(kb, terms, k, allowed()));
    },
    async searchVector(vector, { k, filter }) {
      const allowed = filter && Object.keys(filter).length ? () => allowedSubquery(kb, filter)! : undefined;
      return hitsOf(kb, await vectorSearch(vector, k, allowed));
    },
    nextChunks: (chunkIds) => nextChunks(kb, chunkIds),
    documentTexts: (docIds) => documentTexts(kb, docIds),
    vectors: (chunkIds) => storedVectors(kb, chunkIds),
    termStats: (terms) => termStats(kb, terms),
    stats: () => stats(kb),
  };
}

async function documents(kb: PgKb): Promise<IndexedDocument[]> {
  const rows = await kb.sql<DocumentRow[]>`
    SELECT id, source, hash, title, metadata, chunks, ingested_at::float8 AS ingested_at
    FROM ${kb.t.documents} WHERE kb = ${kb.id} ORDER BY source, id`;
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    hash: r.hash,
    ...(r.title ? { title: r.title } : {}),
    metadata: JSON.parse(r.metadata),
    chunks: r.chunks,
    ingestedAt: r.ingested_at,
  }));
}

interface DocumentRow {
  id: string;
  source: string;
  hash: string;
  title: string | null;
  metadata: string;
  chunks: number;
  ingested_at: number;
}

// After a batch of changes: postings and terms vacuumed (so a query's postings are read from the covering
// index alone, without visiting the table: twice as fast on SciFact) and statistics for the planner (a bulk
// load leaves none); pgvector's index once the base's vector size is known. Nothing when nothing changed.
// VACUUM skips pages it already knows are clean, so a small change costs little; a role that does not own the
// tables gets a warning from the server and no vacuum (autovacuum still comes by).
async function optimize(kb: PgKb): Promise<void> {
  const { sql, t, id } = kb;
  const [b] = await sql<{ changed: boolean; dimensions: number | null }[]>`
    SELECT generation <> optimized_generation AS changed, dimensions FROM ${t.bases} WHERE id = ${id}`;
  if (!b?.changed) return;
  await sql`VACUUM (ANALYZE) ${t.postings}, ${t.terms}`;
  await sql`ANALYZE ${t.chunks}, ${t.documents}`;
  if (kb.pgvector !== undefined) {
    await fillPgvectors(kb); // what a process that opened before pgvector was installed wrote
    if (b.dimensions) await ensurePgvectorIndex(kb, b.dimensions);
  }
  await sql`UPDATE ${t.bases} SET optimized_generation = generation WHERE id = ${id}`;
}

async function nextChunks(kb: PgKb, chunkIds: string[]): Promise<Map<string, ChunkHit>> {
  if (!chunkIds.length) return new Map();
  const { sql, t } = kb;
  const rows = await sql<Array<PgChunkRow & { after_id: string }>>`
    SELECT p.id AS after_id, 0::float8 AS score, c.rowid, ${sql.unsafe(HIT_COLUMNS)}
    FROM ${t.chunks} p
    JOIN ${t.chunks} c ON c.kb = p.kb AND c.doc_id = p.doc_id AND c.ord = p.ord + 1
    JOIN ${t.documents} d ON d.kb = c.kb AND d.id = c.doc_id
    WHERE p.kb = ${kb.id} AND p.id = ANY(${chunkIds}::text[])`;
  const hits = toHits(rows);
  return new Map(rows.map((r, i) => [r.after_id, hits[i]!]));
}

async function documentTexts(kb: PgKb, docIds: string[]): Promise<Map<string, string>> {
  if (!docIds.length) return new Map();
  const rows = await kb.sql<ChunkText[]>`
    SELECT doc_id, text FROM ${kb.t.chunks} WHERE kb = ${kb.id} AND doc_id = ANY(${docIds}::text[])
    ORDER BY doc_id, ord`;
  return textsByDocument(rows);
}

async function storedVectors(kb: PgKb, chunkIds: string[]): Promise<Map<string, Float32Array>> {
  if (!chunkIds.length) return new Map();
  const rows = await kb.sql<{ id: string; embedding: Buffer }[]>`
    SELECT id, embedding FROM ${kb.t.chunks}
    WHERE kb = ${kb.id} AND id = ANY(${chunkIds}::text[]) AND embedding IS NOT NULL`;
  return new Map(rows.map((r) => [r.id, toFloat32(r.embedding)]));
}

// As the in-memory engine answers: a stem as it is first (re-stemming a stem is not idempotent: "paus" would
// become "pau"), then as the analysis reads it (a derivational stem: "austrian" is indexed as "austria").
async function termStats(kb: PgKb, terms: string[]): Promise<{ chunks: number; df: Map<string, number> }> {
  const readings = new Map(terms.map((term) => [term, kb.analyzer.terms(term)]));
  const found = await docFreqs(kb, [...terms, ...[...readings.values()].flat()]);
  const df = (t: string) => found.get(t) || Math.max(0, ...readings.get(t)!.map((a) => found.get(a) ?? 0));
  return { chunks: await chunkCount(kb), df: new Map(terms.map((t) => [t, df(t)])) };
}

async function stats(kb: PgKb) {
  const [row] = await kb.sql<
    { documents: number; chunks: number; vectors: number; dimensions: number | null }[]
  >`
    SELECT (SELECT count(*) FROM ${kb.t.documents} WHERE kb = ${kb.id})::float8 AS documents,
      chunks::float8 AS chunks, vectors::float8 AS vectors, dimensions
    FROM ${kb.t.bases} WHERE id = ${kb.id}`;
  return {
    documents: row!.documents,
    chunks: row!.chunks,
    vectors: row!.vectors,
    ...(row!.dimensions !== null ? { dimensions: row!.dimensions } : {}),
  };
}
