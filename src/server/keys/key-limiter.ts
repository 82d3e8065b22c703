/**
 * @module Per-key request and token rates over a sliding minute of one-second buckets: memory per key is
 * fixed (60 counters), whatever the traffic. In memory, per process: several replicas each enforce the full
 * limit. With Redis, `redis/rate-windows.ts` shares the same window across replicas and this one serves
 * while Redis is unreachable.
 */

interface Window {
  /** The second each bucket counts; a bucket whose second left the minute is stale. */
  seconds: Float64Array;
  requests: Float64Array;
  tokens: Float64Array;
}

const SPAN = 60;

export interface LimitVerdict {
  ok: boolean;
  /** Seconds until the window has room again. */
  retryAfterS?: number;
  reason?: 'rpm' | 'tpm';
}

/** A limiter keyed by key id. */
export function createKeyLimiter(now: () => number = Date.now) {
  const windows = new Map<string, Window>();
  const bucket = (id: string) => {
    let w = windows.get(id);
    if (!w) {
      w = {
        seconds: new Float64Array(SPAN).fill(-1),
        requests: new Float64Array(SPAN),
        tokens: new Float64Array(SPAN),
      };
      windows.set(id, w);
    }
    const second = Math.floor(now() / 1000);
    const i = second % SPAN;
    if (w.seconds[i] !== second) {
      w.seconds[i] = second;
      w.requests[i] = 0;
      w.tokens[i] = 0;
    }
    return { w, i, second };
  };
  /** Sum of a counter over the live buckets, and the oldest live second that holds some of it. */
  const total = (w: Window, counts: Float64Array, second: number) => {
    let sum = 0;
    let oldest = second;
    for (let j = 0; j < SPAN; j++) {
      if (w.seconds[j]! > second - SPAN && counts[j]! > 0) {
        sum += counts[j]!;
        oldest = Math.min(oldest, w.seconds[j]!);
      }
    }
    return { sum, retryAfterS: Math.max(1, Math.ceil(((oldest + SPAN) * 1000 - now()) / 1000)) };
  };
  return {
    /** Admits one request (and counts it) unless the key is over its rpm or tpm. */
    admit(id: string, limits: { rpm?: number; tpm?: number }): LimitVerdict {
      const { w, i, second } = bucket(id);
      if (limits.rpm !== undefined) {
        const r = total(w, w.requests, second);
        if (r.sum >= limits.rpm) return { ok: false, reason: 'rpm', retryAfterS: r.retryAfterS };
      }
      if (limits.tpm !== undefined) {
        const t = total(w, w.tokens, second);
        if (t.sum >= limits.tpm) return { ok: false, reason: 'tpm', retryAfterS: t.retryAfterS };
      }
      w.requests[i]! += 1;
      return { ok: true };
    },
    /** Counts the tokens a finished request used. */
    addTokens(id: string, tokens: number): void {
      if (tokens <= 0) return;
      const { w, i } = bucket(id);
      w.tokens[i]! += tokens;
    },
  };
}
