import { afterEach, describe, expect, it } from 'vitest';
import { type ModelRequest, type Provider, TandemError } from '../core/index.js';
import { createScriptedProvider } from '../providers/testing/index.js';
import { openSqliteStore } from '../store/index.js';
import { balance } from './balance.js';
import { cache } from './cache.js';
import { eventsWithoutResponseCache, withoutResponseCache } from './cache-bypass.js';
import { cheapest } from './cheapest.js';
import { fallback } from './fallback.js';
import { fastest } from './fastest.js';
import { limit } from './limit.js';
import { rateLimit } from './rate-limit.js';
import { retry, retryDelayMs } from './retry.js';
import { timeout } from './timeout.js';

const req: ModelRequest = { messages: [{ role: 'user', content: 'hello' }] };
const e500 = () => new TandemError('PROVIDER_ERROR', 'HTTP 500', { status: 500, retryable: true });
const e429 = (ms: number) =>
  new TandemError('PROVIDER_RATE_LIMITED', 'HTTP 429', { status: 429, retryable: true, retryAfterMs: ms });
const eAuth = () => new TandemError('PROVIDER_AUTH', 'HTTP 401', { status: 401 });

function recordSleeps() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe('retry', () => {
  it('retries transient errors up to `attempts` with growing full-jitter delays, then succeeds', async () => {
    const p = createScriptedProvider([e500(), e500(), { text: 'ok' }]);
    const { waits, sleep } = recordSleeps();
    const res = await retry(p, { attempts: 3, baseMs: 100, sleep, random: () => 0.5 }).generate(req);
    expect(res.text).toBe('ok');
    expect(res.attempts).toBe(3);
    expect(p.calls).toHaveLength(3);
    expect(waits).toEqual([50, 100]); // 0.5 × 100, 0.5 × 200
  });

  it('gives up after `attempts` and throws the last error', async () => {
    const p = createScriptedProvider([e500()]);
    const { waits, sleep } = recordSleeps();
    await expect(retry(p, { attempts: 2, sleep }).generate(req)).rejects.toMatchObject({
      code: 'PROVIDER_ERROR',
    });
    expect(p.calls).toHaveLength(2);
    expect(waits).toHaveLength(1);
  });

  it('honours Retry-After instead of its own backoff', async () => {
    const p = createScriptedProvider([e429(1500), { text: 'ok' }]);
    const { waits, sleep } = recordSleeps();
    await retry(p, { attempts: 3, baseMs: 10, sleep }).generate(req);
    expect(waits).toEqual([1500]);
  });

  it('does not wait for a Retry-After longer than maxMs (lets a fallback take over)', async () => {
    const p = createScriptedProvider([e429(60_000), { text: 'ok' }]);
    const { waits, sleep } = recordSleeps();
    await expect(retry(p, { attempts: 3, maxMs: 5000, sleep }).generate(req)).rejects.toMatchObject({
      code: 'PROVIDER_RATE_LIMITED',
    });
    expect(waits).toEqual([]);
    expect(p.calls).toHaveLength(1);
  });

  it('never retries errors that another try cannot fix', async () => {
    const p = createScriptedProvider([eAuth(), { text: 'ok' }]);
    await expect(retry(p, { attempts: 5, sleep: async () => {} }).generate(req)).rejects.toMatchObject({
      code: 'PROVIDER_AUTH',
    });
    expect(p.calls).toHaveLength(1);
  });

  it('caps exponential delays at maxMs', () => {
    expect(retryDelayMs(e500(), 10, 250, 8000, () => 0.999)).toBeLessThan(8000);
    expect(retryDelayMs(e500(), 10, 250, 8000, () => 0.999)).toBeGreaterThan(7900);
  });

  it('retries a stream that fails before its first event, but not after', async () => {
    let calls = 0;
    const flaky: Provider = {
      id: 'flaky',
      generate: async () => {
        throw new Error('unused');
      },
      async *stream() {
        calls++;
        if (calls === 1) throw e500();
        yield { type: 'text-delta', text: 'partial ' };
        throw e500();
      },
    };
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const ev of retry(flaky, { attempts: 5, sleep: async () => {} }).stream(req))
          if (ev.type === 'text-delta') seen.push(ev.text);
      })(),
    ).rejects.toMatchObject({ code: 'PROVIDER_ERROR' });
    expect(calls).toBe(2);
    expect(seen).toEqual(['partial ']);
  });
});

