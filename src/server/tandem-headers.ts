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
  /** The model that answered has no known price (its cost counts as 0): said, not hidden. */
  costUnknown?: boolean;
  overheadMs: number;
}

/** The headers as a record, for a response written straight to Node. */
export function tandemHeaders(f: AnswerFacts): Record<string, string> {
  return {
    'x-tandem-provider': f.provider,
    'x-tandem-attempts': String(f.attempts),
    'x-tandem-cache': f.cached ? 'hit' : 'miss',
    'x-tandem-cost-usd': f.costUsd.toFixed(6),
    'x-tandem-overhead-ms': Math.max(0, f.overheadMs).toFixed(3),
    ...(f.costUnknown ? { 'x-tandem-cost-unknown': 'true' } : {}),
  };
}

/** Sets the headers on the response being built. */
export function setTandemHeaders(c: Context, f: AnswerFacts): void {
  for (const [name, value] of Object.entries(tandemHeaders(f))) c.header(name, value);
}
