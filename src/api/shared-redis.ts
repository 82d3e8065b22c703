/**
 * @module The Redis replicas of `tandem serve` share, when TANDEM_REDIS or `redis.url` names one: opened
 * with the project (its routes' response cache lives there), watched for outages, closed with the server.
 */
import type { LoadedConfig } from '../core/index.js';
import type { Project } from '../pipeline/index.js';
import {
  openRedisLink,
  type RedisLink,
  redisResponseCache,
  redisSettings,
  shownUrl,
} from '../redis/index.js';
import type { CacheStore } from '../store/index.js';
import { openProject, type ProjectSource } from './open-project.js';

/** What the server says about Redis: connected at start, unreachable (at start or later), back again. */
export interface RedisEvent {
  type: 'redis';
  state: 'connected' | 'down' | 'back';
  /** Without its password. */
  url: string;
  error?: string;
  onFailure: 'degrade' | 'refuse';
}

// How long the server waits for Redis at start before it serves without it (and says so).
const CONNECT_WAIT_MS = 3000;

/** Opens the project for serving, with the Redis link its config or TANDEM_REDIS names. */
export async function openSharedProject(
  source: ProjectSource,
): Promise<{ project: Project; close(): Promise<void>; redis?: RedisLink }> {
  const shared: { redis?: RedisLink } = {};
  const responseCache = (stored: CacheStore, loaded: LoadedConfig) => {
    const settings = redisSettings(loaded);
    if (!settings) return stored;
    shared.redis = openRedisLink(settings);
    return redisResponseCache(shared.redis, stored);
  };
  const opened = await openProject(source, { batchTraces: true, tracesOffThread: true, responseCache });
  // A project handed in was loaded by its caller: its routes keep the store's cache; limits are still shared.
  if (source.project) {
    const settings = redisSettings(source.project.loaded);
    if (settings) shared.redis = openRedisLink(settings);
  }
  return { ...opened, redis: shared.redis };
}

/** Waits a moment for the first connection, then reports it and every later change as events. */
export async function watchRedis(redis: RedisLink, emit: (e: RedisEvent) => void): Promise<void> {
  const { onFailure } = redis.settings;
  let reported: RedisEvent['state'] | undefined;
  const report = (state: RedisEvent['state'], url: string, error?: string) => {
    // One warning per outage, one notice per recovery, however often the link retries in between.
    if (reported !== undefined && (reported === 'down') === (state === 'down')) return;
    reported = state;
    emit({ type: 'redis', state, url, onFailure, ...(error ? { error } : {}) });
  };
  redis.onChange((c) => report(c.up ? (reported ? 'back' : 'connected') : 'down', c.url, c.error));
  const up = await redis.connected(CONNECT_WAIT_MS);
  const url = shownUrl(redis.settings.url);
  if (up) report(reported ? 'back' : 'connected', url);
  else report('down', url, redis.lastError() ?? `no answer within ${CONNECT_WAIT_MS / 1000} s`);
}
