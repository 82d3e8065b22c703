/**
 * @module Why a request with a key is refused: the status, the message a caller reads, an OpenAI-style
 * code, and when to try again.
 */
import type { ApiKeyRecord } from '../../store/index.js';

/** Why a request is refused: its status, message, OpenAI-style code, and when to retry. */
export interface Denial {
  status: 401 | 403 | 429 | 503;
  message: string;
  code: string;
  retryAfterS?: number;
}

const startOfNextUtcDay = (now: number) => {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
};
const startOfNextUtcMonth = (now: number) => {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
};

/** The key spent its daily or monthly budget. */
export function budgetDenial(
  key: ApiKeyRecord,
  period: 'day' | 'month',
  spentUsd: number,
  now: number,
): Denial {
  if (period === 'day')
    return {
      status: 429,
      message: `API key "${key.name}" spent its daily budget ($${spentUsd.toFixed(4)} of $${key.budgetUsdDay}); it resets at 00:00 UTC`,
      code: 'insufficient_quota',
      retryAfterS: Math.ceil((startOfNextUtcDay(now) - now) / 1000),
    };
  return {
    status: 429,
    message: `API key "${key.name}" spent its monthly budget ($${spentUsd.toFixed(4)} of $${key.budgetUsdMonth}); it resets on the 1st, 00:00 UTC`,
    code: 'insufficient_quota',
    retryAfterS: Math.ceil((startOfNextUtcMonth(now) - now) / 1000),
  };
}

/** The key is over its requests or tokens per minute. */
export function rateDenial(
  key: ApiKeyRecord,
  verdict: { reason?: 'rpm' | 'tpm'; retryAfterS?: number },
): Denial {
  const what = verdict.reason === 'rpm' ? `${key.rpm} requests` : `${key.tpm} tokens`;
  return {
    status: 429,
    message: `API key "${key.name}" is over its ${what} per minute`,
    code: 'rate_limit_exceeded',
    retryAfterS: verdict.retryAfterS,
  };
}

/** The shared counters are unreachable and the server is set to refuse rather than count per replica. */
export function countersDown(key: ApiKeyRecord, url: string): Denial {
  return {
    status: 503,
    message: `API key "${key.name}" has limits shared through Redis at ${url}, which is unreachable; try again shortly`,
    code: 'limits_unavailable',
    retryAfterS: 1,
  };
}
