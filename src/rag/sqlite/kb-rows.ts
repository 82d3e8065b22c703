/**
 * @module Chunk rows read back as hits: parsed documents cached per generation, and metadata filters as
 * the set of rows they allow.
 */
import type { MetadataFilter } from '../../core/index.js';
import { chunkOfRow, docOfRow, type StoredChunkRow } from '../chunk-rows.js';
import { STATUS_UNSAID, STATUSES_KEPT } from '../currency-stored.js';
import type { ChunkHit } from '../knowledge-index.js';
import { FILTERED_ROWIDS, type KbState } from './kb-state.js';

export interface ChunkRow extends StoredChunkRow {
  rowid: number;
}

/** Turns ranked rowids into hits, given a way to fetch their rows. */
export function createHitMaker(state: KbState, fetchRows: (rowids: number[]) => Map<number, ChunkRow>) {
  // Parsed documents, shared by their chunks' hits; dropped whenever the index changes.
  let docs = new Map<string, ChunkHit['doc']>();
  let docsGeneration = state.generation;
  const docOf = (r: ChunkRow): ChunkHit['doc'] => {
    if (docsGeneration !== state.generation) [docs, docsGeneration] = [new Map(), state.generation];
    let doc = docs.get(r.doc_id);
    if (!doc) {
      doc = docOfRow(r);
      docs.set(r.doc_id, doc);
    }
    return doc;
  };
  return (ranked: Array<{ rowid: number; score: number }>): ChunkHit[] => {
    const rows = fetchRows(ranked.map((r) => r.rowid));
    return ranked.flatMap((r) => {
      const row = rows.get(r.rowid);
      return row ? [{ chunk: chunkOfRow(row), doc: docOf(row), score: r.score }] : [];
    });
  };
}

/**
 * Rowids a metadata filter allows, or undefined for no filter; on `status`, a document that declares none, or a
 * word tandem does not know, is `current`.
 */
export function allowedRowids(state: KbState, filter: MetadataFilter | undefined): Set<number> | undefined {
  if (!filter) return undefined;
  let sql = '';
  const args: unknown[] = [];
  for (const [key, value] of Object.entries(filter)) {
    const values = Array.isArray(value) ? value : [value];
    const path = `$."${key.replace(/"/g, '')}"`;
    if (key === 'status') {
      // The status a document has: superseded or draft as stored, and current for none or any other word.
      sql += ` AND (CASE WHEN json_extract(d.metadata, ?) IN (${STATUSES_KEPT.map(() => '?').join(',')}) THEN json_extract(d.metadata, ?) ELSE ? END) IN (${values.map(() => '?').join(',')})`;
      args.push(path, ...STATUSES_KEPT, path, STATUS_UNSAID, ...values);
      continue;
    }
    sql += ` AND json_extract(d.metadata, ?) IN (${values.map(() => '?').join(',')})`;
    args.push(path, ...values.map((v) => (typeof v === 'boolean' ? Number(v) : v)));
  }
  const rows = state.db.prepare(FILTERED_ROWIDS + sql).all(state.name, ...args) as { rowid: number }[];
  return new Set(rows.map((r) => r.rowid));
}

/** A Float32Array over a BLOB's bytes (copied: the buffer may be reused). */
export function toFloat32(blob: Buffer): Float32Array {
  return new Float32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
}
