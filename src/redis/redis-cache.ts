/**
 * @module The response cache in Redis, shared by the replicas: while Redis is up, answers are read from and
 * written to it (instead of the store's table), each with a lifetime; while it is down, the store's table
 * serves, so a cached route keeps working. Entries written there during an outage are not seen once Redis
 * is back (a cache may forget).
 */
import type { CacheStore } from '../store/index.js';
import type { RedisLink } from './redis-link.js';

/** Without a route's ttlSeconds an answer stays this long (the store keeps it forever; Redis is memory). */
const DEFAULT_TTL_MS = 7 * 86_400_000;

/** A CacheStore on Redis, falling back to `stored` while Redis is unreachable. */
export function redisResponseCache(link: RedisLink, stored: CacheStore): CacheStore {
  const keyOf = (key: string) => `${link.settings.prefix}cache:${key}`;
  return {
    async get(key) {
      if (!link.up()) return stored.get(key);
      try {
        return (await link.client().get(keyOf(key))) ?? undefined;
      } catch {
        return stored.get(key);
      }
    },
    async set(key, value, ttlMs) {
      if (!link.up()) return stored.set(key, value, ttlMs);
      try {
        await link.client().set(keyOf(key), value, 'PX', Math.max(1, Math.round(ttlMs ?? DEFAULT_TTL_MS)));
      } catch {
        await stored.set(key, value, ttlMs);
      }
    },
    async clear() {
      let removed = await stored.clear();
      if (!link.up()) return removed;
      const client = link.client();
      // SCAN, not KEYS: a large cache must not block Redis for the other replicas.
      for await (const batch of client.scanStream({ match: `${keyOf('')}*`, count: 500 })) {
        const keys = batch as string[];
        if (keys.length) removed += await client.unlink(...keys);
      }
      return removed;
    },
  };
}
