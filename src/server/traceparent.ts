/**
 * @module W3C Trace Context on incoming requests: a valid `traceparent` header is recorded on the request's
 * trace, so tandem's spans join the caller's trace when exported over OTLP.
 */
import type { Context } from 'hono';

// version 00, a 32-hex trace id and a 16-hex parent id (neither all zeros), 2-hex flags.
const TRACEPARENT = /^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;

/** The request's `traceparent`, when it is one the W3C format allows; an invalid one is ignored, as the spec says. */
export function traceparentOf(c: Context): { traceparent: string } | Record<string, never> {
  const header = c.req.header('traceparent')?.trim().toLowerCase();
  return header && TRACEPARENT.test(header) ? { traceparent: header } : {};
}
