import Anthropic from '@anthropic-ai/sdk';
import type { ModelRequest, Usage } from '../../core/index.js';
import { costOf, type Price } from '../pricing.js';
import { fetchWithHeartbeat } from './fetch-with-heartbeat.js';

/** The options an Anthropic call needs (a subset of AnthropicProviderOptions). */
export interface AnthropicCallOptions {
  id: string;
  model: string;
  apiKey?: string;
  baseUrl?: string;
  maxTokens: number;
  price?: (model: string) => Price | undefined;
}

/** The SDK client of one provider, with its defaults and prices: generate and stream both start from it. */
export interface AnthropicCall {
  id: string;
  client: Anthropic;
  /** The model asked for when a request names none. */
  model: string;
  /** `max_tokens` when a request sets none (the API requires one). */
  maxTokens: number;
  /** USD for a usage of `model`; undefined when its price is unknown. */
  price(model: string, usage: Usage): number | undefined;
}

/** Builds the client (retries off: routes retry) and the defaults for a provider's options. */
export function createAnthropicCall(opts: AnthropicCallOptions): AnthropicCall {
  const client = new Anthropic({
    apiKey: opts.apiKey || 'not-set',
    baseURL: opts.baseUrl,
    maxRetries: 0,
    timeout: 10 * 60_000,
    fetch: fetchWithHeartbeat,
  });
  return {
    id: opts.id,
    client,
    model: opts.model,
    maxTokens: opts.maxTokens,
    price: (model, usage) => costOf(usage, opts.price?.(model)),
  };
}

/** The request options that carry the call's W3C trace context (so the upstream's spans join the trace). */
export function traceHeaders(req: ModelRequest): { headers?: Record<string, string> } {
  return req.span?.w3c ? { headers: req.span.w3c() } : {};
}
