/**
 * @module The Index interface: one knowledge base's chunks, searchable by text (BM25) and by vector.
 * SQLite (an in-memory BM25 engine or FTS5, and sqlite-vec) and PostgreSQL (BM25 in SQL over postings,
 * exact vector search or pgvector) implement it; knowledge-index.test.ts holds both to the same promises.
 */
import type { MetadataFilter } from '../core/index.js';
import type { Chunk } from './document.js';

export interface IndexedDocument {
  id: string;
  source: string;
  /** Content hash of the source file when it was ingested. */
  hash: string;
  title?: string;
  metadata: Record<string, unknown>;
  chunks: number;
  ingestedAt: number;
}

/** A retrieved chunk with its document and a score (higher is better; the scale depends on the search). */
export interface ChunkHit {
  chunk: Chunk;
  doc: { id: string; source: string; title?: string; metadata: Record<string, unknown> };
  score: number;
}

/** One document to index with its chunks. */
export interface IndexEntry {
  doc: Omit<IndexedDocument, 'chunks' | 'ingestedAt'>;
  chunks: Chunk[];
  vectors?: Float32Array[];
}

export interface SearchOptions {
  k: number;
  filter?: MetadataFilter;
}

/** A term of an analysed query (a stem, or a normalised date or amount) and how much it counts. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** Query expansion by pseudo-relevance feedback (RM3): the first results' terms join the query. */
export interface ExpansionOptions {
  method: 'rm3';
  /** First results read for terms. */
  fbDocs: number;
  /** Terms taken from each, and kept in all. */
  fbTerms: number;
  /** The original query's share of the weight, 0 to 1. */
  originalWeight: number;
}

export interface TextSearchOptions extends SearchOptions {
  /** Expands the query before ranking; an index that cannot throws a TandemError saying so. */
  expansion?: ExpansionOptions;
  /** Receives the expanded query's terms, best first (for the trace). */
  onExpansion?: (terms: WeightedTerm[]) => void;
}

/** A document's new metadata, its chunks unchanged. */
export interface MetadataChange {
  id: string;
  metadata: Record<string, unknown>;
}

export interface KnowledgeIndex {
  readonly name: string;
  documents(): Promise<IndexedDocument[]>;
  /** Replaces documents and all their chunks (and vectors, when given: one per chunk), in one transaction. */
  upsert(entries: IndexEntry[]): Promise<void>;
  remove(docIds: string[]): Promise<void>;
  /** Replaces documents' metadata, their chunks unchanged (a status judged across documents), in one transaction. */
  setMetadata(changes: MetadataChange[]): Promise<void>;
  /** Prepares fast search after a batch of changes (ingest calls it at the end). */
  optimize(): Promise<void>;
  searchText(query: string, opts: TextSearchOptions): Promise<ChunkHit[]>;
  searchVector(vector: Float32Array, opts: SearchOptions): Promise<ChunkHit[]>;
  /**
   * The chunk that follows each of these in its document (score 0), keyed by the given chunk's id: where a
   * passage goes on ("2. MAKING A CLAIM" after the scope). A document's last chunk, or an unknown id, has none.
   */
  nextChunks(chunkIds: string[]): Promise<Map<string, ChunkHit>>;
  /** Each document's text, its chunks in order, keyed by document id; an unknown id has none. */
  documentTexts(docIds: string[]): Promise<Map<string, string>>;
  /** Stored vectors of chunks (for MMR); chunks without one are absent. */
  vectors(chunkIds: string[]): Promise<Map<string, Float32Array>>;
  stats(): Promise<{ documents: number; chunks: number; vectors: number; dimensions?: number }>;
  /** How many chunks contain each stemmed word (as `tokenize` stems it), and how many chunks there are. */
  termStats(terms: string[]): Promise<{ chunks: number; df: Map<string, number> }>;
}

/** Vectors cached by content hash, so unchanged text is never embedded twice. */
export interface EmbeddingCache {
  get(model: string, hashes: string[]): Promise<Map<string, Float32Array>>;
  set(model: string, entries: Array<[hash: string, vector: Float32Array]>): Promise<void>;
}

/** A chunk's text with its document's id, as both backends read them for `documentTexts`. */
export interface ChunkText {
  doc_id: string;
  text: string;
}

/** Chunk texts (each document's in order) joined into one text per document. */
export function textsByDocument(rows: ChunkText[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const r of rows)
    texts.set(r.doc_id, texts.has(r.doc_id) ? `${texts.get(r.doc_id)}\n\n${r.text}` : r.text);
  return texts;
}
