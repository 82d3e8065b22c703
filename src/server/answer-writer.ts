/**
 * @module One streamed answer as a wire format writes it, whatever produced it (a model, a route, an app):
 * text as it arrives, then the end with the whole response, or an error once the stream is the client's.
 * Each method throws ABORTED when the client has gone.
 */
import type { ModelResponse } from '../core/index.js';

/** What an app adds to its answer's last event (`tandem` in the JSON): trace id, citations, guardrails. */
export type AnswerExtras = Record<string, unknown>;

export interface AnswerWriter {
  /** A piece of the answer's text; `model` is the model writing it, when known (the answer names it). */
  text(t: string, model?: string): Promise<void>;
  /** The end: tool calls, finish reason and usage of the whole response. */
  finish(res: ModelResponse, extras?: AnswerExtras): Promise<void>;
  /** Ends the stream with an error event the SDKs raise (the status line is long gone). */
  fail(err: unknown): Promise<void>;
}
