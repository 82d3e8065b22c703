/**
 * @module The knowledge index in the project's SQLite file: FTS5 (porter stemming) for BM25, sqlite-vec for
 * cosine vector search, a table per knowledge base for each so BM25 statistics never mix bases.
 */
import type Database from 'better-sqlite3';
import { type MetadataFilter, queryTerms, sha256, TandemError } from '../../core/index.js';
import type { Chunk } from '../document.js';
import type {
  ChunkHit,
  EmbeddingCache,
  IndexedDocument,
  KnowledgeIndex,
  SearchOptions,
} from '../knowledge-index.js';

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

const loadedVec = new WeakSet<Database.Database>();

async function ensureVec(db: Database.Database): Promise<void> {
  if (loadedVec.has(db)) return;
  const sqliteVec = await import('sqlite-vec');
  sqliteVec.load(db);
  loadedVec.add(db);
}

/** Opens knowledge base `name` in `db` (the store's database, already migrated). */
export async function openSqliteKnowledgeIndex(db: Database.Database, name: string): Promise<KnowledgeIndex> {
  await ensureVec(db);
  // Table names from a hash: knowledge base names may hold "." and "-", which SQL identifiers may not.
  const tag = sha256(name).slice(0, 12);
  const fts = `kb_fts_${tag}`;
  const vec = `kb_vec_${tag}`;
  db.exec(
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${fts} USING fts5(title, headings, text, tokenize = 'porter unicode61 remove_diacritics 2')`,
  );
  const vecExists = () => Boolean(db.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(vec));
  let dimensions = vecExists()
    ? (db.prepare(`SELECT value FROM kb_meta WHERE kb = ? AND key = 'dimensions'`).get(name) as
        | { value: string }
        | undefined)
    : undefined;

  const selectChunks = `SELECT c.rowid, c.id, c.doc_id, c.ord, c.text, c.headings, c.page, c.tokens, d.source, d.title, d.metadata
    FROM kb_chunks c JOIN kb_documents d ON d.kb = c.kb AND d.id = c.doc_id`;

  const toHit = (r: ChunkRow, score: number): ChunkHit => ({
    chunk: {
      id: r.id,
      docId: r.doc_id,
      ord: r.ord,
      text: r.text,
      headings: JSON.parse(r.headings),
      ...(r.page !== null ? { page: r.page } : {}),
      tokens: r.tokens,
    },
    doc: {
      id: r.doc_id,
      source: r.source,
      ...(r.title ? { title: r.title } : {}),
      metadata: JSON.parse(r.metadata),
    },
    score,
  });

  const removeDocs = db.transaction((ids: string[]) => {
    for (const id of ids) {
      const rows = db.prepare('SELECT rowid FROM kb_chunks WHERE kb = ? AND doc_id = ?').all(name, id) as {
        rowid: number;
      }[];
      for (const { rowid } of rows) {
        db.prepare(`DELETE FROM ${fts} WHERE rowid = ?`).run(rowid);
        if (vecExists()) db.prepare(`DELETE FROM ${vec} WHERE rowid = ?`).run(BigInt(rowid));
      }
      db.prepare('DELETE FROM kb_chunks WHERE kb = ? AND doc_id = ?').run(name, id);
      db.prepare('DELETE FROM kb_documents WHERE kb = ? AND id = ?').run(name, id);
    }
  });

  const ensureVecTable = (dims: number) => {
    if (dimensions && Number(dimensions.value) !== dims) {
      throw new TandemError(
        'STORE_ERROR',
        `knowledge base "${name}" holds ${dimensions.value}-dimensional vectors, got ${dims}`,
        {
          hint: `The embedder changed. Run \`tandem ingest ${name} --rebuild\` to embed everything again.`,
        },
      );
    }
    if (!dimensions) {
      db.exec(
        `CREATE VIRTUAL TABLE IF NOT EXISTS ${vec} USING vec0(embedding float[${dims}] distance_metric=cosine)`,
      );
      db.prepare(`INSERT OR REPLACE INTO kb_meta (kb, key, value) VALUES (?, 'dimensions', ?)`).run(
        name,
        String(dims),
      );
      dimensions = { value: String(dims) };
    }
  };

  const upsertDoc = db.transaction(
    (doc: Omit<IndexedDocument, 'chunks' | 'ingestedAt'>, chunks: Chunk[], vectors?: Float32Array[]) => {
      removeDocs([doc.id]);
      db.prepare(
        'INSERT INTO kb_documents (kb, id, source, hash, title, metadata, chunks, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(
        name,
        doc.id,
        doc.source,
        doc.hash,
        doc.title ?? null,
        JSON.stringify(doc.metadata),
        chunks.length,
        Date.now(),
      );
      const insertChunk = db.prepare(
        'INSERT INTO kb_chunks (kb, id, doc_id, ord, text, headings, page, tokens) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const insertFts = db.prepare(`INSERT INTO ${fts} (rowid, title, headings, text) VALUES (?, ?, ?, ?)`);
      if (vectors?.length) ensureVecTable(vectors[0]!.length);
      const insertVec = vectors?.length
        ? db.prepare(`INSERT INTO ${vec} (rowid, embedding) VALUES (?, ?)`)
        : undefined;
      chunks.forEach((c, i) => {
        const { lastInsertRowid } = insertChunk.run(
          name,
          c.id,
          doc.id,
          c.ord,
          c.text,
          JSON.stringify(c.headings),
          c.page ?? null,
          c.tokens,
        );
        insertFts.run(lastInsertRowid, doc.title ?? '', c.headings.join(' '), c.text);
        if (insertVec && vectors?.[i]) insertVec.run(BigInt(lastInsertRowid), vectors[i]);
      });
    },
  );

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
      return rows.map((r) => ({
        id: r.id,
        source: r.source,
        hash: r.hash,
        ...(r.title ? { title: r.title } : {}),
        metadata: JSON.parse(r.metadata),
        chunks: r.chunks,
        ingestedAt: r.ingested_at,
      }));
    },
    async upsert(doc, chunks, vectors) {
      upsertDoc(doc, chunks, vectors);
    },
    async remove(ids) {
      removeDocs(ids);
    },
    async searchText(query, opts) {
      const terms = [...new Set(queryTerms(query))];
      if (!terms.length) return [];
      // Each term quoted: user text can never be read as FTS5 query syntax. OR: any term may match; BM25 ranks.
      const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ');
      const { sql, args } = filterSql(opts.filter);
      const rows = db
        .prepare(
          `SELECT x.*, f.score FROM (SELECT rowid, -bm25(${fts}, 1.0, 1.0, 1.0) AS score FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rank LIMIT ?) f
           JOIN (${selectChunks} WHERE c.kb = ?${sql}) x ON x.rowid = f.rowid ORDER BY f.score DESC`,
        )
        .all(match, opts.filter ? opts.k * 10 + 50 : opts.k, name, ...args) as Array<
        ChunkRow & { score: number }
      >;
      return rows.slice(0, opts.k).map((r) => toHit(r, r.score));
    },
    async searchVector(vector, opts) {
      if (!vecExists()) return [];
      const fetch = opts.filter ? opts.k * 10 + 50 : opts.k;
      const near = db
        .prepare(`SELECT rowid, distance FROM ${vec} WHERE embedding MATCH ? AND k = ?`)
        .all(vector, fetch) as Array<{
        rowid: number;
        distance: number;
      }>;
      if (!near.length) return [];
      const { sql, args } = filterSql(opts.filter);
      const rows = db
        .prepare(`${selectChunks} WHERE c.kb = ? AND c.rowid IN (${near.map(() => '?').join(',')})${sql}`)
        .all(name, ...near.map((n) => n.rowid), ...args) as ChunkRow[];
      const byRow = new Map(rows.map((r) => [r.rowid, r]));
      return near
        .filter((n) => byRow.has(n.rowid))
        .slice(0, opts.k)
        .map((n) => toHit(byRow.get(n.rowid)!, 1 - n.distance));
    },
    async vectors(chunkIds) {
      const out = new Map<string, Float32Array>();
      if (!vecExists() || !chunkIds.length) return out;
      const rows = db
        .prepare(
          `SELECT c.id, v.embedding FROM kb_chunks c JOIN ${vec} v ON v.rowid = c.rowid WHERE c.kb = ? AND c.id IN (${chunkIds.map(() => '?').join(',')})`,
        )
        .all(name, ...chunkIds) as Array<{ id: string; embedding: Buffer }>;
      for (const r of rows)
        out.set(
          r.id,
          new Float32Array(r.embedding.buffer, r.embedding.byteOffset, r.embedding.byteLength / 4),
        );
      return out;
    },
    async stats() {
      const d = db.prepare('SELECT COUNT(*) AS n FROM kb_documents WHERE kb = ?').get(name) as { n: number };
      const c = db.prepare('SELECT COUNT(*) AS n FROM kb_chunks WHERE kb = ?').get(name) as { n: number };
      const v = vecExists()
        ? (db.prepare(`SELECT COUNT(*) AS n FROM ${vec}`).get() as { n: number })
        : { n: 0 };
      return {
        documents: d.n,
        chunks: c.n,
        vectors: v.n,
        ...(dimensions ? { dimensions: Number(dimensions.value) } : {}),
      };
    },
  };
}

