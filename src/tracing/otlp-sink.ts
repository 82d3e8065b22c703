/**
 * @module OTLP/HTTP export of traces (JSON encoding) with the OpenTelemetry GenAI semantic conventions
 * (`gen_ai.*` on model spans), so Jaeger, Tempo, Honeycomb, Langfuse… show what tandem ran. Exports happen in
 * batches off the hot path; a collector that is down costs dropped exports (reported once), never a request.
 */
import type { SpanRecord, TraceRecord } from '../store/index.js';
import type { TraceSink } from './trace-sink.js';
import { type CallerContext, callerContextOf, exportedSpanId, exportedTraceId } from './w3c.js';

export interface OtlpOptions {
  /** Collector base URL; spans go to `<endpoint>/v1/traces`. */
  endpoint: string;
  headers?: Record<string, string>;
  serviceName?: string;
  maxBatch?: number;
  flushMs?: number;
  /** Where a failed export is reported (once until an export succeeds again). */
  warn?: (message: string) => void;
}

type AnyValue =
  | { stringValue: string }
  | { intValue: string }
  | { doubleValue: number }
  | { boolValue: boolean }
  | { arrayValue: { values: AnyValue[] } };
const value = (v: unknown): AnyValue | undefined => {
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v };
  if (v === undefined || v === null) return undefined;
  // Arrays of plain values are OTLP arrays (finish reasons); anything else is kept as JSON text.
  if (Array.isArray(v) && v.every((x) => ['string', 'number', 'boolean'].includes(typeof x)))
    return { arrayValue: { values: v.map((x) => value(x)!) } };
  return { stringValue: JSON.stringify(v) };
};
const attrs = (o: Record<string, unknown>) =>
  Object.entries(o).flatMap(([key, v]) => {
    const val = value(v);
    return val ? [{ key, value: val }] : [];
  });
const nanos = (ms: number) => `${BigInt(Math.round(ms * 1000)) * 1000n}`;

/** One span in OTLP JSON; model and tool spans carry the GenAI semantic conventions' attributes. */
function toOtlpSpan(t: TraceRecord, s: SpanRecord, caller: CallerContext) {
  const a = s.attributes;
  const model = typeof a.model === 'string' ? a.model : undefined;
  const {
    model: _m,
    provider: _p,
    finishReason: _f,
    system: _s,
    requestModel: _r,
    errorType: _e,
    operation: _o,
    ...rest
  } = a;
  return {
    traceId: exportedTraceId(t.id, caller),
    spanId: exportedSpanId(s.id),
    ...(s.parentId
      ? { parentSpanId: exportedSpanId(s.parentId) }
      : caller.parentSpanId
        ? { parentSpanId: caller.parentSpanId }
        : {}),
    name: spanName(s, model),
    kind: s.kind === 'model' ? 3 : 1, // CLIENT for model calls, INTERNAL otherwise
    startTimeUnixNano: nanos(s.startedAt),
    endTimeUnixNano: nanos(s.startedAt + s.durationMs),
    attributes: attrs({
      ...genAiAttributes(s),
      ...(s.status !== 'ok'
        ? { 'error.type': typeof a.errorType === 'string' ? a.errorType : s.status }
        : {}),
      'tandem.span.kind': s.kind,
      ...(s.costUsd !== undefined ? { 'tandem.cost_usd': s.costUsd } : {}),
      ...(s.parentId
        ? {}
        : {
            'tandem.trace.id': t.id,
            'tandem.trace.kind': t.kind,
            ...(t.apiKey ? { 'tandem.api_key': t.apiKey } : {}),
          }),
      ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [`tandem.${k}`, v])),
    }),
    // OTLP has no status for a cancelled call: an abort is an error whose message says so.
    status: s.status === 'ok' ? { code: 1 } : { code: 2, message: s.error ?? s.status },
  };
}

// "chat <model>" for a model call and "execute_tool <tool>" for a tool call, as the conventions name them.
function spanName(s: SpanRecord, model: string | undefined): string {
  if (s.kind === 'model') return `${s.attributes.operation ?? 'chat'} ${model ?? s.name}`;
  if (s.kind === 'tool' && typeof s.attributes.tool === 'string') return `execute_tool ${s.attributes.tool}`;
  return s.name;
}

