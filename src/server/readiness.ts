import type { RedisLink } from '../redis/index.js';

/** What `/readyz` answers (besides `stopping` while draining): Redis' state when one is configured. */
export function readiness(redis: RedisLink | undefined): {
  status: 200 | 503;
  body: Record<string, unknown>;
} {
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
