/**
 * @module Where the replicas' shared Redis is, from TANDEM_REDIS or the config's `redis:` section, and what
 * to do while it is unreachable.
 */
import { type LoadedConfig, TandemError } from '../core/index.js';

/** A Redis to share limits, budgets, the response cache and revocations through. */
export interface RedisSettings {
  url: string;
  /** Prefix of every key and channel, so projects (and tests) can share one Redis. */
  prefix: string;
  /** While Redis is unreachable: count per replica (degrade), or answer 503 to keys with limits (refuse). */
  onFailure: 'degrade' | 'refuse';
}

const REDIS_URL = /^rediss?:\/\/./;

/** The settings in force, or undefined when neither TANDEM_REDIS nor `redis.url` names a Redis. */
export function redisSettings(
  loaded: LoadedConfig,
  env: NodeJS.ProcessEnv = process.env,
): RedisSettings | undefined {
  const section = loaded.config.redis;
  const fromEnv = env.TANDEM_REDIS?.trim();
  if (fromEnv && !REDIS_URL.test(fromEnv))
    throw new TandemError(
      'CONFIG_INVALID',
      `TANDEM_REDIS must be a redis:// or rediss:// URL, got "${fromEnv}"`,
      {
        hint: 'e.g. TANDEM_REDIS=redis://127.0.0.1:6379 (or unset it to run without Redis)',
      },
    );
  if (!fromEnv && section?.url !== undefined) loaded.requireEnv(['redis', 'url']);
  const url = fromEnv || section?.url;
  if (!url) return undefined;
  return { url, prefix: section?.prefix ?? 'tandem:', onFailure: section?.onFailure ?? 'degrade' };
}

/** The URL as it may be printed: without its password. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}
