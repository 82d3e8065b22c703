/**
 * @module Per-key request and token rates over a sliding minute. In memory, per process: several replicas
 * each enforce the full limit (a Redis-backed limiter is the place to share it).
 */

interface Window {
  /** Request timestamps (ms) within the last minute. */
  requests: number[];
  /** [timestamp, tokens] within the last minute. */
  tokens: Array<[number, number]>;
}

const MINUTE = 60_000;

export interface LimitVerdict {
  ok: boolean;
  /** Seconds until the window has room again. */
  retryAfterS?: number;
  reason?: 'rpm' | 'tpm';
}

/** A limiter keyed by key id. */
export function createKeyLimiter(now: () => number = Date.now) {
  const windows = new Map<string, Window>();
  const get = (id: string) => {
    let w = windows.get(id);
    if (!w) {
      w = { requests: [], tokens: [] };
      windows.set(id, w);
    }
    const cutoff = now() - MINUTE;
    while (w.requests.length && w.requests[0]! <= cutoff) w.requests.shift();
    while (w.tokens.length && w.tokens[0]![0] <= cutoff) w.tokens.shift();
    return w;
  };
  const wait = (oldest: number) => Math.max(1, Math.ceil((oldest + MINUTE - now()) / 1000));
  return {
    /** Admits one request (and counts it) unless the key is over its rpm or tpm. */
    admit(id: string, limits: { rpm?: number; tpm?: number }): LimitVerdict {
      const w = get(id);
      if (limits.rpm !== undefined && w.requests.length >= limits.rpm)
        return { ok: false, reason: 'rpm', retryAfterS: wait(w.requests[0]!) };
      if (limits.tpm !== undefined) {
        const used = w.tokens.reduce((n, [, t]) => n + t, 0);
        if (used >= limits.tpm) return { ok: false, reason: 'tpm', retryAfterS: wait(w.tokens[0]![0]) };
      }
      w.requests.push(now());
      return { ok: true };
    },
    /** Counts the tokens a finished request used. */
    addTokens(id: string, tokens: number): void {
      if (tokens > 0) get(id).tokens.push([now(), tokens]);
    },
  };
}
