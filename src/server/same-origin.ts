/**
 * @module The guard against other websites on `/api/` and `/admin/`: a page elsewhere can make the user's
 * browser POST to a tandem on loopback (a "simple" cross-site request is sent without asking first), and
 * until a key exists nothing else would stop it from editing suites or leaving feedback. A request that
 * changes something must send JSON, and a browser's request from another origin is refused unless it
 * carries a key (a client that has one was given it on purpose).
 */
import type { MiddlewareHandler } from 'hono';

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The middleware: 415 for a body that is not JSON, 403 for another origin's browser without a key. */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (!CHANGES.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const keyed = Boolean(c.req.header('authorization') || c.req.header('x-api-key'));
    if (origin && !keyed && !sameHost(origin, c.req.header('host')))
      return refuse(c, 403, 'cross_origin', `requests from ${origin} need a key (Authorization: Bearer …)`);
    const type = c.req.header('content-type') ?? '';
    if (c.req.method !== 'DELETE' && !/^application\/(.+\+)?json\b/i.test(type))
      return refuse(
        c,
        415,
        'unsupported_media_type',
        `the body must be JSON (content-type: application/json), not ${type || 'untyped'}`,
      );
    return next();
  };
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function refuse(c: Parameters<MiddlewareHandler>[0], status: 403 | 415, code: string, message: string) {
  return c.json({ error: { message, type: 'invalid_request_error', param: null, code } }, status);
}
