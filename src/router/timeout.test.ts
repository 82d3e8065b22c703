import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModelRequest, Provider, StreamEvent } from '../core/index.js';
import { timeout } from './timeout.js';

const finish = (text: string): StreamEvent => ({
  type: 'finish',
  response: {
    text,
    finishReason: 'stop',
    usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
    model: 'm',
    provider: 'slow',
    latencyMs: 0,
  },
});

/** A provider whose upstream stays quiet for `gaps` × `gapMs` before its first token, showing life in between. */
function quietThenAnswers(gaps: number, gapMs: number, pings: boolean): Provider {
  return {
    id: 'slow',
    generate: () => Promise.reject(new Error('unused')),
    async *stream(req: ModelRequest) {
      for (let i = 0; i < gaps; i++) {
        await new Promise((r) => setTimeout(r, gapMs));
        if (pings) req.heartbeat?.();
      }
      yield { type: 'text-delta', text: 'hi' };
      yield finish('hi');
    },
  };
}

const drain = async (events: AsyncIterable<StreamEvent>) => {
  const seen: string[] = [];
  for await (const ev of events) seen.push(ev.type);
  return seen;
};

describe('timeout on streams', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts any sign of life from the upstream (a keep-alive ping) as life, not only events', async () => {
    const done = drain(timeout(quietThenAnswers(5, 60, true), 100).stream({ messages: [] }));
    await vi.advanceTimersByTimeAsync(400);
    expect(await done).toEqual(['text-delta', 'finish']); // 300 ms to the first token, never 100 ms of silence
  });

  it('still cuts an upstream that stays silent longer than the limit', async () => {
    const done = drain(timeout(quietThenAnswers(5, 60, false), 100).stream({ messages: [] })).catch((e) => e);
    await vi.advanceTimersByTimeAsync(400);
    expect(await done).toMatchObject({ code: 'PROVIDER_TIMEOUT', message: 'slow: no answer within 100 ms' });
  });

  it('passes the heartbeat on to a timeout further out', async () => {
    const outer = timeout(timeout(quietThenAnswers(5, 60, true), 100), 150);
    const done = drain(outer.stream({ messages: [] }));
    await vi.advanceTimersByTimeAsync(400);
    expect(await done).toEqual(['text-delta', 'finish']);
  });
});
