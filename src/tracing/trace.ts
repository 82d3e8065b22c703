/**
 * @module Collects the spans of one run in memory and turns them into a TraceRecord when the run ends.
 */
import {
  type Attributes,
  newId,
  redactSecrets,
  redactSecretsDeep,
  type SpanHandle,
  type SpanKind,
  type SpanOutcome,
  type Usage,
} from '../core/index.js';
import type { SpanRecord, TraceRecord } from '../store/index.js';
import { scrubSpan } from './scrub-span.js';
import { callerContextOf, w3cHeaders } from './w3c.js';

export interface StartTraceOptions {
  name: string;
  kind: TraceRecord['kind'];
  input?: unknown;
  /**
   * When false, inputs, outputs and span attributes that carry content (a retrieval query, tool arguments,
   * guardrail evidence…) are not kept: only names, timings, tokens, cost and errors.
   */
  captureContent?: boolean;
  attributes?: Attributes;
  /** The virtual API key a served request came with. */
  apiKey?: string;
  now?: () => number;
}

export interface Trace {
  readonly id: string;
  readonly root: SpanHandle;
  /** Replaces the recorded input (after guardrails redacted it: raw values never reach the store). */
  setInput(input: unknown): void;
  /** Ends the root span and returns the record to store. Tokens and cost are summed over model spans. */
  finish(outcome: { output?: unknown; error?: unknown }): TraceRecord;
}

/** Starts a trace whose root span is named after what runs. */
export function startTrace(opts: StartTraceOptions): Trace {
  const now = opts.now ?? performance.now.bind(performance);
  const epoch = Date.now() - now();
  const traceId = newId('tr_');
  const spans: SpanRecord[] = [];
  const capture = opts.captureContent !== false;
  const caller = callerContextOf(opts.attributes ?? {});

  const open = (
    name: string,
    kind: SpanKind,
    parentId: string | undefined,
    attributes: Attributes,
  ): SpanHandle => {
    const start = now();
    const record: SpanRecord = {
      id: newId('sp_'),
      traceId,
      ...(parentId ? { parentId } : {}),
      name,
      kind,
      startedAt: Math.round(epoch + start),
      durationMs: 0,
      status: 'ok',
      // Object.assign, not a spread: on Node 20 an object copied with `{ ...x }` and then given more
      // properties gets a new hidden class each time, which only a full GC frees (per model call, this grew
      // a long eval's heap ~1 KB a sample: bench/eval-overhead --only memory).
      attributes: Object.assign({}, attributes),
    };
    spans.push(record);
    let ended = false;
    return {
      traceId,
      spanId: record.id,
      child: (childName, childKind, attrs = {}) => open(childName, childKind, record.id, attrs),
      set: (attrs) => Object.assign(record.attributes, attrs),
      w3c: () => w3cHeaders(traceId, record.id, caller),
      end: (outcome: SpanOutcome = {}) => {
        if (ended) return; // a span ends once; later calls (e.g. from cleanup paths) are ignored
        ended = true;
        record.durationMs = round(now() - start);
        applyOutcome(record, outcome);
      },
    };
  };

  const root = open(opts.name, opts.kind === 'request' ? 'route' : 'app', undefined, opts.attributes ?? {});
  const rootRecord = spans[0]!;
  let recordedInput = opts.input;
  return {
    id: traceId,
    root,
    setInput(input) {
      recordedInput = input;
    },
    finish({ output, error }) {
      root.end(error !== undefined ? { error } : {});
      const { usage, costUsd, model } = modelTotals(spans);
      return {
        id: traceId,
        name: opts.name,
        kind: opts.kind,
        status: error !== undefined ? statusOf(error) : 'ok',
        startedAt: rootRecord.startedAt,
        durationMs: rootRecord.durationMs,
        usage,
        costUsd,
        // Content is kept (secrets a user pasted redacted) unless the project turned capture off.
        ...(capture ? { input: redactSecretsDeep(recordedInput), output: redactSecretsDeep(output) } : {}),
        ...(error !== undefined ? { error: redactSecrets(errorText(error)) } : {}),
        ...(opts.apiKey ? { apiKey: opts.apiKey } : {}),
        ...(model ? { model } : {}),
        spans: spans.map((s) => scrubSpan(s, capture)),
      };
    },
  };
}

// What the trace's model calls spent, and the model of the last one that answered (a route answered from
// the cache makes no model call: its span names the model that first gave the answer).
function modelTotals(spans: SpanRecord[]): { usage: Usage; costUsd: number; model?: string } {
  const usage: Usage = { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
  let costUsd = 0;
  let model: string | undefined;
  for (const s of spans) {
    if (s.kind === 'route' && s.attributes.cached === true) model = answeringModel(s) ?? model;
    if (s.kind !== 'model') continue;
    model = answeringModel(s) ?? model;
    if (s.usage) {
      usage.inputTokens += s.usage.inputTokens;
      usage.outputTokens += s.usage.outputTokens;
      usage.totalTokens += s.usage.totalTokens;
    }
    costUsd += s.costUsd ?? 0;
  }
  return { usage, costUsd, ...(model ? { model } : {}) };
}

// The model a successful model call reports (the upstream's name for it), else the one it asked for.
function answeringModel(s: SpanRecord): string | undefined {
  if (s.status !== 'ok') return undefined;
  const m = s.attributes.model ?? s.attributes.requestModel;
  return typeof m === 'string' && m ? m : undefined;
}

// What a span's end says about it: attributes, spend, and how it went.
function applyOutcome(record: SpanRecord, outcome: SpanOutcome): void {
  if (outcome.attributes) Object.assign(record.attributes, outcome.attributes);
  if (outcome.usage) record.usage = outcome.usage;
  if (outcome.costUsd !== undefined) record.costUsd = outcome.costUsd;
  const failed = outcome.error !== undefined || (outcome.status ?? 'ok') !== 'ok';
  if (!failed) return;
  record.status = outcome.status ?? statusOf(outcome.error);
  if (outcome.error !== undefined) record.error = errorText(outcome.error);
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

// A run its caller stopped is not a fault of what it called: traced as aborted, not as an error.
function statusOf(err: unknown): 'error' | 'aborted' {
  const e = err as { code?: unknown; name?: unknown } | undefined;
  return e && (e.code === 'ABORTED' || e.name === 'AbortError') ? 'aborted' : 'error';
}

function errorText(err: unknown): string {
  if (err instanceof Error) return 'code' in err ? `${String(err.code)}: ${err.message}` : err.message;
  return String(err);
}
