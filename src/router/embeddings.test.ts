// Embeddings go through a route's timeout, retries, concurrency limit and rate limit like generations do.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ModelRequest, type Provider, TandemError } from '../core/index.js';
import { createScriptedProvider } from '../providers/testing/index.js';
import { limit } from './limit.js';
import { rateLimit } from './rate-limit.js';
import { retry } from './retry.js';
import { timeout } from './timeout.js';
import type { EmbedOptions } from './wrap-provider.js';

const req: ModelRequest = { messages: [{ role: 'user', content: 'hello' }] };
const vector = (texts: string[]) => texts.map((t) => Float32Array.of(t.length));

/** A provider whose embed runs `embed`, recording the options of each call. */
function embeddingProvider(embed: (texts: string[], opts: EmbedOptions) => Promise<Float32Array[]>) {
  const seen: EmbedOptions[] = [];
  const provider: Provider = {
    ...createScriptedProvider([{ text: 'ok' }], 'emb'),
    embed: (texts, opts = {}) => {
      seen.push(opts);
      return embed(texts, opts);
    },
  };
  return { provider, seen };
}

/** Where a promise stands right now, without waiting for it. */
function track<T>(promise: Promise<T>) {
  const state: { value?: T; error?: unknown; settled: boolean } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { value, settled: true }),
    (error) => Object.assign(state, { error, settled: true }),
  );
  return state;
}

// Runs every pending promise callback: what can happen without a timer has happened.
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const recordSleeps = () => {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
};

describe('timeout on embeddings', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('rejects an embed that takes too long with PROVIDER_TIMEOUT, and aborts the call', async () => {
    const { provider, seen } = embeddingProvider(() => new Promise(() => {})); // ignores its signal too
    const call = track(timeout(provider, 100).embed!(['a']));
    await vi.advanceTimersByTimeAsync(99);
    expect(call.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(call.error).toMatchObject({ code: 'PROVIDER_TIMEOUT', message: 'emb: no answer within 100 ms' });
    expect(seen[0]!.signal?.aborted).toBe(true);
  });

  it('lets an embed that answers in time through, with its model', async () => {
    const { provider, seen } = embeddingProvider(async (texts) => vector(texts));
    const vectors = await timeout(provider, 100).embed!(['abc'], { model: 'small' });
    expect([...vectors[0]!]).toEqual([3]);
    expect(seen[0]!.model).toBe('small');
  });

  it('still aborts when the caller aborts', async () => {
    const { provider, seen } = embeddingProvider(() => new Promise(() => {}));
    const caller = new AbortController();
    const call = track(timeout(provider, 100).embed!(['a'], { signal: caller.signal }));
    caller.abort(new TandemError('ABORTED', 'client left'));
    await vi.advanceTimersByTimeAsync(0);
    expect(call.error).toMatchObject({ code: 'ABORTED' });
    expect(seen[0]!.signal?.aborted).toBe(true);
  });
});

describe('retry on embeddings', () => {
  const e500 = () => new TandemError('PROVIDER_ERROR', 'HTTP 500', { status: 500, retryable: true });

  it('retries a transient embed failure with backoff, then answers', async () => {
    let calls = 0;
    const { provider } = embeddingProvider(async (texts) => {
      if (++calls < 3) throw e500();
      return vector(texts);
    });
    const { waits, sleep } = recordSleeps();
    const vectors = await retry(provider, { attempts: 3, baseMs: 100, sleep, random: () => 0.5 }).embed!([
      'ab',
    ]);
    expect([...vectors[0]!]).toEqual([2]);
    expect(calls).toBe(3);
    expect(waits).toEqual([50, 100]);
  });

  it('does not retry an embed failure another try cannot fix', async () => {
    let calls = 0;
    const { provider } = embeddingProvider(async () => {
      calls++;
      throw new TandemError('PROVIDER_AUTH', 'HTTP 401', { status: 401 });
    });
    const { waits, sleep } = recordSleeps();
    await expect(retry(provider, { attempts: 3, sleep }).embed!(['a'])).rejects.toMatchObject({
      code: 'PROVIDER_AUTH',
    });
    expect(calls).toBe(1);
    expect(waits).toEqual([]);
  });
});

describe('limit on embeddings', () => {
  it('lets at most N embed calls run at once, and shares the places with generations', async () => {
    const pending: Array<() => void> = [];
    const { provider, seen } = embeddingProvider(
      (texts) => new Promise((resolve) => pending.push(() => resolve(vector(texts)))),
    );
    const limited = limit(provider, 2);
    const calls = Array.from({ length: 4 }, (_, i) => track(limited.embed!([`t${i}`])));
    await settle();
    expect(seen).toHaveLength(2);

    pending.shift()!();
    await settle();
    expect(seen).toHaveLength(3);
    expect(calls.map((c) => c.settled)).toEqual([true, false, false, false]);

    // A generation queues for a place behind the waiting embedding, first come first served.
    const generation = track(limited.generate(req));
    pending.shift()!();
    await settle();
    expect(seen).toHaveLength(4);
    expect(generation.settled).toBe(false);
    pending.shift()!();
    await settle();
    expect(generation.value).toMatchObject({ text: 'ok' });
    pending.shift()!();
    await settle();
    expect(calls.map((c) => c.settled)).toEqual([true, true, true, true]);
  });
});

describe('rate limit on embeddings', () => {
  it('spaces embed calls to stay within the per-minute budget, counted with generations', async () => {
    const { provider, seen } = embeddingProvider(async (texts) => vector(texts));
    const { waits, sleep } = recordSleeps();
    const limited = rateLimit(provider, 120, { now: () => 0, sleep });
    await Promise.all([limited.embed!(['a']), limited.embed!(['b']), limited.generate(req)]);
    expect(waits).toEqual([500, 1000]); // 120/min: one every 500 ms; the first goes at once
    expect(seen).toHaveLength(2);
  });
});
