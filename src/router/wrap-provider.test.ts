import { describe, expect, it } from 'vitest';
import type { ModelRequest, Provider, StreamEvent } from '../core/index.js';
import { createScriptedProvider } from '../providers/testing/index.js';
import { openSqliteStore } from '../store/index.js';
import { cache } from './cache.js';
import { limit } from './limit.js';
import { rateLimit } from './rate-limit.js';
import { retry } from './retry.js';
import { spanned } from './spanned.js';
import { timeout } from './timeout.js';
import { traced } from './traced.js';
import { withModel } from './with-model.js';
import { type EmbedOptions, wrapProvider } from './wrap-provider.js';

const req: ModelRequest = { messages: [{ role: 'user', content: 'hello' }] };

/** A scripted provider that also embeds, recording what each embed call received. */
function embedding(id = 'emb') {
  const base = createScriptedProvider([{ text: 'from inner' }], id);
  const embedCalls: Array<{ texts: string[]; opts: EmbedOptions | undefined }> = [];
  const embed = async (texts: string[], opts?: EmbedOptions) => {
    embedCalls.push({ texts, opts });
    return texts.map((_, i) => Float32Array.of(i, 1));
  };
  return Object.assign(base, { embed, embedCalls });
}

const collect = async (events: AsyncIterable<StreamEvent>) => {
  const seen: StreamEvent[] = [];
  for await (const ev of events) seen.push(ev);
  return seen;
};

describe('wrapProvider', () => {
  it('changes only generate when only generate is given: stream and embed reach the inner provider untouched', async () => {
    const inner = embedding();
    const shouting = wrapProvider(inner, {
      wrapGenerate: async (r, next) => {
        const res = await next(r);
        return { ...res, text: res.text.toUpperCase() };
      },
    });
    expect(shouting.id).toBe('emb');
    expect((await shouting.generate(req)).text).toBe('FROM INNER');

    const streamed = await collect(shouting.stream(req));
    expect(streamed.map((e) => (e.type === 'text-delta' ? e.text : e.type))).toEqual([
      'from ',
      'inner',
      'finish',
    ]);
    expect(inner.calls[1]).toBe(req); // the very request object, not a copy

    const signal = new AbortController().signal;
    const vectors = await shouting.embed!(['a', 'b'], { signal, model: 'small' });
    expect(vectors.map((v) => [...v])).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(inner.embedCalls).toEqual([{ texts: ['a', 'b'], opts: { signal, model: 'small' } }]);
  });

  it('changes only embed when only embed is given', async () => {
    const inner = embedding();
    const prefixed = wrapProvider(inner, {
      wrapEmbed: (texts, opts, next) =>
        next(
          texts.map((t) => `query: ${t}`),
          opts,
        ),
    });
    await prefixed.embed!(['a']);
    expect(inner.embedCalls.map((c) => c.texts)).toEqual([['query: a']]);
    expect((await prefixed.generate(req)).text).toBe('from inner');
    expect(await collect(prefixed.stream(req))).toHaveLength(3);
    expect(inner.calls).toEqual([req, req]);
  });

  it('never adds embed to a provider that cannot embed', () => {
    const inner = createScriptedProvider([{ text: 'x' }]);
    const wrapped = wrapProvider(inner, { wrapEmbed: (texts, opts, next) => next(texts, opts) });
    expect('embed' in wrapped).toBe(false);
  });

  it('takes a new id when given one, and keeps other fields and capabilities of the provider', async () => {
    const inner = Object.assign(createScriptedProvider([{ text: 'x' }], 'inner'), {
      label: 'fast',
      describe(this: { label: string }) {
        return `the ${this.label} one`;
      },
    });
    const wrapped = wrapProvider(inner, { id: 'route' }) as typeof inner;
    expect(wrapped.id).toBe('route');
    expect(wrapped.label).toBe('fast');
    expect(wrapped.describe()).toBe('the fast one');
    await wrapped.generate(req);
    expect(wrapped.calls).toBe(inner.calls);
    expect(inner.calls).toHaveLength(1);
  });
});

describe('every route wrapper is built with it', () => {
  const store = openSqliteStore(':memory:').cache;
  const wrappers: Array<[string, (p: Provider) => Provider]> = [
    ['timeout', (p) => timeout(p, 60_000)],
    ['retry', (p) => retry(p)],
    ['limit', (p) => limit(p, 2)],
    ['rateLimit', (p) => rateLimit(p, 600)],
    ['cache', (p) => cache(p, store)],
    ['traced', (p) => traced(p)],
    ['spanned', (p) => spanned(p, 'route')],
    ['withModel', (p) => withModel(p, 'm')],
  ];

  it.each(wrappers)(
    '%s keeps the extra fields of the provider it wraps, and its embeddings',
    async (_, wrap) => {
      const inner = embedding();
      const wrapped = wrap(inner) as typeof inner;
      expect(wrapped.calls).toBe(inner.calls);
      expect(wrapped.embedCalls).toBe(inner.embedCalls);
      expect((await wrapped.embed!(['a'])).map((v) => [...v])).toEqual([[0, 1]]);
      expect(inner.embedCalls.map((c) => c.texts)).toEqual([['a']]);
    },
  );
});
