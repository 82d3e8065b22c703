/**
 * @module One knowledge base's tables in the project's SQLite file, their prepared statements and the
 * state every part of the index shares: the generation (bumped by every change) and the vector size.
 */
import type Database from 'better-sqlite3';
import { sha256 } from '../../core/index.js';
import type { Analyzer } from '../lexical/analysis.js';

/** The shared state of one knowledge base's index. */
export interface KbState {
  readonly db: Database.Database;
  readonly name: string;
  /** The FTS5 table (title, headings, text: the order of field weights everywhere). */
  readonly fts: string;
  /** The sqlite-vec table, created with the first vectors. */
  readonly vec: string;
  readonly stmt: Record<StatementName, Database.Statement>;
  /** How text becomes lexical terms, for both engines. */
  readonly analyzer: Analyzer;
  /** Whether writes keep the FTS5 table (only while FTS5 ranks the base: see kb-fts.ts). */
  ftsLive: boolean;
  /** Bumped by every change; caches built at an older generation are stale. */
  generation: number;
  /** Vector size, once vectors were stored. */
  dimensions?: number;
  vecStmt?: { del: Database.Statement; ins: Database.Statement };
}

/** Creates the base's full-text table if needed and reads its meta (generation, vector size). */
export function openKbState(db: Database.Database, name: string, analyzer: Analyzer): KbState {
  // Table names from a hash: knowledge base names may hold "." and "-", which SQL identifiers may not.
  const tag = sha256(name).slice(0, 12);
  const fts = `kb_fts_${tag}`;
  const vec = `kb_vec_${tag}`;
  db.exec(
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${fts} USING fts5(title, headings, text, tokenize = 'porter unicode61 remove_diacritics 2')`,
  );
  const stmt = prepareStatements(db, fts);
  const meta = (key: string) => (stmt.getMeta.get(name, key) as { value: string } | undefined)?.value;
  const dims = meta('dimensions');
  const generation = Number(meta('generation') ?? 0);
  const state: KbState = { db, name, fts, vec, stmt, analyzer, ftsLive: false, generation };
  if (dims) useVectors(state, Number(dims));
  return state;
}

/** Records that the base holds vectors of `dims` dimensions, with the statements that write them. */
export function useVectors(state: KbState, dims: number): void {
  state.dimensions = dims;
  state.vecStmt = {
    del: state.db.prepare(`DELETE FROM ${state.vec} WHERE rowid = ?`),
    ins: state.db.prepare(`INSERT INTO ${state.vec} (rowid, embedding) VALUES (?, ?)`),
  };
}

/** Marks a change: the next search rebuilds what depends on the old contents. */
export function bumpGeneration(state: KbState): void {
  state.stmt.setMeta.run(state.name, 'generation', String(++state.generation));
}

const CHUNK_COLUMNS =
  'c.rowid, c.id, c.doc_id, c.ord, c.text, c.headings, c.page, c.tokens, d.source, d.title, d.metadata';
const CHUNKS_WITH_DOCS = 'kb_chunks c JOIN kb_documents d ON d.kb = c.kb AND d.id = c.doc_id';

type StatementName = keyof ReturnType<typeof statementSql>;

function prepareStatements(db: Database.Database, fts: string): Record<StatementName, Database.Statement> {
  const sql = statementSql(fts);
  return Object.fromEntries(Object.entries(sql).map(([key, text]) => [key, db.prepare(text)])) as Record<
    StatementName,
    Database.Statement
  >;
}

function statementSql(fts: string) {
  return {
    getMeta: 'SELECT value FROM kb_meta WHERE kb = ? AND key = ?',
    setMeta: 'INSERT OR REPLACE INTO kb_meta (kb, key, value) VALUES (?, ?, ?)',
    delMeta: 'DELETE FROM kb_meta WHERE kb = ? AND key = ?',
    docRows: 'SELECT rowid FROM kb_chunks WHERE kb = ? AND doc_id = ?',
    delFts: `DELETE FROM ${fts} WHERE rowid = ?`,
    delChunks: 'DELETE FROM kb_chunks WHERE kb = ? AND doc_id = ?',
    delDoc: 'DELETE FROM kb_documents WHERE kb = ? AND id = ?',
    setDocMeta: 'UPDATE kb_documents SET metadata = ? WHERE kb = ? AND id = ?',
    insDoc:
      'INSERT INTO kb_documents (kb, id, source, hash, title, metadata, chunks, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    insChunk:
      'INSERT INTO kb_chunks (kb, id, doc_id, ord, text, headings, page, tokens) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    insFts: `INSERT INTO ${fts} (rowid, title, headings, text) VALUES (?, ?, ?, ?)`,
    // bm25() with a weight per column (title, headings, text): lower is better, as FTS5's rank.
    ftsTop: `SELECT rowid, bm25(${fts}, ?, ?, ?) AS rank FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rank LIMIT ?`,
    // One statement for any number of rows: the rowids travel as a JSON array.
    byRowids: `SELECT ${CHUNK_COLUMNS} FROM ${CHUNKS_WITH_DOCS} WHERE c.rowid IN (SELECT value FROM json_each(?))`,
    // In pages by rowid: a statement being iterated cannot share the connection with writes.
    ftsSource: `SELECT c.rowid, d.title, c.headings, c.text FROM ${CHUNKS_WITH_DOCS} WHERE c.kb = ? AND c.rowid > ? ORDER BY c.rowid LIMIT 1000`,
    lexicalText: `SELECT c.rowid, d.title, c.headings, c.text FROM ${CHUNKS_WITH_DOCS} WHERE c.kb = ?`,
    snapshot: 'SELECT generation, data FROM kb_lexical WHERE kb = ?',
    saveSnapshot: 'INSERT OR REPLACE INTO kb_lexical (kb, generation, data) VALUES (?, ?, ?)',
    textSize: 'SELECT coalesce(sum(length(text)), 0) AS n FROM kb_chunks WHERE kb = ?',
    allRows: `SELECT ${CHUNK_COLUMNS} FROM ${CHUNKS_WITH_DOCS} WHERE c.kb = ?`,
    // The chunks of the given documents (ids as a JSON array), each document's in order.
    documentChunks: `SELECT doc_id, text FROM kb_chunks
      WHERE kb = ? AND doc_id IN (SELECT value FROM json_each(?)) ORDER BY doc_id, ord`,
    // The chunk after each given one in its document (ids as a JSON array).
    nextChunks: `SELECT ${CHUNK_COLUMNS}, p.id AS after_id FROM kb_chunks p
      JOIN kb_chunks c ON c.kb = p.kb AND c.doc_id = p.doc_id AND c.ord = p.ord + 1
      JOIN kb_documents d ON d.kb = c.kb AND d.id = c.doc_id
      WHERE p.kb = ? AND p.id IN (SELECT value FROM json_each(?))`,
    documents: 'SELECT * FROM kb_documents WHERE kb = ? ORDER BY source, id',
    countDocs: 'SELECT COUNT(*) AS n FROM kb_documents WHERE kb = ?',
    countChunks: 'SELECT COUNT(*) AS n FROM kb_chunks WHERE kb = ?',
  };
}

/** Which rows a metadata filter allows: SQL on the document's JSON metadata. */
export const FILTERED_ROWIDS = `SELECT c.rowid FROM ${CHUNKS_WITH_DOCS} WHERE c.kb = ?`;
