/**
 * @module Maps what upstreams say (HTTP statuses, Retry-After, aborted sockets) to TandemErrors with a
 * `retryable` flag, so routes decide from typed fields and never parse messages.
 */
import { isTandemError, TandemError } from '../core/index.js';

/** Milliseconds from `retry-after-ms` or `retry-after` (seconds or an HTTP date), if present. */
export function parseRetryAfter(
  headers: { get(name: string): string | null } | undefined,
  now = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after');
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The TandemError for an HTTP error status from provider `providerId`. */
export function errorFromStatus(
  providerId: string,
  status: number,
  detail: string,
  retryAfterMs?: number,
  cause?: unknown,
): TandemError {
  const text = `${providerId}: HTTP ${status}${detail ? `: ${detail}` : ''}`;
  if (status === 401 || status === 403) {
    return new TandemError('PROVIDER_AUTH', text, {
      status,
      cause,
      hint: `Check the API key of provider "${providerId}" (apiKey: \${…} in tandem.yaml and the variable in your environment).`,
    });
  }
  if (status === 429)
    return new TandemError('PROVIDER_RATE_LIMITED', text, { status, retryable: true, retryAfterMs, cause });
  const retryable = status === 408 || status === 409 || status >= 500;
  return new TandemError('PROVIDER_ERROR', text, { status, retryable, retryAfterMs, cause });
}

/** The error to throw when a call stopped because its signal fired: our timeout's reason, or ABORTED. */
export function abortError(
  providerId: string,
  signal: AbortSignal | undefined,
  cause?: unknown,
): TandemError {
  const reason: unknown = signal?.reason;
  if (isTandemError(reason)) return reason;
  return new TandemError('ABORTED', `${providerId}: request aborted`, { cause });
}

/** A 200 whose body could not be used (bad JSON, a stream cut short): retryable, the next try may work. */
export function badResponse(providerId: string, detail: string, cause?: unknown): TandemError {
  return new TandemError('PROVIDER_BAD_RESPONSE', `${providerId}: ${detail}`, { retryable: true, cause });
}
