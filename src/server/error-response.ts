/**
 * @module The one place that maps error codes to HTTP statuses and the OpenAI error shape
 * (`{ error: { message, type, param, code } }`), which the official SDKs understand.
 */
import type { Context } from 'hono';
import { type ErrorCode, isTandemError } from '../core/index.js';

const STATUS: Record<ErrorCode, number> = {
  CONFIG_NOT_FOUND: 500,
  CONFIG_INVALID: 500,
  CONFIG_ENV_MISSING: 500,
  PROMPT_NOT_FOUND: 404,
  PROMPT_INVALID: 500,
  INPUT_INVALID: 400,
  APP_NOT_FOUND: 404,
  PROVIDER_NOT_FOUND: 404,
  PROVIDER_AUTH: 502,
  PROVIDER_RATE_LIMITED: 429,
  PROVIDER_TIMEOUT: 504,
  PROVIDER_ERROR: 502,
  PROVIDER_BAD_RESPONSE: 502,
  PROVIDER_UNSUPPORTED: 400,
  OUTPUT_INVALID: 502,
  TOOL_NOT_FOUND: 500,
  TOOL_INVALID: 500,
  TOOL_STEP_LIMIT: 502,
  SCRIPT_INVALID: 500,
  DOCUMENT_INVALID: 500,
  SUITE_INVALID: 400,
  KNOWLEDGE_NOT_FOUND: 404,
  STORE_ERROR: 500,
  NOT_FOUND: 404,
  USAGE: 400,
  GATE_FAILED: 409,
  ABORTED: 499,
};

export interface ErrorBody {
  error: { message: string; type: string; param: string | null; code: string };
}

/**
 * The HTTP status for an error code. An upstream that says it is overloaded or down for a while (503, or
 * Anthropic's 529) is a 503 to the client too, which SDKs retry; other upstream failures are a 502 (bad
 * gateway) with the upstream's message, a rate limit is a 429 with its Retry-After.
 */
export function statusOf(code: ErrorCode, upstreamStatus?: number): number {
  if (code === 'PROVIDER_ERROR' && (upstreamStatus === 503 || upstreamStatus === 529)) return 503;
  return STATUS[code] ?? 500;
}

/** The request field an error is about: the one the input came in (`messages`, `input`) for bad input, else `model`. */
export function paramOf(err: unknown, inputField: string): string {
  return isTandemError(err) && err.code === 'INPUT_INVALID' ? inputField : 'model';
}

/** Status and OpenAI-shaped body for any error; unknown errors are 500s without internals. */
export function errorResponse(
  err: unknown,
  param: string | null = null,
): { status: number; body: ErrorBody; retryAfterS?: number } {
  if (isTandemError(err)) {
    const status = statusOf(err.code, err.status);
    const type = status === 429 ? 'rate_limit_error' : status >= 500 ? 'api_error' : 'invalid_request_error';
    return {
      status,
      // An upstream's Retry-After is passed on, so the caller's SDK waits as long as the upstream asked.
      ...(err.retryAfterMs !== undefined
        ? { retryAfterS: Math.max(1, Math.ceil(err.retryAfterMs / 1000)) }
        : {}),
      body: {
        error: {
          message: err.hint ? `${err.message} (${err.hint})` : err.message,
          type,
          param,
          code: err.code.toLowerCase(),
        },
      },
    };
  }
  return {
    status: 500,
    body: { error: { message: 'internal error', type: 'api_error', param: null, code: 'internal_error' } },
  };
}

/** A 400 in the OpenAI shape, for requests that fail validation. */
export function badRequest(
  message: string,
  param: string | null = null,
  code = 'invalid_request',
): { status: 400; body: ErrorBody } {
  return { status: 400, body: { error: { message, type: 'invalid_request_error', param, code } } };
}

/** A 404 in the OpenAI shape, for a trace, key or path that does not exist. */
export function notFound(message: string, param: string | null = null): { status: 404; body: ErrorBody } {
  return {
    status: 404,
    body: { error: { message, type: 'invalid_request_error', param, code: 'not_found' } },
  };
}

/** The OpenAI-shaped error for a body that could not be read or validated (400, or 413 when too large). */
export function bodyError(b: { status: 400 | 413; message: string; param: string | null; code: string }): {
  status: 400 | 413;
  body: ErrorBody;
} {
  return {
    status: b.status,
    body: { error: { message: b.message, type: 'invalid_request_error', param: b.param, code: b.code } },
  };
}

/** The error as an OpenAI-shaped JSON response, with Retry-After when the upstream sent one. */
export function errorJson(c: Context, err: unknown, param: string | null = null): Response {
  const e = errorResponse(err, param);
  if (e.retryAfterS !== undefined) c.header('retry-after', String(e.retryAfterS));
  return c.json(e.body, e.status as 400);
}
