import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLocation, loadConfig, type TandemError } from '../core/index.js';
import { redisSettings, shownUrl } from './redis-settings.js';

async function load(yaml: string, env: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-redis-'));
  writeFileSync(join(dir, 'tandem.yaml'), `providers:\n  local: { type: echo }\n${yaml}`);
  return loadConfig(dir, { env });
}

const failure = async (run: () => Promise<unknown>) =>
  (await run().then(
    () => undefined,
    (e) => e,
  )) as TandemError;

describe('redis settings', () => {
  it('are absent without TANDEM_REDIS or redis.url, and default to degrade under the tandem: prefix', async () => {
    expect(redisSettings(await load(''), {})).toBeUndefined();
    expect(redisSettings(await load(''), { TANDEM_REDIS: 'redis://cache:6379' })).toEqual({
      url: 'redis://cache:6379',
      prefix: 'tandem:',
      onFailure: 'degrade',
    });
  });

  it('take TANDEM_REDIS over the config, and the rest from the config', async () => {
    const loaded = await load('redis: { url: "redis://a:6379", onFailure: refuse, prefix: "shop:" }\n');
    expect(redisSettings(loaded, {})).toEqual({
      url: 'redis://a:6379',
      prefix: 'shop:',
      onFailure: 'refuse',
    });
    expect(redisSettings(loaded, { TANDEM_REDIS: 'rediss://b:6380' })?.url).toBe('rediss://b:6380');
  });

  it('say what is wrong with a URL that is not Redis', async () => {
    const env = await failure(async () => redisSettings(await load(''), { TANDEM_REDIS: 'localhost:6379' }));
    expect(env.message).toBe('TANDEM_REDIS must be a redis:// or rediss:// URL, got "localhost:6379"');
    expect(env.hint).toContain('TANDEM_REDIS=redis://127.0.0.1:6379');
    const file = await failure(() => load('redis: { url: "http://cache:6379" }\n'));
    expect(`${formatLocation(file.where!)} ${file.message}`).toBe(
      'tandem.yaml:3:15 redis.url expected a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379',
    );
    const unknown = await failure(() => load('redis: { url: "redis://a", onfailure: refuse }\n'));
    expect(unknown.where?.path).toBe('redis.onfailure');
  });

  it('name an unset ${VAR} in redis.url when the server needs it', async () => {
    const loaded = await load('redis: { url: "${REDIS_URL}" }\n');
    const err = await failure(async () => redisSettings(loaded, {}));
    expect(err.code).toBe('CONFIG_ENV_MISSING');
    expect(err.message).toBe('redis.url uses ${REDIS_URL}, which is not set');
  });

  it('print a URL without its password', () => {
    expect(shownUrl('redis://:s3cret@cache:6379/0')).toBe('redis://:***@cache:6379/0');
    expect(shownUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});
