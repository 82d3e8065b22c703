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

/** The error classes the official OpenAI and Anthropic SDKs share (both are generated the same way). */
export interface SdkErrorClasses {
  APIError: abstract new (
    ...args: never[]
  ) => Error & { status?: number; headers?: { get(name: string): string | null } };
  APIConnectionError: abstract new (...args: never[]) => Error;
  APIConnectionTimeoutError: abstract new (...args: never[]) => Error;
}

/**
 * Any failure of an official SDK call as a TandemError: HTTP status and Retry-After, timeouts, refused
 * connections, bodies that are not JSON. `detail` reads the upstream's own error message from the body.
 */
export function fromSdkError(
  err: unknown,
  id: string,
  signal: AbortSignal | undefined,
  sdk: SdkErrorClasses,
  detail: (err: Error & { status?: number }) => string | undefined,
): Error {
  if (signal?.aborted) return abortError(id, signal, err);
  if (err instanceof sdk.APIError && typeof err.status === 'number') {
    return errorFromStatus(id, err.status, detail(err) ?? err.message, parseRetryAfter(err.headers), err);
  }
  if (err instanceof sdk.APIConnectionTimeoutError)
    return errorFromStatus(id, 408, 'upstream timed out', undefined, err);
  if (err instanceof sdk.APIConnectionError) {
    return badResponse(
      id,
      `connection failed: ${(err.cause as Error | undefined)?.message ?? err.message}`,
      err,
    );
  }
  if (err instanceof SyntaxError) return badResponse(id, `malformed JSON from upstream: ${err.message}`, err);
  if (err instanceof Error && err.name === 'TandemError') return err;
  return badResponse(id, (err as Error)?.message ?? String(err), err);
}
