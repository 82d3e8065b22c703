import type { RedisLink } from '../redis/index.js';
import type { SinkHealth } from '../tracing/index.js';

type Readiness = { status: 200 | 503; body: Record<string, unknown> };

/**
 * What `/readyz` answers (besides `stopping` while draining): the store's state as trace writes see it (503
 * while they fail: traces wait in a bounded spool until it is back), and Redis' when one is configured.
 */
export function readiness(redis: RedisLink | undefined, store?: SinkHealth): Readiness {
  if (store?.spooled) {
    const { spooled, dropped, lastError } = store;
    return {
      status: 503,
      body: { status: 'unavailable', store: 'down', spooled, dropped, error: lastError, ...redisPart(redis) },
    };
  }
  const ready = redisReadiness(redis);
  return store ? { ...ready, body: { ...ready.body, store: 'ok' } } : ready;
}

/** Redis' part of the answer, when one is configured. */
function redisPart(redis: RedisLink | undefined): Record<string, unknown> {
  return redis ? { redis: redis.up() ? 'ok' : 'down' } : {};
}

function redisReadiness(redis: RedisLink | undefined): Readiness {
  if (!redis) return { status: 200, body: { status: 'ready' } };
  if (redis.up()) return { status: 200, body: { status: 'ready', redis: 'ok' } };
  // refuse: keys with limits get 503s, so the load balancer should send to a replica that has Redis.
  if (redis.settings.onFailure === 'refuse')
    return { status: 503, body: { status: 'unavailable', redis: 'down', error: redis.lastError() } };
  return {
    status: 200,
    body: { status: 'ready', redis: 'down', degraded: 'rate limits and budgets are counted per replica' },
  };
}
