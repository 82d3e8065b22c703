/**
 * @module Chunk rows read back as hits, and metadata filters as the subquery of chunks they allow.
 */
import type postgres from 'postgres';
import type { MetadataFilter } from '../../core/index.js';
import { chunkOfRow, docOfRow, type StoredChunkRow } from '../chunk-rows.js';
import { STATUS_UNSAID, STATUSES_KEPT } from '../currency-stored.js';
import type { ChunkHit } from '../knowledge-index.js';
import type { PgKb } from './pg-kb-base.js';

/** A chunk with its document, as the hit queries select it. */
export interface PgChunkRow extends StoredChunkRow {
  rowid: string | number;
  score: number;
}

/** The columns of `PgChunkRow` after `score`, from chunks `c` joined to documents `d`. */
export const HIT_COLUMNS =
  'c.id, c.doc_id, c.ord, c.text, c.headings, c.page, c.tokens, d.source, d.title, d.metadata';

/** Hits from rows in rank order; a document read by several hits is parsed once. */
export function toHits(rows: PgChunkRow[]): ChunkHit[] {
  const docs = new Map<string, ChunkHit['doc']>();
  return rows.map((r) => {
    let doc = docs.get(r.doc_id);
    if (!doc) {
      doc = docOfRow(r);
      docs.set(r.doc_id, doc);
    }
    return { chunk: chunkOfRow(r), doc, score: r.score };
  });
}

/** The hits for ranked rowids, in their order (one query). */
export async function hitsOf(kb: PgKb, ranked: Array<{ rowid: number; score: number }>): Promise<ChunkHit[]> {
  if (!ranked.length) return [];
  const { sql, t } = kb;
  const rows = await sql<PgChunkRow[]>`
    SELECT r.rowid, r.score, ${sql.unsafe(HIT_COLUMNS)}
    FROM unnest(${ranked.map((r) => r.rowid)}::bigint[], ${ranked.map((r) => r.score)}::float8[])
      WITH ORDINALITY AS r(rowid, score, n)
    JOIN ${t.chunks} c ON c.rowid = r.rowid JOIN ${t.documents} d ON d.kb = c.kb AND d.id = c.doc_id
    ORDER BY r.n`;
  return toHits(rows);
}

/**
 * The rowids a metadata filter allows, as a subquery; undefined for no filter. A key matches when the
 * document's metadata holds one of the values (JSON equality: the string "5" is not the number 5); on `status`,
 * a document that declares none, or a word tandem does not know, is `current`.
 */
export function allowedSubquery(kb: PgKb, filter: MetadataFilter | undefined): postgres.Fragment | undefined {
  if (!filter || !Object.keys(filter).length) return undefined;
  const { sql, t } = kb;
  const conditions = Object.entries(filter).map(([key, value]) => {
    const values = (Array.isArray(value) ? value : [value]).map((v) => JSON.stringify(v));
    // Sent as text and cast by the server: a jsonb[] parameter would be JSON-encoded once more by the driver.
    // The status a document has: superseded or draft as stored, and current for none (or null) or any other word.
    if (key === 'status')
      return sql`AND (CASE WHEN d.meta ->> 'status' = ANY(${STATUSES_KEPT}::text[]) THEN d.meta -> 'status' ELSE to_jsonb(${STATUS_UNSAID}::text) END) = ANY(${values}::text[]::jsonb[])`;
    return sql`AND (d.meta -> ${key}::text) = ANY(${values}::text[]::jsonb[])`;
  });
  return sql`SELECT c.rowid FROM ${t.chunks} c JOIN ${t.documents} d ON d.kb = c.kb AND d.id = c.doc_id
    WHERE c.kb = ${kb.id} ${conditions}`;
}

/** A Float32Array over a bytea's bytes (copied: the buffer may be reused). */
export function toFloat32(bytes: Buffer): Float32Array {
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
