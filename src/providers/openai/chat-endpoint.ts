/**
 * @module Where an OpenAI provider's chat calls go and how they are signed: the upstream (resolved on the first
 * call, so a provider that is never used never checks its URL or opens a pool), the headers, the default model
 * and the price of a usage. generate, stream and the passthrough paths all start from one of these.
 */
import type { ModelRequest, Usage } from '../../core/index.js';
import { costOf, type Price } from '../pricing.js';
import { type Upstream, upstreamFor } from './upstream-pool.js';
import type { UpstreamRequest } from './upstream-request.js';

/** The options a chat endpoint is built from (a subset of OpenAIProviderOptions). */
export interface ChatEndpointOptions {
  id: string;
  model: string;
  apiKey?: string;
  baseUrl?: string;
  organization?: string;
  /** Azure OpenAI's api-version: added to every URL, and the key sent as `api-key`. */
  apiVersion?: string;
  headers?: Record<string, string>;
  /** Which OpenAI API the upstream is called with: Chat Completions (the default) or Responses. */
  api?: 'chat' | 'responses';
  /** Price lookup by model name (config overrides, then the built-in table). */
  price?: (model: string) => Price | undefined;
}

/** An OpenAI-compatible `/chat/completions` (or `/responses`) endpoint, ready to call. */
export interface ChatEndpoint {
  /** The provider id, for errors and responses. */
  id: string;
  /** The model asked for when a request names none. */
  model: string;
  /** USD for a usage of `model`; undefined when its price is unknown. */
  price(model: string, usage: Usage): number | undefined;
  /** The upstream request options for one call: target, headers, and the request's signal and heartbeat. */
  requestFor(req: ModelRequest): UpstreamRequest & { heartbeat?: () => void };
}

/** Builds the endpoint for a provider's options. */
export function createChatEndpoint(opts: ChatEndpointOptions): ChatEndpoint {
  const baseUrl = (opts.baseUrl ?? 'https://api.openai.com/v1').replace(/\/+$/, '');
  let upstream: Upstream | undefined;
  const query = opts.apiVersion ? `?api-version=${encodeURIComponent(opts.apiVersion)}` : '';
  const path = opts.api === 'responses' ? '/responses' : '/chat/completions';
  const chat = () => (upstream ??= upstreamFor(`${baseUrl}${path}${query}`));
  const headers = chatHeaders(opts);
  return {
    id: opts.id,
    model: opts.model,
    price: (model, usage) => costOf(usage, opts.price?.(model)),
    requestFor: (req) => ({
      id: opts.id,
      upstream: chat(),
      // The call joins the request's trace downstream (W3C traceparent of its model span).
      headers: req.span?.w3c ? { ...headers, ...req.span.w3c() } : headers,
      ...(req.signal ? { signal: req.signal } : {}),
      ...(req.heartbeat ? { heartbeat: req.heartbeat } : {}),
    }),
  };
}

/** The headers of every chat call; the configured ones last, so they can override ours. */
function chatHeaders(opts: ChatEndpointOptions): Record<string, string> {
  return {
    'content-type': 'application/json',
    accept: 'application/json',
    // Azure OpenAI takes its key as api-key; every other server as a bearer token.
    ...(opts.apiVersion
      ? { 'api-key': opts.apiKey ?? '' }
      : { authorization: `Bearer ${opts.apiKey || 'not-needed'}` }),
    ...(opts.organization ? { 'openai-organization': opts.organization } : {}),
    ...opts.headers,
  };
}
