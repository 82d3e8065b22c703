import type Database from 'better-sqlite3';
import type { EmbeddingCache } from '../knowledge-index.js';
import { toFloat32 } from './kb-rows.js';

/** The embedding cache in the same database. */
export function createSqliteEmbeddingCache(db: Database.Database): EmbeddingCache {
  const select = db.prepare('SELECT vector FROM embedding_cache WHERE model = ? AND hash = ?');
  const insert = db.prepare('INSERT OR REPLACE INTO embedding_cache (model, hash, vector) VALUES (?, ?, ?)');
  return {
    async get(model, hashes) {
      const out = new Map<string, Float32Array>();
      for (const h of hashes) {
        const row = select.get(model, h) as { vector: Buffer } | undefined;
        if (row) out.set(h, toFloat32(row.vector));
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
