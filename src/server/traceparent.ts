/**
 * @module W3C Trace Context on incoming requests: a valid `traceparent` header (and its `tracestate`) is
 * recorded on the request's trace, so tandem's spans join the caller's trace when exported over OTLP, and
 * the calls tandem makes upstream carry the same trace on.
 */
import type { Context } from 'hono';

// version 00, a 32-hex trace id and a 16-hex parent id (neither all zeros), 2-hex flags.
const TRACEPARENT = /^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;

/** The caller's trace context, as trace attributes. */
export type TraceContext = { traceparent: string; tracestate?: string } | Record<string, never>;

/**
 * The request's `traceparent` and `tracestate`, when the traceparent is one the W3C format allows; an invalid
 * one is ignored with its tracestate, as the spec says.
 */
export function traceparentOf(c: Context): TraceContext {
  const header = c.req.header('traceparent')?.trim().toLowerCase();
  if (!header || !TRACEPARENT.test(header)) return {};
  const state = c.req.header('tracestate')?.trim();
  return state ? { traceparent: header, tracestate: state } : { traceparent: header };
}
