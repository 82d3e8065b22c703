/**
 * @module Anthropic's Messages API through the official SDK (its retries off: routes retry). The client and its
 * defaults: anthropic-call.ts; one answer: generate-anthropic.ts; a stream: stream-anthropic.ts.
 */
import type { Provider } from '../../core/index.js';
import { type AnthropicCallOptions, createAnthropicCall } from './anthropic-call.js';
import { generateAnthropic } from './generate-anthropic.js';
import { streamAnthropic } from './stream-anthropic.js';

/** An Anthropic provider is configured by exactly what its calls need. */
export type AnthropicProviderOptions = AnthropicCallOptions;

/** Creates a Provider for the Anthropic Messages API. */
export function createAnthropicProvider(opts: AnthropicProviderOptions): Provider {
  const call = createAnthropicCall(opts);
  return {
    id: opts.id,
    generate: (req) => generateAnthropic(call, req),
    stream: (req) => streamAnthropic(call, req),
  };
}
