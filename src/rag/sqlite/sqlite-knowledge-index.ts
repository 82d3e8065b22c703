/**
 * @module The knowledge index in the project's SQLite file. Chunks, documents and metadata live in tables;
 * full text in FTS5 (porter stemming) and vectors in sqlite-vec (cosine), a table per knowledge base for
 * each. BM25 ranking runs by default on an in-memory index (lexical/bm25-engine.ts) whose snapshot is kept
 * in the same file; `lexicalEngine: fts5` ranks with FTS5's bm25() instead.
 */
import type Database from 'better-sqlite3';
import { TandemError } from '../../core/index.js';
import { chunkOfRow, docOfRow } from '../chunk-rows.js';
import {
  type ChunkText,
  type IndexedDocument,
  type KnowledgeIndex,
  textsByDocument,
} from '../knowledge-index.js';
import { createAnalyzer, type Stemming } from '../lexical/analysis.js';
import { syncFtsFormat } from './kb-fts.js';
import { createMemoryLexical, searchFts5 } from './kb-lexical.js';
import { allowedRowids, type ChunkRow, createHitMaker } from './kb-rows.js';
import { openKbState } from './kb-state.js';
import { createTermStatsReader } from './kb-term-stats.js';
import { countVectors, searchVectors, storedVectors } from './kb-vectors.js';
import { createKbWriter } from './kb-writer.js';

export { createSqliteEmbeddingCache } from './embedding-cache.js';

export interface SqliteIndexOptions {
  /** memory: BM25 over an in-memory index (fast); fts5: SQLite's own bm25() (no memory held). */
  lexicalEngine?: 'memory' | 'fts5';
  /** derivational (default): Porter joined with derived words (Austria/Austrian, employ/employee); or porter. */
  stemming?: Stemming;
  /** How much a word counts in each field (default 1 each). */
  fieldWeights?: { title: number; headings: number; text: number };
}

const loadedVec = new WeakSet<Database.Database>();

async function ensureVec(db: Database.Database): Promise<void> {
  if (loadedVec.has(db)) return;
  const sqliteVec = await import('sqlite-vec');
  sqliteVec.load(db);
  loadedVec.add(db);
}

/** Opens knowledge base `name` in `db` (the store's database, already migrated). */
export async function openSqliteKnowledgeIndex(
  db: Database.Database,
  name: string,
  opts: SqliteIndexOptions = {},
): Promise<KnowledgeIndex> {
  await ensureVec(db);
  const state = openKbState(db, name, createAnalyzer(opts.stemming ?? 'derivational'));
  const inMemory = (opts.lexicalEngine ?? 'memory') === 'memory';
  syncFtsFormat(state, !inMemory);
  const w = opts.fieldWeights ?? { title: 1, headings: 1, text: 1 };
  const fieldWeights = [w.title, w.headings, w.text]; // the FTS5 columns' order
  const memory = createMemoryLexical(state, fieldWeights);
  const writer = createKbWriter(state);
  const fromSqlite = (rowids: number[]) =>
    new Map((state.stmt.byRowids.all(JSON.stringify(rowids)) as ChunkRow[]).map((r) => [r.rowid, r]));
  const termStats = createTermStatsReader(state);
  const hits = createHitMaker(state, inMemory ? memory.fetchRows : fromSqlite);
  return {
    name,
    documents: async () => (state.stmt.documents.all(name) as DocumentRow[]).map(toIndexedDocument),
    async upsert(entries) {
      if (entries.length) writer.upsert(entries);
    },
    async remove(ids) {
      if (ids.length) writer.remove(ids);
    },
    async setMetadata(changes) {
      if (changes.length) writer.setMetadata(changes);
    },
    async optimize() {
      if (inMemory) memory.warm();
    },
    async searchText(query, { k, filter, expansion, onExpansion }) {
      if (expansion && !inMemory) throw expansionNeedsMemory(name);
      const allowed = allowedRowids(state, filter);
      if (allowed && !allowed.size) return [];
      if (!inMemory) return hits(searchFts5(state, query, { k, allowed, fieldWeights }));
      const { ranked, expanded } = memory.search(query, k, allowed, expansion);
      if (expanded) onExpansion?.(expanded);
      return hits(ranked);
    },
    async searchVector(vector, { k, filter }) {
      if (state.dimensions === undefined) return [];
      return hits(searchVectors(state, vector, k, allowedRowids(state, filter)));
    },
    async nextChunks(chunkIds) {
      if (!chunkIds.length) return new Map();
      const rows = state.stmt.nextChunks.all(name, JSON.stringify(chunkIds)) as Array<
        ChunkRow & { after_id: string }
      >;
      return new Map(rows.map((r) => [r.after_id, { chunk: chunkOfRow(r), doc: docOfRow(r), score: 0 }]));
    },
    async documentTexts(docIds) {
      if (!docIds.length) return new Map();
      const rows = state.stmt.documentChunks.all(name, JSON.stringify(docIds)) as ChunkText[];
      return textsByDocument(rows);
    },
    vectors: async (chunkIds) => storedVectors(state, chunkIds),
    // The in-memory engine knows its vocabulary; FTS5 keeps one only when it ranks (see kb-term-stats).
    termStats: async (terms) =>
      inMemory ? { chunks: memory.size(), df: memory.docFreqs(terms) } : termStats(terms),
    async stats() {
      const count = (s: Database.Statement) => (s.get(name) as { n: number }).n;
      return {
        documents: count(state.stmt.countDocs),
        chunks: count(state.stmt.countChunks),
        vectors: countVectors(state),
        ...(state.dimensions !== undefined ? { dimensions: state.dimensions } : {}),
      };
    },
  };
}

// RM3 weighs each term of the expanded query; FTS5's MATCH cannot.
function expansionNeedsMemory(name: string): TandemError {
  return new TandemError(
    'CONFIG_INVALID',
    `knowledge base "${name}" ranks with FTS5, which cannot expand queries`,
    {
      hint: 'Use lexicalEngine: memory (the default) with expansion: rm3, or leave expansion out.',
    },
  );
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

function toIndexedDocument(r: DocumentRow): IndexedDocument {
  return {
    id: r.id,
    source: r.source,
    hash: r.hash,
    ...(r.title ? { title: r.title } : {}),
    metadata: JSON.parse(r.metadata),
    chunks: r.chunks,
    ingestedAt: r.ingested_at,
  };
}