describe('fallback', () => {
  it('tries targets in order and answers from the first that succeeds', async () => {
    const a = createScriptedProvider([e500()], 'a');
    const b = createScriptedProvider([eAuth()], 'b');
    const c = createScriptedProvider([{ text: 'from c' }], 'c');
    const d = createScriptedProvider([{ text: 'from d' }], 'd');
    const res = await fallback('r', [a, b, c, d]).generate(req);
    expect(res).toMatchObject({ text: 'from c', provider: 'c', attempts: 3 });
    expect([a.calls.length, b.calls.length, c.calls.length, d.calls.length]).toEqual([1, 1, 1, 0]);
  });

  it('reports every target failure when all fail', async () => {
    const err = await fallback('r', [
      createScriptedProvider([e500()], 'a'),
      createScriptedProvider([eAuth()], 'b'),
    ])
      .generate(req)
      .catch((e) => e);
    expect(err.message).toBe('all 2 targets of route "r" failed: HTTP 500; HTTP 401');
    expect(err.code).toBe('PROVIDER_AUTH');
  });

  it('does not fall back on errors that are not the provider’s (e.g. a user abort)', async () => {
    const a = createScriptedProvider([new TandemError('ABORTED', 'stop')], 'a');
    const b = createScriptedProvider([{ text: 'b' }], 'b');
    await expect(fallback('r', [a, b]).generate(req)).rejects.toMatchObject({ code: 'ABORTED' });
    expect(b.calls).toHaveLength(0);
  });
});

describe('balance', () => {
  it('spreads traffic by weight', async () => {
    const heavy = createScriptedProvider([{ text: 'h' }], 'heavy');
    const light = createScriptedProvider([{ text: 'l' }], 'light');
    let seed = 1;
    const random = () => {
      seed = (seed * 16807) % 2147483647; // deterministic Park–Miller generator
      return seed / 2147483647;
    };
    const p = balance(
      'b',
      [
        { provider: heavy, weight: 3 },
        { provider: light, weight: 1 },
      ],
      random,
    );
    for (let i = 0; i < 400; i++) await p.generate(req);
    expect(heavy.calls.length / 400).toBeGreaterThan(0.68);
    expect(heavy.calls.length / 400).toBeLessThan(0.82);
  });

  it('falls back to the other target when the chosen one fails', async () => {
    const down = createScriptedProvider([e500()], 'down');
    const up = createScriptedProvider([{ text: 'up' }], 'up');
    const p = balance('b', [
      { provider: down, weight: 1000 },
      { provider: up, weight: 1 },
    ]);
    expect((await p.generate(req)).text).toBe('up');
  });
});

describe('latency (fastest)', () => {
  // A fake clock each target advances by its own latency, so the test is exact and instant.
  let clock = 0;
  const taking = (ms: number, id: string, failFrom = Number.POSITIVE_INFINITY) =>
    createScriptedProvider(
      [
        (_req, call) => {
          clock += ms;
          if (call >= failFrom) throw e500();
          return { text: id };
        },
      ],
      id,
    );

  it('measures each target once, then sends requests to the fastest', async () => {
    const slow = taking(50, 'slow');
    const quick = taking(10, 'quick');
    const p = fastest('f', [slow, quick], { explore: 0, now: () => clock });
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push((await p.generate(req)).text);
    expect(answers.slice(0, 2)).toEqual(['slow', 'quick']); // each measured once, in configured order
    expect(answers.slice(2)).toEqual(Array(8).fill('quick'));
    // Streams are timed to their first event, and count the same way.
    const events = [];
    for await (const ev of p.stream(req)) events.push(ev);
    expect(events.at(-1)).toMatchObject({ type: 'finish', response: { provider: 'quick' } });
  });

  it('moves a failing target to the back, and falls back to the next meanwhile', async () => {
    const slow = taking(50, 'slow');
    const quick = taking(10, 'quick', 4); // fails from its 4th call on
    const p = fastest('f', [slow, quick], { explore: 0, now: () => clock });
    const answers = [];
    for (let i = 0; i < 8; i++) answers.push((await p.generate(req)).text);
    // Quick answers 3 times; its 4th call fails and falls back to slow, which leads from then on.
    expect(answers).toEqual(['slow', 'quick', 'quick', 'quick', 'slow', 'slow', 'slow', 'slow']);
    expect(quick.calls).toHaveLength(4);
  });

  it('now and then tries the others first, so a target that got faster is noticed', async () => {
    let speedOfA = 80;
    const a = createScriptedProvider(
      [
        () => {
          clock += speedOfA;
          return { text: 'a' };
        },
      ],
      'a',
    );
    const b = taking(20, 'b');
    // Every 5th request explores (0.01 < 0.2), and the shuffle's draw (0.99) keeps a first; others do not.
    const draws: number[] = [];
    for (let i = 0; i < 50; i++) draws.push(...(i % 5 === 4 ? [0.01, 0.99] : [0.99]));
    const random = () => draws.shift() ?? 0.99;
    const p = fastest('f', [a, b], { explore: 0.2, random, now: () => clock });
    for (let i = 0; i < 3; i++) await p.generate(req);
    speedOfA = 1; // a is fast now
    const answers = [];
    for (let i = 0; i < 40; i++) answers.push((await p.generate(req)).text);
    expect(answers.slice(-10)).toEqual(Array(10).fill('a'));
  });
});