// Metadata equality filters as SQL on the document's JSON metadata.
function filterSql(filter: MetadataFilter | undefined): { sql: string; args: unknown[] } {
  if (!filter) return { sql: '', args: [] };
  let sql = '';
  const args: unknown[] = [];
  for (const [key, value] of Object.entries(filter)) {
    const path = `$."${key.replace(/"/g, '')}"`;
    const values = Array.isArray(value) ? value : [value];
    sql += ` AND json_extract(d.metadata, ?) IN (${values.map(() => '?').join(',')})`;
    args.push(path, ...values.map((v) => (typeof v === 'boolean' ? Number(v) : v)));
  }
  return { sql, args };
}

/** The embedding cache in the same database. */
export function createSqliteEmbeddingCache(db: Database.Database): EmbeddingCache {
  return {
    async get(model, hashes) {
      const out = new Map<string, Float32Array>();
      const select = db.prepare('SELECT vector FROM embedding_cache WHERE model = ? AND hash = ?');
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
      const insert = db.prepare(
        'INSERT OR REPLACE INTO embedding_cache (model, hash, vector) VALUES (?, ?, ?)',
      );
      db.transaction(() => {
        for (const [h, v] of entries) insert.run(model, h, Buffer.from(v.buffer, v.byteOffset, v.byteLength));
      })();
    },
  };
}
