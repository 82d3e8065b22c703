/**
 * @module Draining a server that is asked to stop: `/readyz` says 503 so load balancers stop sending, new work
 * is refused with a 503 the SDKs retry elsewhere, requests in flight finish; at the deadline those still
 * open are ended (their streams get an error event and their traces say ABORTED) rather than cut mid-byte.
 */
import { setMaxListeners } from 'node:events';
import type { MiddlewareHandler } from 'hono';
import { TandemError } from '../core/index.js';

declare module 'hono' {
  interface ContextVariableMap {
    /** Fires when the server ends the requests still open at its shutdown deadline. */
    stopSignal: AbortSignal;
  }
}

// Probes and scrapes keep answering while the server drains: they are how it says it is draining.
const ALWAYS_ANSWERED = new Set(['/healthz', '/readyz', '/metrics']);

/** The drain state of one server, and the middleware that applies it. */
export function createDrain() {
  let draining = false;
  let open = 0;
  let idle: (() => void) | undefined;
  const stop = new AbortController();
  setMaxListeners(0, stop.signal); // one listener per request in flight: many is normal, not a leak
  const middleware: MiddlewareHandler = async (c, next) => {
    if (ALWAYS_ANSWERED.has(c.req.path)) return next();
    if (draining) {
      c.header('connection', 'close');
      c.header('retry-after', '1');
      return c.json(
        {
          error: {
            message: 'the server is shutting down; send the request again (to another replica)',
            type: 'api_error',
            param: null,
            code: 'shutting_down',
          },
        },
        503,
      );
    }
    open++;
    c.set('stopSignal', stop.signal);
    try {
      await next();
    } finally {
      if (--open === 0) idle?.();
    }
  };
  return {
    middleware,
    draining: () => draining,
    /** From now on `/readyz` answers 503 and new requests are refused. */
    stopping: () => {
      draining = true;
    },
    /** Resolves once no request is in flight. */
    inFlight: (): Promise<void> =>
      open === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            idle = resolve;
          }),
    /** Ends every request still in flight: their model calls stop, streams end with an error event. */
    cutOff: () => stop.abort(new TandemError('ABORTED', 'the server shut down before the answer ended')),
  };
}
