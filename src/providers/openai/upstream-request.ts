/**
 * @module POSTing a Chat Completions body to an upstream's pool, with the failures mapped the way every
 * caller needs them: a connection that fails or is aborted, and a refusal status with its message and
 * Retry-After. The JSON answer and the event stream are read by their own modules.
 */
import type { Dispatcher } from 'undici';
import { isTandemError, type TandemError } from '../../core/index.js';
import { abortError, badResponse, errorFromStatus, parseRetryAfter } from '../provider-errors.js';
import type { Upstream } from './upstream-pool.js';

export interface UpstreamRequest {
  id: string;
  upstream: Upstream;
  headers: Record<string, string>;
  signal?: AbortSignal;
}

/** Sends `body`; a connection failure or an abort becomes a TandemError. The status is not checked here. */
export async function postToUpstream(body: object, o: UpstreamRequest): Promise<Dispatcher.ResponseData> {
  try {
    return await (await o.upstream.pool).request({
      path: o.upstream.path,
      method: 'POST',
      headers: o.headers,
      body: JSON.stringify(body),
      signal: o.signal,
    });
  } catch (err) {
    if (o.signal?.aborted) throw abortError(o.id, o.signal, err);
    const cause = (err as { cause?: Error }).cause?.message ?? (err as Error).message;
    throw badResponse(o.id, `connection failed: ${cause}`, err);
  }
}

/** The error a refusal means, with the upstream's own message when its body has one. */
export function refusalError(id: string, res: Dispatcher.ResponseData, text: string) {
  let detail = text.slice(0, 300);
  try {
    const body = JSON.parse(text) as { error?: { message?: string } | string; message?: string };
    detail = (typeof body.error === 'string' ? body.error : body.error?.message) ?? body.message ?? detail;
  } catch {
    // not JSON: keep the text
  }
  const get = (name: string) => {
    const v = res.headers[name];
    return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
  };
  return errorFromStatus(id, res.statusCode, detail, parseRetryAfter({ get }));
}

/** The body of a 200 event stream; anything else throws the error its status means, before any byte. */
export async function openEventStream(
  body: Record<string, unknown>,
  o: UpstreamRequest,
): Promise<Dispatcher.ResponseData['body']> {
  const res = await postToUpstream(body, { ...o, headers: { ...o.headers, accept: 'text/event-stream' } });
  if (res.statusCode === 200) return res.body;
  throw refusalError(o.id, res, await res.body.text().catch(() => ''));
}

/** The error a failed read of an event stream means: the abort's reason, our own error, or a cut stream. */
export function streamReadError(o: UpstreamRequest, err: unknown): TandemError {
  if (o.signal?.aborted) return abortError(o.id, o.signal, err);
  if (isTandemError(err)) return err;
  return badResponse(o.id, `the stream was cut: ${(err as Error).message}`, err);
}
