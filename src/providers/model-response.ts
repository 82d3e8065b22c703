/**
 * @module The last step every SDK-backed provider shares: what it read from an answer (text, tool calls, finish
 * reason, usage, model) plus the call's bookkeeping (who answered, how long it took, what it cost).
 */
import type { FinishReason, ModelResponse, ToolCall, Usage } from '../core/index.js';

/** What a provider read from an upstream's answer. */
export interface Answer {
  text: string;
  toolCalls: ToolCall[];
  finishReason: FinishReason;
  usage: Usage;
  /** The model that answered, as the upstream named it (or the one asked for). */
  model: string;
}

/** The call's facts that are not in the answer. */
export interface CallFacts {
  provider: string;
  /** `performance.now()` when the call started. */
  started: number;
  costUsd: number | undefined;
}

/** A whole ModelResponse; `toolCalls` only when there are some, so a plain answer compares equal to `{ text… }`. */
export function toModelResponse(answer: Answer, call: CallFacts): ModelResponse {
  return {
    text: answer.text,
    ...(answer.toolCalls.length ? { toolCalls: answer.toolCalls } : {}),
    finishReason: answer.finishReason,
    usage: answer.usage,
    model: answer.model,
    provider: call.provider,
    latencyMs: performance.now() - call.started,
    costUsd: call.costUsd,
  };
}
