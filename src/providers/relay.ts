/**
 * @module Byte-for-byte relay, an optional capability of a provider: one that speaks a wire format (a Chat
 * Completions or a Responses body) can send a client's request as it is and hand back the upstream's own bytes. The
 * server asks for it with `relayOf`; providers and routes that lack it answer translated, from `messages`.
 */
import type { ModelRequest, ModelResponse, Provider, StreamEvent } from '../core/index.js';

/** The wire formats a provider can relay: OpenAI's Chat Completions and Responses bodies. */
export type RelayFormat = 'openai-chat' | 'openai-responses';

/** A client's request body in that format, sent as it is (only the model is set by the provider). */
export type RelayBody = Record<string, unknown>;

/**
 * A relayed call's answer: the books, as `generate` returns them, and the upstream's bytes. `bytes` is absent
 * when a route's target that cannot relay answered instead (translated, from the request's `messages`). On the
 * finish event of a relayed Responses stream, `bytes` is the final response object's JSON.
 */
export type RelayedResponse = ModelResponse & { bytes?: string };

/** Whole SSE events as the upstream sent them, in a relayed stream (instead of deltas). */
export interface BytesEvent {
  type: 'bytes';
  text: string;
  /** The provider that sent them (inside a route: the target that answered). */
  provider: string;
}

/** A relayed stream's events: bytes from a relaying target, deltas from one that answered translated. */
export type RelayedEvent = StreamEvent | BytesEvent;

/** The capability: `req` mirrors `body` (its `messages` and settings), for the books, spans and routes. */
export interface Relay {
  readonly format: RelayFormat;
  generate(body: RelayBody, req: ModelRequest): Promise<RelayedResponse>;
  stream(body: RelayBody, req: ModelRequest): AsyncIterable<RelayedEvent>;
}

/** A provider that can relay. */
export type RelayingProvider = Provider & { relay: Relay };

/** The relay `provider` offers for `format` (for any format when left out), if any. */
export function relayOf(provider: Provider, format?: RelayFormat): Relay | undefined {
  const relay = (provider as Partial<RelayingProvider>).relay;
  return relay && (format === undefined || relay.format === format) ? relay : undefined;
}
