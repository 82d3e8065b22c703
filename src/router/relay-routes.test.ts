import { describe, expect, it } from 'vitest';
import { type ModelRequest, type Provider, type SpanHandle, TandemError } from '../core/index.js';
import {
  type RelayBody,
  type RelayedEvent,
  type RelayingProvider,
  relayOf,
  streamFromResponse,
} from '../providers/index.js';
import { createScriptedProvider, type ScriptStep } from '../providers/testing/index.js';
import { openSqliteStore } from '../store/index.js';
import { balance } from './balance.js';
import { cache } from './cache.js';
import { cheapest } from './cheapest.js';
import { fallback } from './fallback.js';
import { fastest } from './fastest.js';
import { limit } from './limit.js';
import { rateLimit } from './rate-limit.js';
import { retry } from './retry.js';
import { spanned } from './spanned.js';
import { timeout } from './timeout.js';
import { traced } from './traced.js';
import { withModel } from './with-model.js';

const req: ModelRequest = { messages: [{ role: 'user', content: 'hello' }] };
const body: RelayBody = { model: 'client-model', messages: [{ role: 'user', content: 'hello' }], seed: 7 };
const e500 = () => new TandemError('PROVIDER_ERROR', 'HTTP 500', { status: 500, retryable: true });

/**
 * A provider that relays: its answers (scripted, errors included) come back with bytes naming the provider
 * and the body; translated calls answer the same script without bytes. Records every relayed call.
 */
function relaying(steps: ScriptStep[], id = 'relayer') {
  const inner = createScriptedProvider(steps, id);
  const relayed: Array<{ body: RelayBody; req: ModelRequest }> = [];
  const bytesOf = (b: RelayBody) => `${id}:${JSON.stringify(b)}`;
  const provider: RelayingProvider = {
    id,
    generate: inner.generate,
    stream: inner.stream,
    relay: {
      format: 'openai-chat',
      generate: async (b, r) => {
        relayed.push({ body: b, req: r });
        return { ...(await inner.generate(r)), bytes: bytesOf(b) };
      },
      async *stream(b, r) {
        relayed.push({ body: b, req: r });
        const res = await inner.generate(r);
        yield { type: 'bytes', text: bytesOf(b), provider: id };
        yield { type: 'finish', response: res };
      },
    },
  };
  return { provider, relayed, translated: inner.calls, bytesOf };
}

const collect = async (events: AsyncIterable<RelayedEvent>) => {
  const seen: RelayedEvent[] = [];
  for await (const ev of events) seen.push(ev);
  return seen;
};

/** A span that records the names of the spans opened under it. */
function recordingSpan(opened: string[] = []): SpanHandle & { opened: string[] } {
  return {
    traceId: 't',
    spanId: 's',
    opened,
    child: (name) => {
      opened.push(name);
      return recordingSpan(opened);
    },
    set: () => {},
    end: () => {},
  };
}

