import {
  type ModelRequest,
  type ModelResponse,
  type Provider,
  type StreamEvent,
  sha256,
  stableStringify,
} from '../core/index.js';
import { streamFromResponse } from '../providers/index.js';
import type { CacheStore } from '../store/index.js';

export interface CacheOptions {
  ttlMs?: number;
}

/** The cache key of a request: everything that shapes the answer, nothing that does not (signal, span). */
export function cacheKey(providerId: string, req: ModelRequest): string {
  const { signal: _s, span: _p, noCache: _n, ...shape } = req;
  return sha256(stableStringify({ provider: providerId, ...shape }));
}

/**
 * Exact-match response cache in the store. A hit costs nothing and is marked `cached`; streams replay the
 * cached answer. Responses that ended in an error or were cut by the length limit are not kept.
 */
export function cache(inner: Provider, store: CacheStore, opts: CacheOptions = {}): Provider {
  const lookup = async (req: ModelRequest) => {
    if (req.noCache) return undefined;
    const hit = await store.get(cacheKey(inner.id, req));
    if (!hit) return undefined;
    const res = JSON.parse(hit) as ModelResponse;
    req.span?.set({ cacheHit: true });
    return { ...res, cached: true, costUsd: 0, latencyMs: 0, attempts: 0 };
  };
  const keep = async (req: ModelRequest, res: ModelResponse) => {
    if (res.finishReason === 'error' || res.finishReason === 'length') return;
    await store.set(cacheKey(inner.id, req), JSON.stringify(res), opts.ttlMs);
  };

  const generate = async (req: ModelRequest) => {
    const hit = await lookup(req);
    if (hit) return hit;
    const res = await inner.generate(req);
    await keep(req, res);
    return res;
  };
  async function* stream(req: ModelRequest): AsyncIterable<StreamEvent> {
    const hit = await lookup(req);
    if (hit) {
      yield* streamFromResponse(hit);
      return;
    }
    for await (const ev of inner.stream(req)) {
      if (ev.type === 'finish') await keep(req, ev.response);
      yield ev;
    }
  }
  return { id: inner.id, generate, stream, ...(inner.embed ? { embed: inner.embed.bind(inner) } : {}) };
}
