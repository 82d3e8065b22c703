import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithRedis, REDIS_URL } from '../../test/support/services.js';
import type { CacheStore } from '../store/index.js';
import { onKeyChange, publishKeyChange } from './key-changes.js';
import { luaScript } from './lua-script.js';
import { createRateWindows } from './rate-windows.js';
import { redisResponseCache } from './redis-cache.js';
import { openRedisLink, type RedisLink } from './redis-link.js';
import { createSharedBudgets } from './shared-budgets.js';

// Two links stand for two replicas; the prefix keeps this file's keys apart from parallel tests'.
const prefix = `tandem-test:${randomUUID()}:`;
let a: RedisLink;
let b: RedisLink;

beforeAll(async () => {
  a = openRedisLink({ url: REDIS_URL, prefix, onFailure: 'degrade' });
  b = openRedisLink({ url: REDIS_URL, prefix, onFailure: 'degrade' });
  expect(await a.connected(5000)).toBe(true);
  expect(await b.connected(5000)).toBe(true);
});

afterAll(async () => {
  const keys = await a.client().keys(`${prefix}*`);
  if (keys.length) await a.client().del(...keys);
  await a.close();
  await b.close();
});

describeWithRedis('shared rate windows', () => {
  it('admit at most the limit across replicas, and again once the oldest request leaves the minute', async () => {
    let t = 1_000_000_000;
    const one = createRateWindows(a, () => t);
    const two = createRateWindows(b, () => t);
    expect(await one.admit('k', { rpm: 2 })).toEqual({ ok: true });
    t += 20_000;
    expect(await two.admit('k', { rpm: 2 })).toEqual({ ok: true });
    // The same verdict as the in-memory limiter: room again when the first request is 60 s old.
    expect(await one.admit('k', { rpm: 2 })).toEqual({ ok: false, reason: 'rpm', retryAfterS: 40 });
    expect(await two.admit('other', { rpm: 2 })).toEqual({ ok: true });
    t += 40_001;
    expect(await two.admit('k', { rpm: 2 })).toEqual({ ok: true });
  });

  it('count tokens of finished calls from any replica against tokens per minute', async () => {
    let t = 2_000_000_000;
    const one = createRateWindows(a, () => t);
    const two = createRateWindows(b, () => t);
    expect((await one.admit('tk', { tpm: 100 })).ok).toBe(true);
    await one.addTokens('tk', 60);
    expect((await two.admit('tk', { tpm: 100 })).ok).toBe(true);
    await two.addTokens('tk', 50);
    expect(await one.admit('tk', { tpm: 100 })).toMatchObject({ ok: false, reason: 'tpm' });
    t += 60_001;
    expect((await two.admit('tk', { tpm: 100 })).ok).toBe(true);
  });

  it('admit exactly the limit when many calls race from two connections', async () => {
    const one = createRateWindows(a);
    const two = createRateWindows(b);
    const verdicts = await Promise.all(
      Array.from({ length: 60 }, (_, i) => (i % 2 ? one : two).admit('race', { rpm: 25 })),
    );
    expect(verdicts.filter((v) => v.ok)).toHaveLength(25);
  });

  it('still run after Redis forgot its scripts', async () => {
    const windows = createRateWindows(a);
    expect((await windows.admit('flushed', { rpm: 5 })).ok).toBe(true);
    await a.client().script('FLUSH');
    expect((await windows.admit('flushed', { rpm: 5 })).ok).toBe(true);
  });
});

describeWithRedis('a Lua script', () => {
  it('is sent whole only when Redis does not know it (NOSCRIPT), then run by its hash', async () => {
    const lua = `return ARGV[1] .. '${randomUUID()}'`; // a script no other test has loaded
    const sha = createHash('sha1').update(lua).digest('hex');
    const run = luaScript(lua);
    const client = a.client();
    const known = async () => ((await client.script('EXISTS', sha)) as number[])[0];
    expect(await known()).toBe(0);
    expect(await run(client, [], ['x'])).toMatch(/^x/);
    expect(await known()).toBe(1); // the EVAL after NOSCRIPT cached it
    await client.script('FLUSH');
    expect(await run(client, [], ['y'])).toMatch(/^y/);
    expect(await known()).toBe(1);
  });
});

