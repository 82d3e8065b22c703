/**
 * @module The knowledge index in the project's SQLite file. Chunks, documents and metadata live in tables;
 * full text in FTS5 (porter stemming) and vectors in sqlite-vec (cosine), a table per knowledge base for
 * each. BM25 ranking runs by default on an in-memory index (lexical/bm25-engine.ts) whose snapshot is kept
 * in the same file; `lexicalEngine: fts5` ranks with FTS5's bm25() instead.
 */
import type Database from 'better-sqlite3';
import { type MetadataFilter, queryTerms, sha256, TandemError } from '../../core/index.js';
import type { Chunk } from '../document.js';
import type {
  ChunkHit,
  EmbeddingCache,
  IndexEntry,
  IndexedDocument,
  KnowledgeIndex,
} from '../knowledge-index.js';
import { Bm25Engine } from '../lexical/bm25-engine.js';

interface ChunkRow {
  rowid: number;
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

export interface SqliteIndexOptions {
  /** memory: BM25 over an in-memory index (fast); fts5: SQLite's own bm25() (no memory held). */
  lexicalEngine?: 'memory' | 'fts5';
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
  const engineKind = opts.lexicalEngine ?? 'memory';
  // Table names from a hash: knowledge base names may hold "." and "-", which SQL identifiers may not.
  const tag = sha256(name).slice(0, 12);
  const fts = `kb_fts_${tag}`;
  const vec = `kb_vec_${tag}`;
  db.exec(
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${fts} USING fts5(title, headings, text, tokenize = 'porter unicode61 remove_diacritics 2')`,
  );
  const meta = (key: string) =>
    (
      db.prepare('SELECT value FROM kb_meta WHERE kb = ? AND key = ?').get(name, key) as
        | { value: string }
        | undefined
    )?.value;
  const setMeta = db.prepare('INSERT OR REPLACE INTO kb_meta (kb, key, value) VALUES (?, ?, ?)');
  let dimensions = meta('dimensions') ? Number(meta('dimensions')) : undefined;
  const hasVec = () => dimensions !== undefined;

  const stmt = {
    docRows: db.prepare('SELECT rowid FROM kb_chunks WHERE kb = ? AND doc_id = ?'),
    delFts: db.prepare(`DELETE FROM ${fts} WHERE rowid = ?`),
    delChunks: db.prepare('DELETE FROM kb_chunks WHERE kb = ? AND doc_id = ?'),
    delDoc: db.prepare('DELETE FROM kb_documents WHERE kb = ? AND id = ?'),
    insDoc: db.prepare(
      'INSERT INTO kb_documents (kb, id, source, hash, title, metadata, chunks, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insChunk: db.prepare(
      'INSERT INTO kb_chunks (kb, id, doc_id, ord, text, headings, page, tokens) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insFts: db.prepare(`INSERT INTO ${fts} (rowid, title, headings, text) VALUES (?, ?, ?, ?)`),
    ftsTop: db.prepare(`SELECT rowid, rank FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rank LIMIT ?`),
    // One statement for any number of rows: the rowids travel as a JSON array.
    byRowids:
      db.prepare(`SELECT c.rowid, c.id, c.doc_id, c.ord, c.text, c.headings, c.page, c.tokens, d.source, d.title, d.metadata
      FROM kb_chunks c JOIN kb_documents d ON d.kb = c.kb AND d.id = c.doc_id WHERE c.rowid IN (SELECT value FROM json_each(?))`),
    lexicalText:
      db.prepare(`SELECT c.rowid, coalesce(d.title, '') || ' ' || c.headings || ' ' || c.text AS text
      FROM kb_chunks c JOIN kb_documents d ON d.kb = c.kb AND d.id = c.doc_id WHERE c.kb = ?`),
    snapshot: db.prepare('SELECT generation, data FROM kb_lexical WHERE kb = ?'),
    textSize: db.prepare('SELECT coalesce(sum(length(text)), 0) AS n FROM kb_chunks WHERE kb = ?'),
    allRows:
      db.prepare(`SELECT c.rowid, c.id, c.doc_id, c.ord, c.text, c.headings, c.page, c.tokens, d.source, d.title, d.metadata
      FROM kb_chunks c JOIN kb_documents d ON d.kb = c.kb AND d.id = c.doc_id WHERE c.kb = ?`),
    saveSnapshot: db.prepare('INSERT OR REPLACE INTO kb_lexical (kb, generation, data) VALUES (?, ?, ?)'),
  };
  const vecStmt = () => ({
    del: db.prepare(`DELETE FROM ${vec} WHERE rowid = ?`),
    ins: db.prepare(`INSERT INTO ${vec} (rowid, embedding) VALUES (?, ?)`),
  });
  let vecStmts = hasVec() ? vecStmt() : undefined;

  // Every change bumps the generation; the in-memory BM25 index is rebuilt when it no longer matches.
  let generation = Number(meta('generation') ?? 0);
  let engine: Bm25Engine | undefined;
  let engineGeneration = -1;
  const bump = () => setMeta.run(name, 'generation', String(++generation));

  const removeDocs = (ids: string[]) => {
    for (const id of ids) {
      for (const { rowid } of stmt.docRows.all(name, id) as { rowid: number }[]) {
        stmt.delFts.run(rowid);
        vecStmts?.del.run(BigInt(rowid));
      }
      stmt.delChunks.run(name, id);
      stmt.delDoc.run(name, id);
    }
  };

  const ensureVecTable = (dims: number) => {
    if (dimensions !== undefined && dimensions !== dims) {
      throw new TandemError(
        'STORE_ERROR',
        `knowledge base "${name}" holds ${dimensions}-dimensional vectors, got ${dims}`,
        {
          hint: `The embedder changed. Run \`tandem ingest ${name} --rebuild\` to embed everything again.`,
        },
      );
    }
    if (dimensions === undefined) {
      db.exec(
        `CREATE VIRTUAL TABLE IF NOT EXISTS ${vec} USING vec0(embedding float[${dims}] distance_metric=cosine)`,
      );
      setMeta.run(name, 'dimensions', String(dims));
      dimensions = dims;
      vecStmts = vecStmt();
    }
  };

  const upsertAll = db.transaction((entries: IndexEntry[]) => {
    for (const { doc, chunks, vectors } of entries) {
      removeDocs([doc.id]);
      stmt.insDoc.run(
        name,
        doc.id,
        doc.source,
        doc.hash,
        doc.title ?? null,
        JSON.stringify(doc.metadata),
        chunks.length,
        Date.now(),
      );
      if (vectors?.length) ensureVecTable(vectors[0]!.length);
      chunks.forEach((c, i) => {
        const { lastInsertRowid } = stmt.insChunk.run(
          name,
          c.id,
          doc.id,
          c.ord,
          c.text,
          JSON.stringify(c.headings),
          c.page ?? null,
          c.tokens,
        );
        stmt.insFts.run(lastInsertRowid, doc.title ?? '', c.headings.join(' '), c.text);
        if (vectors?.[i]) vecStmts!.ins.run(BigInt(lastInsertRowid), vectors[i]);
      });
    }
    bump();
  });
  const removeAll = db.transaction((ids: string[]) => {
    removeDocs(ids);
    bump();
  });

  // With the memory engine, chunk rows of a base up to this much text are kept in memory too, so a search
  // never waits on the disk; larger bases read their hits from SQLite.
  const ROW_CACHE_MAX_CHARS = 64 * 1024 * 1024;
  let rowCache: Map<number, ChunkRow> | undefined;

  const lexical = (): Bm25Engine => {
    if (engine && engineGeneration === generation) return engine;
    rowCache = undefined;
    if ((stmt.textSize.get(name) as { n: number }).n <= ROW_CACHE_MAX_CHARS) {
      rowCache = new Map((stmt.allRows.all(name) as ChunkRow[]).map((r) => [r.rowid, r]));
    }
    const saved = stmt.snapshot.get(name) as { generation: number; data: Buffer } | undefined;
    engine = saved?.generation === generation ? Bm25Engine.deserialize(saved.data) : undefined;
    if (!engine) {
      engine = Bm25Engine.build(stmt.lexicalText.iterate(name) as Iterable<{ rowid: number; text: string }>);
      stmt.saveSnapshot.run(name, generation, engine.serialize());
    }
    engineGeneration = generation;
    return engine;
  };

  const fetchRows = (rowids: number[]): Map<number, ChunkRow> => {
    if (rowCache && engineGeneration === generation) return rowCache;
    return new Map((stmt.byRowids.all(JSON.stringify(rowids)) as ChunkRow[]).map((r) => [r.rowid, r]));
  };

  // Parsed documents, shared by their chunks' hits; dropped whenever the index changes.
  let docCache = new Map<string, ChunkHit['doc']>();
  let docCacheGeneration = generation;
  const docOf = (r: ChunkRow): ChunkHit['doc'] => {
    if (docCacheGeneration !== generation) [docCache, docCacheGeneration] = [new Map(), generation];
    let doc = docCache.get(r.doc_id);
    if (!doc) {
      doc = {
        id: r.doc_id,
        source: r.source,
        ...(r.title ? { title: r.title } : {}),
        metadata: JSON.parse(r.metadata),
      };
      docCache.set(r.doc_id, doc);
    }
    return doc;
  };

  // Rowids allowed by a metadata filter, or undefined for no filter.
  const allowedRowids = (filter: MetadataFilter | undefined): Set<number> | undefined => {
    if (!filter) return undefined;
    const { sql, args } = filterSql(filter);
    const rows = db
      .prepare(
        `SELECT c.rowid FROM kb_chunks c JOIN kb_documents d ON d.kb = c.kb AND d.id = c.doc_id WHERE c.kb = ?${sql}`,
      )
      .all(name, ...args) as { rowid: number }[];
    return new Set(rows.map((r) => r.rowid));
  };

  const hitsFor = (ranked: Array<{ rowid: number; score: number }>): ChunkHit[] => {
    const rows = fetchRows(ranked.map((r) => r.rowid));
    return ranked
      .filter((r) => rows.has(r.rowid))
      .map((r) => toHit(rows.get(r.rowid)!, r.score, docOf(rows.get(r.rowid)!)));
  };

  return {
    name,
    async documents() {
      const rows = db
        .prepare('SELECT * FROM kb_documents WHERE kb = ? ORDER BY source, id')
        .all(name) as Array<{
        id: string;
        source: string;
        hash: string;
        title: string | null;
        metadata: string;
        chunks: number;
        ingested_at: number;
      }>;
      return rows.map(
        (r): IndexedDocument => ({
          id: r.id,
          source: r.source,
          hash: r.hash,
          ...(r.title ? { title: r.title } : {}),
          metadata: JSON.parse(r.metadata),
          chunks: r.chunks,
          ingestedAt: r.ingested_at,
        }),
      );
    },
    async upsert(entries) {
      if (entries.length) upsertAll(entries);
    },
    async remove(ids) {
      if (ids.length) removeAll(ids);
    },
    async optimize() {
      if (engineKind === 'memory') lexical();
    },
    async searchText(query, opts) {
      const allowed = allowedRowids(opts.filter);
      if (allowed && !allowed.size) return [];
      if (engineKind === 'memory') {
        return hitsFor(lexical().search(query, opts.k, allowed ? (r) => allowed.has(r) : undefined));
      }
      const terms = [...new Set(queryTerms(query))];
      if (!terms.length) return [];
      // Each term quoted: user text can never be read as FTS5 query syntax. OR: any term may match; BM25 ranks.
      const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ');
      const limit = allowed ? opts.k * 10 + 50 : opts.k;
      const ranked = (stmt.ftsTop.all(match, limit) as Array<{ rowid: number; rank: number }>)
        .filter((r) => !allowed || allowed.has(r.rowid))
        .slice(0, opts.k)
        .map((r) => ({ rowid: r.rowid, score: -r.rank }));
      return hitsFor(ranked);
    },
    async searchVector(vector, opts) {
      if (!hasVec()) return [];
      const allowed = allowedRowids(opts.filter);
      const fetch = allowed ? opts.k * 10 + 50 : opts.k;
      const near = db
        .prepare(`SELECT rowid, distance FROM ${vec} WHERE embedding MATCH ? AND k = ?`)
        .all(vector, fetch) as Array<{ rowid: number; distance: number }>;
      return hitsFor(
        near
          .filter((n) => !allowed || allowed.has(n.rowid))
          .slice(0, opts.k)
          .map((n) => ({ rowid: n.rowid, score: 1 - n.distance })),
      );
    },
    async vectors(chunkIds) {
      const out = new Map<string, Float32Array>();
      if (!hasVec() || !chunkIds.length) return out;
      const rows = db
        .prepare(
          `SELECT c.id, v.embedding FROM kb_chunks c JOIN ${vec} v ON v.rowid = c.rowid WHERE c.kb = ? AND c.id IN (SELECT value FROM json_each(?))`,
        )
        .all(name, JSON.stringify(chunkIds)) as Array<{ id: string; embedding: Buffer }>;
      for (const r of rows)
        out.set(
          r.id,
          new Float32Array(
            r.embedding.buffer.slice(r.embedding.byteOffset, r.embedding.byteOffset + r.embedding.byteLength),
          ),
        );
      return out;
    },
    async stats() {
      const d = db.prepare('SELECT COUNT(*) AS n FROM kb_documents WHERE kb = ?').get(name) as { n: number };
      const c = db.prepare('SELECT COUNT(*) AS n FROM kb_chunks WHERE kb = ?').get(name) as { n: number };
      const v = hasVec() ? (db.prepare(`SELECT COUNT(*) AS n FROM ${vec}`).get() as { n: number }) : { n: 0 };
      return {
        documents: d.n,
        chunks: c.n,
        vectors: v.n,
        ...(dimensions !== undefined ? { dimensions } : {}),
      };
    },
  };
}

