/**
 * @module The state one app run carries from stage to stage.
 */
import type { ContextDocument, Grounding, Message, ModelResponse, Usage } from '../../core/index.js';
import type { RequestGuard } from '../../guardrails/index.js';
import { startTrace, type Trace } from '../../tracing/index.js';
import type { AppParts } from '../app-parts.js';
import type { AppInput, AppResult, RunContext } from '../app-types.js';

export interface RunState {
  readonly parts: AppParts;
  readonly ctx: RunContext;
  readonly trace: Trace;
  readonly guard?: RequestGuard;
  readonly started: number;
  /** The inputs as the model may see them (redacted by the input guardrails). */
  vars: Record<string, unknown>;
  history: Message[];
  /** Passages given to the model, best first. */
  documents: Array<ContextDocument & { score?: number }>;
  /** The answer as the trace keeps it (placeholders, not the user's values). */
  recordedText?: string;
  /** Whether the passages can answer the question (apps with a knowledge base). */
  grounding?: Grounding;
  /** A route that answers instead of the app's own (a `grounded` guardrail's fallback). */
  answerRoute?: string;
}

/** Starts a run: its trace, its guardrails' request state, its inputs. */
export function beginRun(parts: AppParts, input: AppInput, ctx: RunContext, streaming: boolean): RunState {
  const trace = startTrace({
    name: parts.name,
    kind: 'app',
    // With guardrails the input is recorded only once they have redacted it.
    input: parts.guard ? undefined : recordedInput(input.vars ?? {}, input.history ?? []),
    captureContent: parts.captureContent,
    ...(ctx.apiKey ? { apiKey: ctx.apiKey } : {}),
    attributes: {
      prompt: parts.prompt.name,
      promptVersion: parts.prompt.version,
      streaming,
      ...(ctx.traceparent ? { traceparent: ctx.traceparent } : {}),
      ...(ctx.traceparent && ctx.tracestate ? { tracestate: ctx.tracestate } : {}),
    },
  });
  return {
    parts,
    ctx,
    trace,
    ...(parts.guard ? { guard: parts.guard.begin() } : {}),
    started: performance.now(),
    vars: input.vars ?? {},
    history: input.history ?? [],
    documents: input.documents ?? [],
  };
}

/** The input a trace records. */
export function recordedInput(vars: Record<string, unknown>, history: Message[]) {
  return { vars, ...(history.length ? { history } : {}) };
}

/** A run a guardrail stopped: its refusal, with whatever model calls were made before. */
export function refusal(s: RunState, message: string, responses: ModelResponse[] = []): AppResult {
  return {
    app: s.parts.name,
    text: message,
    citations: [],
    retrieved: [],
    ...(s.grounding ? { grounding: s.grounding } : {}),
    toolCalls: [],
    guardrails: s.guard?.decisions ?? [],
    blocked: true,
    usage: sumUsage(responses),
    costUsd: sumCost(responses),
    latencyMs: performance.now() - s.started,
    model: 'none',
    provider: 'guardrail',
    finishReason: 'content-filter',
    modelCalls: responses.length,
    modelMs: responses.reduce((ms, r) => ms + r.latencyMs, 0),
    cached: false,
    prompt: { name: s.parts.prompt.name, version: s.parts.prompt.version },
    traceId: s.trace.id,
    messages: [],
  };
}

/** Tokens over several model calls. */
export function sumUsage(responses: ModelResponse[]): Usage {
  const u: Usage = { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
  for (const r of responses) {
    u.inputTokens += r.usage.inputTokens;
    u.outputTokens += r.usage.outputTokens;
    u.totalTokens += r.usage.totalTokens;
  }
  return u;
}

/** Cost over several model calls. */
export const sumCost = (responses: ModelResponse[]): number =>
  responses.reduce((c, r) => c + (r.costUsd ?? 0), 0);

/**
 * A run a `grounded` guardrail answered with its fixed message (a `fallback` with `message:`), no model call: it
 * declined, and says why as an answer the answerer declined does (`declined`, `declinedReason`).
 */
export function fixedAnswer(s: RunState, message: string): AppResult {
  s.recordedText = message;
  const { blocked: _, ...rest } = refusal(s, message);
  return {
    ...rest,
    declined: true,
    declinedReason: s.grounding?.reason ?? 'the passages cannot answer it',
    retrieved: retrievedOf(s.documents),
    finishReason: 'stop',
    messages: [{ role: 'assistant', content: message }],
  };
}

/** The passages a result lists: where each came from and its score. */
export function retrievedOf(documents: RunState['documents']): AppResult['retrieved'] {
  return documents.map((d) => ({ id: d.id, docId: d.docId ?? d.id, source: d.source, score: d.score }));
}
