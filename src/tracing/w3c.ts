/**
 * @module W3C Trace Context ids as tandem exports them: a trace's id is the caller's (from the `traceparent`
 * it came with) or derived from tandem's own trace id, and a span's id is derived from tandem's span id. The
 * OTLP export and the `traceparent` sent upstream use the same ids, so a provider's spans join tandem's.
 */
import { sha256 } from '../core/index.js';

/** The caller's context a trace joins, from its root span's attributes. */
export interface CallerContext {
  traceId?: string;
  parentSpanId?: string;
  flags?: string;
  tracestate?: string;
}

/** The caller's context recorded on a root span (`traceparent`, `tracestate` attributes). */
export function callerContextOf(rootAttributes: Record<string, unknown>): CallerContext {
  const tp = rootAttributes.traceparent;
  if (typeof tp !== 'string') return {};
  const [, traceId, parentSpanId, flags] = tp.split('-');
  if (!traceId || !parentSpanId) return {};
  const tracestate = rootAttributes.tracestate;
  return {
    traceId,
    parentSpanId,
    ...(flags ? { flags } : {}),
    ...(typeof tracestate === 'string' ? { tracestate } : {}),
  };
}

/** The 32-hex trace id tandem's trace `id` is exported under. */
export const exportedTraceId = (id: string, caller: CallerContext) =>
  caller.traceId ?? sha256(id).slice(0, 32);

/** The 16-hex span id tandem's span `id` is exported under. */
export const exportedSpanId = (id: string) => sha256(id).slice(0, 16);

/** The headers that carry a span's context to a service it calls. */
export function w3cHeaders(traceId: string, spanId: string, caller: CallerContext): Record<string, string> {
  return {
    traceparent: `00-${exportedTraceId(traceId, caller)}-${exportedSpanId(spanId)}-${caller.flags ?? '01'}`,
    ...(caller.tracestate ? { tracestate: caller.tracestate } : {}),
  };
}
