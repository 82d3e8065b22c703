/**
 * @module Virtual API keys on a server: the key check on /v1 and /api, /admin/keys when an admin key is set,
 * and, with Redis, counters shared by the replicas and key changes told to all of them at once.
 */
import type { Hono } from 'hono';
import { type KeyChange, onKeyChange, publishKeyChange, type RedisLink } from '../../redis/index.js';
import type { ApiKeyStore } from '../../store/index.js';
import { mountAdminKeys } from '../routes/admin-keys.js';
import { createKeyCache } from './key-cache.js';
import { localCounters, sharedCounters } from './key-counters.js';
import { keyGuard } from './key-guard.js';
import { roleGuard } from './role-guard.js';

/** Mounts the key check and admin routes; returns the flush of batched spend. */
export function mountKeys(
  app: Hono,
  store: ApiKeyStore,
  opts: { adminKey?: string; redis?: RedisLink },
): { flush(): Promise<void> } {
  const keyCache = createKeyCache(store);
  const local = localCounters(keyCache);
  const { redis } = opts;
  const guard = keyGuard(keyCache, redis ? sharedCounters(keyCache, redis, local) : local);
  app.use('/v1/*', guard);
  app.use('/api/*', guard);
  app.use('/api/*', roleGuard());
  if (redis) {
    // Another replica (or the CLI) changed a key: read keys from the store again on the next request.
    void onKeyChange(redis, () => keyCache.invalidate()).catch(() => {});
    // Changes published while this replica was cut off were missed: the same, on reconnecting.
    redis.onChange((change) => change.up && keyCache.invalidate());
  }
  const changed = async (change: KeyChange) => {
    keyCache.invalidate();
    // Unreachable Redis: the other replicas' one-second key cache still ends a revoked key shortly.
    if (redis?.up()) await publishKeyChange(redis, change).catch(() => {});
  };
  mountAdminKeys(app, { store, cache: keyCache, adminKey: opts.adminKey }, changed);
  return { flush: keyCache.flush };
}