describe('relay through routes', () => {
  it('relays through a route over a relaying target, with its retries and spans', async () => {
    const target = relaying([e500(), { text: 'ok' }]);
    const route = spanned(retry(traced(target.provider), { attempts: 3, sleep: async () => {} }), 'r');
    const relay = relayOf(route, 'openai-chat');
    expect(relay?.format).toBe('openai-chat');

    const span = recordingSpan();
    const res = await relay!.generate(body, { ...req, span });
    expect(res.bytes).toBe(target.bytesOf(body));
    expect(res.attempts).toBe(2);
    expect(target.relayed.map((c) => c.body)).toEqual([body, body]);
    expect(target.translated).toHaveLength(2); // the script behind both relayed calls, nothing translated
    expect(span.opened).toEqual(['route r', 'model relayer', 'model relayer']);
  });

  it('retries a relayed stream before its first byte', async () => {
    const target = relaying([e500(), { text: 'ok' }]);
    const route = retry(target.provider, { attempts: 2, sleep: async () => {} });
    const events = await collect(relayOf(route)!.stream(body, req));
    expect(events.map((e) => e.type)).toEqual(['bytes', 'finish']);
    expect(events[0]).toEqual({ type: 'bytes', text: target.bytesOf(body), provider: 'relayer' });
    expect(events[1]).toMatchObject({ type: 'finish', response: { text: 'ok', attempts: 2 } });
  });

  it('falls back from a relaying target that failed to one that cannot relay, which answers translated', async () => {
    const first = relaying([e500()], 'a');
    const plain = createScriptedProvider([{ text: 'from b' }], 'b');
    const route = fallback('r', [first.provider, plain]);
    const relay = relayOf(route, 'openai-chat')!;

    const res = await relay.generate(body, req);
    expect(res).toMatchObject({ text: 'from b', provider: 'b', attempts: 2 });
    expect(res.bytes).toBeUndefined();

    const events = await collect(relay.stream(body, req));
    expect(events.map((e) => e.type)).toEqual(['text-delta', 'text-delta', 'finish']);
    expect(plain.calls).toHaveLength(2);
  });

  it('relays with the first target that can when the one before it cannot relay and fails', async () => {
    const plain = createScriptedProvider([e500()], 'a');
    const second = relaying([{ text: 'from b' }], 'b');
    const res = await relayOf(fallback('r', [plain, second.provider]))!.generate(body, req);
    expect(res).toMatchObject({ provider: 'b', attempts: 2, bytes: second.bytesOf(body) });
  });

  it('offers no relay when no target can relay, so the server translates', () => {
    const plain = createScriptedProvider([{ text: 'x' }], 'p');
    expect(relayOf(plain)).toBeUndefined();
    expect(relayOf(retry(timeout(plain, 1000)))).toBeUndefined();
    expect(relayOf(fallback('r', [plain, createScriptedProvider([{ text: 'y' }], 'q')]))).toBeUndefined();
  });

  it('keeps the capability through every wrapper and route', async () => {
    const wrappers: Array<[string, (p: Provider) => Provider]> = [
      ['limit', (p) => limit(p, 1)],
      ['rateLimit', (p) => rateLimit(p, 600)],
      ['retry', (p) => retry(p)],
      ['spanned', (p) => spanned(p, 'r')],
      ['timeout', (p) => timeout(p, 10_000)],
      ['traced', (p) => traced(p)],
      ['withModel', (p) => withModel(p, 'm')],
      ['fallback', (p) => fallback('r', [p])],
      ['balance', (p) => balance('r', [{ provider: p, weight: 1 }])],
      ['cheapest', (p) => cheapest('r', [{ provider: p, price: undefined }])],
      ['fastest', (p) => fastest('r', [p])],
    ];
    for (const [name, wrap] of wrappers) {
      const target = relaying([{ text: 'ok' }]);
      const res = await relayOf(wrap(target.provider), 'openai-chat')?.generate(body, req);
      expect([name, res?.bytes]).toEqual([name, target.bytesOf(body)]);
    }
  });

  it('gives the relay the route target model, as it does a translated call', async () => {
    const target = relaying([{ text: 'ok' }]);
    await relayOf(withModel(target.provider, 'gpt-4o-mini'))!.generate(body, req);
    expect(target.relayed[0]!.req.model).toBe('gpt-4o-mini');
    expect(target.relayed[0]!.body).toBe(body); // the body itself, as the client wrote it
  });

  it('caches a relayed answer under its body and answers a hit with the same bytes', async () => {
    const target = relaying([{ text: 'ok' }]);
    const route = cache(target.provider, openSqliteStore(':memory:').cache);
    const relay = relayOf(route)!;

    const first = await relay.generate(body, req);
    const second = await relay.generate(body, req);
    expect(second).toMatchObject({ cached: true, bytes: first.bytes });
    expect(target.relayed).toHaveLength(1);

    // Another body (the same messages) is another question; so is the translated call.
    const other = { ...body, seed: 8 };
    expect((await relay.generate(other, req)).bytes).toBe(target.bytesOf(other));
    expect(await route.generate(req)).not.toHaveProperty('cached');
    expect(target.relayed).toHaveLength(2);
    expect(target.translated).toHaveLength(3);
  });

  it('replays a cached relayed answer as deltas when it is streamed', async () => {
    const target = relaying([{ text: 'two words' }]);
    const relay = relayOf(cache(target.provider, openSqliteStore(':memory:').cache))!;
    const stored = await relay.generate(body, req);
    const events = await collect(relay.stream(body, req));
    expect(events).toEqual([
      ...(await collect(
        streamFromResponse({ ...stored, cached: true, costUsd: 0, latencyMs: 0, attempts: 0 }),
      )),
    ]);
    expect(target.relayed).toHaveLength(1);
  });
});