function toHit(r: ChunkRow, score: number, doc: ChunkHit['doc']): ChunkHit {
  const chunk: Chunk = {
    id: r.id,
    docId: r.doc_id,
    ord: r.ord,
    text: r.text,
    headings: r.headings === '[]' ? [] : JSON.parse(r.headings),
    ...(r.page !== null ? { page: r.page } : {}),
    tokens: r.tokens,
  };
  return { chunk, doc, score };
}

// Metadata equality filters as SQL on the document's JSON metadata.
function filterSql(filter: MetadataFilter): { sql: string; args: unknown[] } {
  let sql = '';
  const args: unknown[] = [];
  for (const [key, value] of Object.entries(filter)) {
    const values = Array.isArray(value) ? value : [value];
    sql += ` AND json_extract(d.metadata, ?) IN (${values.map(() => '?').join(',')})`;
    args.push(`$."${key.replace(/"/g, '')}"`, ...values.map((v) => (typeof v === 'boolean' ? Number(v) : v)));
  }
  return { sql, args };
}

/** The embedding cache in the same database. */
export function createSqliteEmbeddingCache(db: Database.Database): EmbeddingCache {
  const select = db.prepare('SELECT vector FROM embedding_cache WHERE model = ? AND hash = ?');
  const insert = db.prepare('INSERT OR REPLACE INTO embedding_cache (model, hash, vector) VALUES (?, ?, ?)');
  return {
    async get(model, hashes) {
      const out = new Map<string, Float32Array>();
      for (const h of hashes) {
        const row = select.get(model, h) as { vector: Buffer } | undefined;
        if (row)
          out.set(
            h,
            new Float32Array(
              row.vector.buffer.slice(row.vector.byteOffset, row.vector.byteOffset + row.vector.byteLength),
            ),
          );
      }
      return out;
    },
    async set(model, entries) {
      db.transaction(() => {
        for (const [h, v] of entries) insert.run(model, h, Buffer.from(v.buffer, v.byteOffset, v.byteLength));
      })();
    },
  };
}
