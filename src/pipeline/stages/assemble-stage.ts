import type { ModelResponse } from '../../core/index.js';
import type { AppResult } from '../app-types.js';
import { citationsFromMarkers } from '../retrieval-context.js';
import { type RunState, retrievedOf, sumCost, sumUsage } from './run-state.js';
import type { Turn } from './turn.js';

/**
 * Stage 7, assemble: the result of a run from its final answer. The user gets their own redacted values
 * back; the trace keeps the placeholders.
 */
export function assembleStage(
  s: RunState,
  turn: Turn,
  res: ModelResponse,
  answer: { text: string; blocked: boolean; output?: unknown },
): AppResult {
  const { text, blocked } = answer;
  turn.messages.push({ role: 'assistant', content: text });
  s.recordedText = text;
  const responses = turn.responses;
  return {
    app: s.parts.name,
    text: s.guard ? s.guard.unredact(text) : text,
    guardrails: s.guard?.decisions ?? [],
    ...(blocked ? { blocked } : {}),
    ...(res.declined && !blocked ? { declined: true, declinedReason: declinedReason(s) } : {}),
    ...(turn.json ? { output: answer.output } : {}),
    citations: blocked ? [] : (res.citations ?? citationsFromMarkers(text, s.documents)),
    retrieved: retrievedOf(s.documents),
    ...(s.grounding ? { grounding: s.grounding } : {}),
    toolCalls: turn.toolCalls,
    usage: sumUsage(responses),
    costUsd: sumCost(responses),
    ...(responses.some((r) => r.costUsd === undefined) ? { costUnknown: true } : {}),
    latencyMs: performance.now() - s.started,
    model: res.model,
    provider: res.provider,
    finishReason: res.finishReason,
    modelCalls: responses.length,
    modelMs: responses.reduce((ms, r) => ms + r.latencyMs, 0),
    cached: responses.every((r) => r.cached),
    prompt: { name: s.parts.prompt.name, version: s.parts.prompt.version },
    traceId: s.trace.id,
    messages: turn.messages,
  };
}

// Why the answer says it does not know: the verdict's reason when the passages do not cover the question, else
// that no sentence of them answered closely enough (the verdict may say they cover it).
const declinedReason = (s: RunState) =>
  s.grounding?.grounded === false
    ? s.grounding.reason
    : 'no sentence of the passages answers it closely enough';
