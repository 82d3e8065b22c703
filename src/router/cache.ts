import {
  type ModelRequest,
  type ModelResponse,
  type Provider,
  type StreamEvent,
  sha256,
  stableStringify,
} from '../core/index.js';
import { type RelayBody, streamFromResponse } from '../providers/index.js';
import type { CacheStore } from '../store/index.js';
import { responseCacheBypassed } from './cache-bypass.js';
import {
  type GenerateCall,
  type ProviderMiddleware,
  type StreamCall,
  wrapProvider,
} from './wrap-provider.js';

export interface CacheOptions {
  ttlMs?: number;
  /**
   * What answers behind this provider: provider types, models, base URLs, script modules and options (see
   * `providerIdentity`). Part of the key, so an answer is never served for another model. Defaults to the
   * provider's id, which suits only providers whose id names one fixed model.
   */
  identity?: unknown;
}

/** What the cache keeps: the answer and who gave it, under the identity it was asked of. */
interface CacheEntry {
  identity: unknown;
  /** Id of the provider that produced the answer (inside a route: the target that succeeded). */
  producedBy: string;
  response: ModelResponse;
}

/**
 * The cache key of a request: the identity of what answers and everything in the request that shapes the
 * answer (messages, settings, prompt version, sample, and a relayed call's body); nothing that does not
 * (signal, span, noCache).
 */
export function cacheKey(identity: unknown, req: ModelRequest, body?: RelayBody): string {
  const { signal: _s, span: _p, noCache: _n, ...shape } = req;
  return sha256(stableStringify({ identity, ...shape, ...(body ? { relayed: body } : {}) }));
}

/**
 * Exact-match response cache in the store. A hit costs nothing and is marked `cached`; streams replay the
 * cached answer. `noCache` requests, and calls made in `withoutResponseCache`, neither read nor write it. Responses that ended in an error or were cut
 * by the length limit are not kept. A relayed call is kept under its body, with the upstream's bytes, so a
 * hit answers with the same bytes. Embeddings are not cached here (they pass through).
 */
export function cache(inner: Provider, store: CacheStore, opts: CacheOptions = {}): Provider {
  const identity = opts.identity ?? inner.id;
  const parts = cacheParts(store, identity, opts.ttlMs);
  // Embeddings pass through: the knowledge index keeps vectors by content hash and model already.
  return wrapProvider(inner, { ...parts(), wrapRelay: (body) => parts(body) });
}

/** The cache's generate and stream parts, keyed on the request (and the body, for a relayed call). */
function cacheParts(store: CacheStore, identity: unknown, ttlMs: number | undefined) {
  const identityText = stableStringify(identity);
  return (body?: RelayBody): Pick<ProviderMiddleware, 'wrapGenerate' | 'wrapStream'> => {
    const keyOf = (req: ModelRequest) => cacheKey(identity, req, body);
    const lookup = async (req: ModelRequest): Promise<ModelResponse | undefined> => {
      if (req.noCache || responseCacheBypassed()) return undefined;
      const hit = await store.get(keyOf(req));
      const entry = hit ? (JSON.parse(hit) as Partial<CacheEntry>) : undefined;
      // An entry of another shape (an older tandem) or identity (a hash collision) is not an answer to this.
      if (!entry?.response || stableStringify(entry.identity) !== identityText) return undefined;
      req.span?.set({ cacheHit: true, cachedFrom: entry.producedBy ?? entry.response.provider });
      return { ...entry.response, cached: true, costUsd: 0, latencyMs: 0, attempts: 0 };
    };
    // A relayed answer is kept whole, its bytes with it.
    const keep = async (req: ModelRequest, res: ModelResponse) => {
      if (
        req.noCache ||
        responseCacheBypassed() ||
        res.finishReason === 'error' ||
        res.finishReason === 'length'
      )
        return;
      const entry: CacheEntry = { identity, producedBy: res.provider, response: res };
      await store.set(keyOf(req), JSON.stringify(entry), ttlMs);
    };
    async function* stream(req: ModelRequest, next: StreamCall): AsyncIterable<StreamEvent> {
      const hit = await lookup(req);
      if (hit) {
        yield* streamFromResponse(hit);
        return;
      }
      for await (const ev of next(req)) {
        if (ev.type === 'finish') await keep(req, ev.response);
        yield ev;
      }
    }
    const generate = async (req: ModelRequest, next: GenerateCall) => {
      const hit = await lookup(req);
      if (hit) return hit;
      const res = await next(req);
      await keep(req, res);
      return res;
    };
    return { wrapGenerate: generate, wrapStream: stream };
  };
}
