/**
 * @module The one helper every route wrapper is built with, in the spirit of the Vercel AI SDK's
 * `wrapLanguageModel`: a wrapper states only the parts it changes (generate, stream, embed) and everything
 * else passes through to the inner provider, so a feature cannot silently miss a path. A relay (see
 * providers/relay.ts) gets the same generate and stream parts: retries, timeouts, limits and spans apply to
 * relayed calls as to translated ones.
 */
import type { ModelRequest, ModelResponse, Provider, StreamEvent } from '../core/index.js';
import {
  type Relay,
  type RelayBody,
  type RelayedEvent,
  type RelayedResponse,
  relayOf,
} from '../providers/index.js';

/** The options of `Provider.embed`. */
export type EmbedOptions = NonNullable<Parameters<NonNullable<Provider['embed']>>[1]>;

export type GenerateCall = (req: ModelRequest) => Promise<ModelResponse>;
export type StreamCall = (req: ModelRequest) => AsyncIterable<StreamEvent>;
export type EmbedCall = (texts: string[], opts: EmbedOptions) => Promise<Float32Array[]>;

/**
 * What a wrapper changes. Each part is handed the inner provider's own call as `next`. What `next` returns
 * must come out whole: fields of a response and kinds of events a part does not know pass through (spreads
 * keep them), which is how a relayed call's bytes cross every wrapper.
 */
export interface ProviderMiddleware {
  /** The wrapped provider's id; the inner one's when left out. */
  id?: string;
  wrapGenerate?: (req: ModelRequest, next: GenerateCall) => Promise<ModelResponse>;
  wrapStream?: (req: ModelRequest, next: StreamCall) => AsyncIterable<StreamEvent>;
  /** Used only when the inner provider can embed: wrapping never adds a capability it lacks. */
  wrapEmbed?: (texts: string[], opts: EmbedOptions, next: EmbedCall) => Promise<Float32Array[]>;
  /**
   * The parts to apply to a relayed call of `body`; `wrapGenerate` and `wrapStream` above when left out
   * (the cache keys on the body, so it needs its own). Used only when the inner provider can relay.
   */
  wrapRelay?: (body: RelayBody) => Pick<ProviderMiddleware, 'wrapGenerate' | 'wrapStream'>;
}

/**
 * `inner` with the parts `middleware` names replaced; the rest (id, embed, any other field or capability
 * the provider object carries) passes through unchanged, except a relay, which gets the same parts.
 * @example
 * const shouting = wrapProvider(p, { wrapGenerate: async (req, next) => ({ ...(await next(req)), text: 'HI' }) });
 */
export function wrapProvider(inner: Provider, middleware: ProviderMiddleware): Provider {
  const { wrapGenerate, wrapStream, wrapEmbed } = middleware;
  const generate: GenerateCall = (req) => inner.generate(req);
  const stream: StreamCall = (req) => inner.stream(req);
  const innerEmbed = inner.embed;
  const embed: EmbedCall | undefined = innerEmbed && ((texts, opts) => innerEmbed.call(inner, texts, opts));
  const relay = relayOf(inner);
  return {
    ...extrasOf(inner),
    id: middleware.id ?? inner.id,
    generate: wrapGenerate ? (req) => wrapGenerate(req, generate) : generate,
    stream: wrapStream ? (req) => wrapStream(req, stream) : stream,
    ...(embed ? { embed: wrapEmbed ? (texts, opts = {}) => wrapEmbed(texts, opts, embed) : embed } : {}),
    ...(relay ? { relay: wrapRelay(relay, middleware) } : {}),
  };
}

/** `relay` with the middleware's generate and stream parts (or those `wrapRelay` gives for the body). */
function wrapRelay(relay: Relay, middleware: ProviderMiddleware): Relay {
  const partsFor = (body: RelayBody) => middleware.wrapRelay?.(body) ?? middleware;
  return {
    format: relay.format,
    generate: (body, req) => {
      const { wrapGenerate } = partsFor(body);
      if (!wrapGenerate) return relay.generate(body, req);
      // The parts pass what `next` returns through whole (see ProviderMiddleware), bytes included.
      const next: GenerateCall = (r) => relay.generate(body, r);
      return wrapGenerate(req, next) as Promise<RelayedResponse>;
    },
    stream: (body, req) => {
      const { wrapStream } = partsFor(body);
      if (!wrapStream) return relay.stream(body, req);
      // Likewise, `bytes` events pass through the parts as events they do not know.
      const next = ((r: ModelRequest) => relay.stream(body, r)) as StreamCall;
      return wrapStream(req, next) as AsyncIterable<RelayedEvent>;
    },
  };
}

// Fields beyond the Provider interface (a capability, a test double's record of calls) stay reachable through
// every wrapper; methods keep `this` as the provider that defined them.
function extrasOf(inner: Provider): Record<string, unknown> {
  const {
    id: _i,
    generate: _g,
    stream: _s,
    embed: _e,
    relay: _r,
    ...extras
  } = inner as Provider & Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(extras).map(([key, value]) => [
      key,
      typeof value === 'function' ? value.bind(inner) : value,
    ]),
  );
}
