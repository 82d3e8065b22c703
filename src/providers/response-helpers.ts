/**
 * @module Small helpers shared by providers that compute their answer locally (echo, extractive, script, scripted).
 */
import {
  estimateTokens,
  type ModelRequest,
  type ModelResponse,
  type StreamEvent,
  type Usage,
} from '../core/index.js';

/** Usage estimated from the request's messages and the answer text. */
export function estimateUsage(req: ModelRequest, answer: string): Usage {
  const inputTokens = req.messages.reduce((n, m) => n + estimateTokens(m.content), 0);
  const outputTokens = estimateTokens(answer);
  return { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens };
}

/** Fills the fields a partial answer left out, so every provider returns a whole ModelResponse. */
export function completeResponse(
  partial: Partial<ModelResponse>,
  req: ModelRequest,
  provider: string,
  started: number,
): ModelResponse {
  const text = partial.text ?? '';
  // Object.assign, not a spread: on Node 20 a spread copy given more properties gets a new hidden class
  // per call, which only a full GC frees (see the note in tracing/trace.ts).
  return Object.assign({}, partial, {
    text,
    finishReason: partial.finishReason ?? (partial.toolCalls?.length ? 'tool-calls' : 'stop'),
    usage: partial.usage ?? estimateUsage(req, text),
    model: partial.model ?? req.model ?? provider,
    provider: partial.provider ?? provider,
    latencyMs: partial.latencyMs ?? performance.now() - started,
    costUsd: partial.costUsd ?? 0,
  });
}

/** A stream made from a whole response: word-sized text deltas, then tool calls, then finish. */
export async function* streamFromResponse(response: ModelResponse): AsyncIterable<StreamEvent> {
  for (const piece of response.text.match(/\S+\s*|\s+/g) ?? [])
    yield { type: 'text-delta', text: piece, model: response.model };
  for (const toolCall of response.toolCalls ?? []) yield { type: 'tool-call', toolCall };
  yield { type: 'finish', response };
}

/** Throws the signal's reason if the request was already aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new Error('aborted');
}
