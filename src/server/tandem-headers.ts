/**
 * @module The `x-tandem-*` response headers every model endpoint sets: who answered, after how many attempts,
 * from the cache or not, what it cost, and the time tandem itself added.
 */
import type { Context } from 'hono';

export interface AnswerFacts {
  provider: string;
  attempts: number;
  cached: boolean;
  costUsd: number;
  overheadMs: number;
}

/** Sets the headers on the response being built. */
export function setTandemHeaders(c: Context, f: AnswerFacts): void {
  c.header('x-tandem-provider', f.provider);
  c.header('x-tandem-attempts', String(f.attempts));
  c.header('x-tandem-cache', f.cached ? 'hit' : 'miss');
  c.header('x-tandem-cost-usd', f.costUsd.toFixed(6));
  c.header('x-tandem-overhead-ms', Math.max(0, f.overheadMs).toFixed(3));
}