describe('cost (cheapest)', () => {
  it('tries the cheapest target first and falls back to dearer ones in price order', async () => {
    const dear = createScriptedProvider([{ text: 'dear' }], 'dear');
    const middle = createScriptedProvider([e500()], 'middle');
    const cheap = createScriptedProvider([e500()], 'cheap');
    const p = cheapest('c', [
      { provider: dear, price: { input: 2.5, output: 10 } },
      { provider: middle, price: { input: 0.4, output: 1.6 } },
      { provider: cheap, price: { input: 0.15, output: 0.6 } },
    ]);
    const res = await p.generate(req);
    expect(res).toMatchObject({ text: 'dear', attempts: 3 });
    expect([cheap.calls.length, middle.calls.length, dear.calls.length]).toEqual([1, 1, 1]);
    const local = createScriptedProvider([{ text: 'local' }], 'local');
    const withLocal = cheapest('c', [
      { provider: dear, price: { input: 2.5, output: 10 } },
      { provider: local, price: undefined }, // unpriced: free
    ]);
    expect((await withLocal.generate(req)).text).toBe('local');
  });
});

describe('timeout', () => {
  it('aborts a call that takes too long with a retryable timeout error', async () => {
    const slow: Provider = {
      id: 'slow',
      generate: (r) =>
        new Promise((_, reject) => r.signal?.addEventListener('abort', () => reject(r.signal?.reason))),
      stream: () => ({ [Symbol.asyncIterator]: () => ({ next: () => new Promise(() => {}) }) }),
    };
    const started = Date.now();
    await expect(timeout(slow, 50).generate(req)).rejects.toMatchObject({
      code: 'PROVIDER_TIMEOUT',
      retryable: true,
    });
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(
      (async () => {
        for await (const _ of timeout(slow, 50).stream(req));
      })(),
    ).rejects.toMatchObject({ code: 'PROVIDER_TIMEOUT' });
  });

  it('holds even when the provider ignores its signal', async () => {
    const deaf: Provider = {
      id: 'deaf',
      generate: () => new Promise(() => {}),
      stream: () => ({ [Symbol.asyncIterator]: () => ({ next: () => new Promise(() => {}) }) }),
    };
    await expect(timeout(deaf, 30).generate(req)).rejects.toMatchObject({ code: 'PROVIDER_TIMEOUT' });
  });
});

describe('limit', () => {
  it('lets at most N calls run at once', async () => {
    let active = 0;
    let peak = 0;
    const p: Provider = {
      id: 'p',
      generate: async () => {
        peak = Math.max(peak, ++active);
        await new Promise((r) => setTimeout(r, 5));
        active--;
        return {
          text: '',
          finishReason: 'stop',
          usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 },
          model: 'm',
          provider: 'p',
          latencyMs: 0,
        };
      },
      stream: async function* () {},
    };
    const limited = limit(p, 3);
    await Promise.all(Array.from({ length: 20 }, () => limited.generate(req)));
    expect(peak).toBe(3);
  });
});

describe('rateLimit', () => {
  it('spaces requests evenly to stay within the per-minute budget, in order', async () => {
    let clock = 0;
    const waits: number[] = [];
    const p = createScriptedProvider([{ text: 'ok' }]);
    const limited = rateLimit(p, 120, { now: () => clock, sleep: async (ms) => void waits.push(ms) });
    await Promise.all([limited.generate(req), limited.generate(req), limited.generate(req)]);
    expect(waits).toEqual([500, 1000]); // 120/min: one every 500 ms; the first goes at once
    clock = 10_000; // after a quiet spell the next one goes at once again
    await limited.generate(req);
    expect(waits).toHaveLength(2);
    expect(p.calls).toHaveLength(4);
  });
});

