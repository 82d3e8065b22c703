import type { CacheStore } from '../store.js';
import type { PgSql } from './pg-client.js';

/** The response cache in PostgreSQL; expired entries are ignored on read and replaced on write. */
export function createPgCache(sql: PgSql, now: () => number = Date.now): CacheStore {
  return {
    async get(key) {
      const [row] = await sql<{ value: string; expires_at: number | null }[]>`
        SELECT value, expires_at FROM cache WHERE key = ${key}`;
      if (!row || (row.expires_at !== null && row.expires_at <= now())) return undefined;
      return row.value;
    },
    async set(key, value, ttlMs) {
      await sql`
        INSERT INTO cache (key, value, expires_at) VALUES (${key}, ${value}, ${ttlMs ? now() + ttlMs : null})
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`;
    },
    async clear() {
      return (await sql`DELETE FROM cache`).count;
    },
  };
}
