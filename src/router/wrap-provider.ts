/**
 * @module The one helper every route wrapper is built with, in the spirit of the Vercel AI SDK's
 * `wrapLanguageModel`: a wrapper states only the parts it changes (generate, stream, embed) and everything
 * else passes through to the inner provider, so a feature cannot silently miss a path.
 */
import type { ModelRequest, ModelResponse, Provider, StreamEvent } from '../core/index.js';

/** The options of `Provider.embed`. */
export type EmbedOptions = NonNullable<Parameters<NonNullable<Provider['embed']>>[1]>;

export type GenerateCall = (req: ModelRequest) => Promise<ModelResponse>;
export type StreamCall = (req: ModelRequest) => AsyncIterable<StreamEvent>;
export type EmbedCall = (texts: string[], opts: EmbedOptions) => Promise<Float32Array[]>;

/** What a wrapper changes. Each part is handed the inner provider's own call as `next`. */
export interface ProviderMiddleware {
  /** The wrapped provider's id; the inner one's when left out. */
  id?: string;
  wrapGenerate?: (req: ModelRequest, next: GenerateCall) => Promise<ModelResponse>;
  wrapStream?: (req: ModelRequest, next: StreamCall) => AsyncIterable<StreamEvent>;
  /** Used only when the inner provider can embed: wrapping never adds a capability it lacks. */
  wrapEmbed?: (texts: string[], opts: EmbedOptions, next: EmbedCall) => Promise<Float32Array[]>;
}

/**
 * `inner` with the parts `middleware` names replaced; the rest (id, embed, any other field or capability
 * the provider object carries) passes through unchanged.
 * @example
 * const shouting = wrapProvider(p, { wrapGenerate: async (req, next) => ({ ...(await next(req)), text: 'HI' }) });
 */
export function wrapProvider(inner: Provider, middleware: ProviderMiddleware): Provider {
  const { wrapGenerate, wrapStream, wrapEmbed } = middleware;
  const generate: GenerateCall = (req) => inner.generate(req);
  const stream: StreamCall = (req) => inner.stream(req);
  const innerEmbed = inner.embed;
  const embed: EmbedCall | undefined = innerEmbed && ((texts, opts) => innerEmbed.call(inner, texts, opts));
  return {
    ...extrasOf(inner),
    id: middleware.id ?? inner.id,
    generate: wrapGenerate ? (req) => wrapGenerate(req, generate) : generate,
    stream: wrapStream ? (req) => wrapStream(req, stream) : stream,
    ...(embed ? { embed: wrapEmbed ? (texts, opts = {}) => wrapEmbed(texts, opts, embed) : embed } : {}),
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
    ...extras
  } = inner as Provider & Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(extras).map(([key, value]) => [
      key,
      typeof value === 'function' ? value.bind(inner) : value,
    ]),
  );
}
