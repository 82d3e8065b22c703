import type Database from 'better-sqlite3';
import type { CacheStore } from '../store.js';

/** The response cache in SQLite; expired entries are ignored on read and replaced on write. */
export function createSqliteCache(db: Database.Database, now: () => number = Date.now): CacheStore {
  const select = db.prepare('SELECT value, expires_at FROM cache WHERE key = ?');
  const upsert = db.prepare('INSERT OR REPLACE INTO cache (key, value, expires_at) VALUES (?, ?, ?)');
  return {
    async get(key) {
      const row = select.get(key) as { value: string; expires_at: number | null } | undefined;
      if (!row || (row.expires_at !== null && row.expires_at <= now())) return undefined;
      return row.value;
    },
    async set(key, value, ttlMs) {
      upsert.run(key, value, ttlMs ? now() + ttlMs : null);
    },
    async clear() {
      return db.prepare('DELETE FROM cache').run().changes;
    },
  };
}