// gen_ai.* for model calls (the system called, requested and answering model, usage, finish reasons) and tool calls.
function genAiAttributes(s: SpanRecord): Record<string, unknown> {
  const a = s.attributes;
  if (s.kind === 'tool') return { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': a.tool };
  if (s.kind !== 'model') return {};
  const requested = a.requestModel ?? a.model;
  return {
    'gen_ai.operation.name': a.operation ?? 'chat',
    'gen_ai.provider.name': a.system ?? a.provider ?? s.name.replace(/^model /, ''),
    ...(requested ? { 'gen_ai.request.model': requested } : {}),
    ...(s.status === 'ok' && a.model ? { 'gen_ai.response.model': a.model } : {}),
    ...(s.usage
      ? {
          'gen_ai.usage.input_tokens': s.usage.inputTokens,
          'gen_ai.usage.output_tokens': s.usage.outputTokens,
        }
      : {}),
    ...(typeof a.finishReason === 'string' ? { 'gen_ai.response.finish_reasons': [a.finishReason] } : {}),
  };
}

/** The caller's trace a request joins (its W3C traceparent, recorded on the root span). */
function callerOf(t: TraceRecord): CallerContext {
  return callerContextOf(t.spans.find((s) => !s.parentId)?.attributes ?? {});
}

/** The OTLP/HTTP JSON body for some traces. */
export function toOtlpRequest(traces: TraceRecord[], serviceName = 'tandem') {
  return {
    resourceSpans: [
      {
        resource: { attributes: attrs({ 'service.name': serviceName }) },
        scopeSpans: [
          {
            scope: { name: 'tandem' },
            spans: traces.flatMap((t) => {
              const caller = callerOf(t);
              return t.spans.map((s) => toOtlpSpan(t, s, caller));
            }),
          },
        ],
      },
    ],
  };
}

/** Wraps `inner`: every trace still goes there, and is also exported to the collector in batches. */
export function otlpSink(inner: TraceSink, o: OtlpOptions): TraceSink {
  const url = `${o.endpoint.replace(/\/+$/, '')}/v1/traces`;
  const maxBatch = o.maxBatch ?? 256;
  let queue: TraceRecord[] = [];
  let timer: NodeJS.Timeout | undefined;
  let failing = false;
  let sending: Promise<void> = Promise.resolve();

  const send = async (batch: TraceRecord[]) => {
    try {
      // undici loads with the first export, not with every project that could export.
      const { request } = await import('undici');
      const res = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...o.headers },
        body: JSON.stringify(toOtlpRequest(batch, o.serviceName)),
        headersTimeout: 10_000,
        bodyTimeout: 10_000,
      });
      await res.body.dump();
      if (res.statusCode >= 300) throw new Error(`status ${res.statusCode}`);
      failing = false;
    } catch (err) {
      if (!failing)
        (o.warn ?? ((m) => process.stderr.write(`${m}\n`)))(
          `OTLP export to ${url} failed (${(err as Error).message}); traces stay in the store`,
        );
      failing = true;
    }
  };
  const drain = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!queue.length) return sending;
    const batch = queue;
    queue = [];
    sending = sending.then(() => send(batch));
    return sending;
  };
  return {
    async write(trace) {
      await inner.write(trace);
      if (queue.length >= 10_000) return; // a collector that is down must not grow memory without bound
      queue.push(trace);
      if (queue.length >= maxBatch) void drain();
      else if (!timer) {
        timer = setTimeout(() => void drain(), o.flushMs ?? 1000);
        timer.unref();
      }
    },
    async flush() {
      await inner.flush();
      await drain();
    },
    // The store only: a slow or absent collector must not hold up the caller.
    flushToStore: () => (inner.flushToStore ? inner.flushToStore() : inner.flush()),
    ...(inner.health ? { health: () => inner.health!() } : {}),
  };
}