describe('cache', () => {
  const store = openSqliteStore(':memory:');
  afterEach(async () => {
    await store.cache.clear();
  });

  it('answers a repeated identical request from the store, at no cost', async () => {
    const p = createScriptedProvider([{ text: 'fresh', costUsd: 0.01 }]);
    const cached = cache(p, store.cache);
    const first = await cached.generate(req);
    const second = await cached.generate({ ...req });
    expect(first).toMatchObject({ text: 'fresh', costUsd: 0.01 });
    expect(first.cached).toBeUndefined();
    expect(second).toMatchObject({ text: 'fresh', cached: true, costUsd: 0 });
    expect(p.calls).toHaveLength(1);
  });

  it('misses when anything that shapes the answer differs, and when asked to bypass', async () => {
    const p = createScriptedProvider([{ text: 'x' }]);
    const cached = cache(p, store.cache);
    await cached.generate(req);
    await cached.generate({ ...req, temperature: 0.9 });
    await cached.generate({ messages: [{ role: 'user', content: 'hello!' }] });
    await cached.generate({ ...req, noCache: true });
    expect(p.calls).toHaveLength(4);
  });

  it('with noCache neither reads nor writes: the next request still calls the model', async () => {
    const p = createScriptedProvider([{ text: 'one' }, { text: 'two' }]);
    const cached = cache(p, store.cache);
    expect((await cached.generate({ ...req, noCache: true })).text).toBe('one');
    const next = await cached.generate(req);
    expect(next.text).toBe('two');
    expect(next.cached).toBeUndefined();
    expect(p.calls).toHaveLength(2);
  });

  it('inside withoutResponseCache (a run with --no-cache) a request without the flag neither reads nor writes', async () => {
    const p = createScriptedProvider([{ text: 'one' }, { text: 'two' }, { text: 'three' }, { text: 'four' }]);
    const cached = cache(p, store.cache);
    expect((await withoutResponseCache(() => cached.generate(req))).text).toBe('one');
    expect((await cached.generate(req)).text).toBe('two'); // 'one' was not stored
    expect((await cached.generate(req)).cached).toBe(true); // 'two' was
    async function* steps() {
      yield (await cached.generate(req)).text;
      yield (await cached.generate(req)).text;
    }
    const seen: string[] = [];
    for await (const text of eventsWithoutResponseCache(steps())) seen.push(text);
    expect(seen).toEqual(['three', 'four']); // every step of a generator is outside the cache
    expect(p.calls).toHaveLength(4);
  });

  it('does not keep an answer cut off at the length limit (nor an error), on generate and stream', async () => {
    const p = createScriptedProvider([
      { text: 'cut of', finishReason: 'length' },
      { text: 'broken', finishReason: 'error' },
      { text: 'whole answer', finishReason: 'stop' },
    ]);
    const cached = cache(p, store.cache);
    expect((await cached.generate(req)).finishReason).toBe('length');
    for await (const ev of cached.stream(req))
      if (ev.type === 'finish') expect(ev.response.text).toBe('broken');
    expect((await cached.generate(req)).text).toBe('whole answer');
    const hit = await cached.generate(req);
    expect(hit).toMatchObject({ text: 'whole answer', finishReason: 'stop', cached: true });
    expect(p.calls).toHaveLength(3);
  });

  it('keys on the identity of what answers, not on the provider id', async () => {
    const mini = createScriptedProvider([{ text: 'from mini' }], 'default');
    const big = createScriptedProvider([{ text: 'from big' }], 'default');
    await cache(mini, store.cache, { identity: { type: 'openai', model: 'mini' } }).generate(req);
    const res = await cache(big, store.cache, { identity: { type: 'openai', model: 'big' } }).generate(req);
    expect(res.text).toBe('from big');
    expect(big.calls).toHaveLength(1);
  });

  it('misses on another prompt version even when the messages are the same', async () => {
    const p = createScriptedProvider([{ text: 'v1' }, { text: 'v2' }]);
    const cached = cache(p, store.cache);
    await cached.generate({ ...req, promptVersion: 'aaa' });
    expect((await cached.generate({ ...req, promptVersion: 'bbb' })).text).toBe('v2');
    expect((await cached.generate({ ...req, promptVersion: 'aaa' })).text).toBe('v1');
  });

  it('replays a cached answer as a stream', async () => {
    const p = createScriptedProvider([{ text: 'one two three' }]);
    const cached = cache(p, store.cache);
    await cached.generate(req);
    let text = '';
    for await (const ev of cached.stream(req)) if (ev.type === 'text-delta') text += ev.text;
    expect(text).toBe('one two three');
    expect(p.calls).toHaveLength(1);
  });
});
