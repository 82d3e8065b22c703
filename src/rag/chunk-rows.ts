/**
 * @module A stored chunk row (joined to its document) as the chunk and document of a hit: the one mapping
 * both index engines (SQLite, PostgreSQL) read their rows with.
 */
import type { Chunk } from './document.js';
import type { ChunkHit } from './knowledge-index.js';

/** The columns of a chunk joined to its document, as both engines store them. */
export interface StoredChunkRow {
  id: string;
  doc_id: string;
  ord: number;
  text: string;
  headings: string;
  page: number | null;
  tokens: number;
  source: string;
  title: string | null;
  metadata: string;
}

/** The chunk a row holds. */
export function chunkOfRow(r: StoredChunkRow): Chunk {
  return {
    id: r.id,
    docId: r.doc_id,
    ord: r.ord,
    text: r.text,
    headings: r.headings === '[]' ? [] : JSON.parse(r.headings),
    ...(r.page !== null ? { page: r.page } : {}),
    tokens: r.tokens,
  };
}

/** The document a row's chunk belongs to (metadata parsed). */
export function docOfRow(r: StoredChunkRow): ChunkHit['doc'] {
  return {
    id: r.doc_id,
    source: r.source,
    ...(r.title ? { title: r.title } : {}),
    metadata: JSON.parse(r.metadata),
  };
}