describeWithRedis('shared budgets', () => {
  it('seed from the store, hold the costliest call while in flight, and settle to what it cost', async () => {
    const one = createSharedBudgets(a);
    const two = createSharedBudgets(b);
    let reads = 0;
    const recorded = async () => {
      reads++;
      return { dayUsd: 0.5, monthUsd: 0.5 };
    };
    const first = await one.reserve('bk', { day: 1 }, recorded);
    expect(first).toEqual({ ok: true }); // no call on record yet: nothing to size a hold by
    await one.settle('bk', undefined, 0.2);
    // Seeded once ($0.50), then counted in Redis: $0.70 spent, and each call now holds $0.20.
    const held = await two.reserve('bk', { day: 1 }, recorded);
    expect(held).toEqual({ ok: true, hold: expect.stringMatching(/:200000000$/) });
    const second = await one.reserve('bk', { day: 1 }, recorded);
    expect(second.ok).toBe(true);
    // $0.70 + two holds of $0.20 = $1.10: the next call is refused while both are in flight.
    expect(await two.reserve('bk', { day: 1 }, recorded)).toEqual({
      ok: false,
      period: 'day',
      spentUsd: 1.1,
    });
    await two.settle('bk', held.ok ? held.hold : undefined, 0.1);
    await one.settle('bk', second.ok ? second.hold : undefined, 0);
    expect(await one.reserve('bk', { day: 1 }, recorded)).toMatchObject({ ok: true });
    expect(reads).toBe(1);
  });

  it('admit exactly the calls a budget pays for when replicas race (each holds what the last call cost)', async () => {
    const one = createSharedBudgets(a);
    const two = createSharedBudgets(b);
    const recorded = async () => ({ dayUsd: 0, monthUsd: 0 });
    let calls = 0;
    for (let round = 0; round < 20; round++) {
      const replies = await Promise.all(
        Array.from({ length: 16 }, (_, i) => (i % 2 ? one : two).reserve('race', { month: 1 }, recorded)),
      );
      const admitted = replies.filter((r) => r.ok);
      calls += admitted.length;
      await Promise.all(admitted.map((r) => one.settle('race', r.hold, 0.01)));
    }
    // The first round has no call on record to size holds by, so all 16 pass; from then on, $0.01 each.
    expect(calls).toBe(100);
  });
});

describeWithRedis('the shared response cache', () => {
  it('keeps answers in Redis for every replica, with their lifetime', async () => {
    const stored = memoryCache();
    const one = redisResponseCache(a, stored);
    const two = redisResponseCache(b, memoryCache());
    await one.set('q', '{"text":"a"}', 60_000);
    expect(await two.get('q')).toBe('{"text":"a"}');
    expect(stored.entries.size).toBe(0); // Redis instead of the store's table while it is up
    const ttl = await a.client().pttl(`${prefix}cache:q`);
    expect(ttl).toBeGreaterThan(55_000);
    expect(await two.clear()).toBe(1);
    expect(await one.get('q')).toBeUndefined();
  });

  it("uses the store's table while Redis is unreachable", async () => {
    const nowhere = openRedisLink({ url: 'redis://127.0.0.1:1', prefix, onFailure: 'degrade' });
    try {
      expect(await nowhere.connected(300)).toBe(false);
      const stored = memoryCache();
      const cache = redisResponseCache(nowhere, stored);
      await cache.set('q', 'answer');
      expect(stored.entries.get('q')).toBe('answer');
      expect(await cache.get('q')).toBe('answer');
    } finally {
      await nowhere.close();
    }
  });
});

describeWithRedis('key changes', () => {
  it('reach every subscribed replica', async () => {
    const heard: string[] = [];
    await onKeyChange(b, (c) => heard.push(`${c.type} ${c.name}`));
    await publishKeyChange(a, { type: 'revoked', name: 'web' });
    await expect.poll(() => heard).toEqual(['revoked web']);
  });
});

describeWithRedis('the link', () => {
  it('says down, and why, when nothing answers', async () => {
    const nowhere = openRedisLink({ url: 'redis://127.0.0.1:1', prefix, onFailure: 'degrade' });
    const changes: Array<{ up: boolean; error?: string }> = [];
    nowhere.onChange((c) => changes.push(c));
    try {
      expect(await nowhere.connected(500)).toBe(false);
      expect(nowhere.up()).toBe(false);
      expect(changes[0]).toEqual({
        up: false,
        url: 'redis://127.0.0.1:1',
        error: 'connect ECONNREFUSED 127.0.0.1:1',
      });
      expect(() => nowhere.client()).toThrow('Redis at redis://127.0.0.1:1 is not connected');
    } finally {
      await nowhere.close();
    }
  });
});

function memoryCache(): CacheStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: async (k) => entries.get(k),
    set: async (k, v) => void entries.set(k, v),
    clear: async () => {
      const n = entries.size;
      entries.clear();
      return n;
    },
  };
}
