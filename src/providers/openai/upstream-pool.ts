/**
 * @module One undici connection pool per upstream origin, shared by every provider that calls it: requests
 * go straight to the pool (no URL parsing and agent lookup per call, which showed in the gateway's profile),
 * and keep-alive connections are reused across providers on the same host.
 */
import type { Pool } from 'undici';

const pools = new Map<string, Promise<Pool>>();

/** A POST target: the pool for the URL's origin (undici loads on the first call, not with the project) and
 * the path to request on it. */
export interface Upstream {
  pool: Promise<Pool>;
  path: string;
}

/** The pool and path for an absolute URL (e.g. `https://api.openai.com/v1/chat/completions`). */
export function upstreamFor(url: string): Upstream {
  const u = new URL(url);
  let pool = pools.get(u.origin);
  if (!pool) {
    pool = import('undici').then(({ Pool }) => new Pool(u.origin));
    pools.set(u.origin, pool);
  }
  return { pool, path: `${u.pathname}${u.search}` };
}
