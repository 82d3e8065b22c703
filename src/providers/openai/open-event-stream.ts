/**
 * @module Opens a streamed Chat Completions response: POSTs the body to the upstream's pool and hands back
 * the body of a 200; anything else becomes the TandemError its status means, before any byte is streamed.
 */
import type { Dispatcher } from 'undici';
import { abortError, badResponse, errorFromStatus, parseRetryAfter } from '../provider-errors.js';
import type { Upstream } from './upstream-pool.js';

export interface StreamRequest {
  id: string;
  upstream: Upstream;
  headers: Record<string, string>;
  signal?: AbortSignal;
}

/** The 200 response's body, to read as server-sent events. */
export async function openEventStream(
  body: Record<string, unknown>,
  o: StreamRequest,
): Promise<Dispatcher.ResponseData['body']> {
  let res: Dispatcher.ResponseData;
  try {
    res = await o.upstream.pool.request({
      path: o.upstream.path,
      method: 'POST',
      headers: { ...o.headers, accept: 'text/event-stream' },
      body: JSON.stringify(body),
      signal: o.signal,
    });
  } catch (err) {
    if (o.signal?.aborted) throw abortError(o.id, o.signal, err);
    throw badResponse(
      o.id,
      `connection failed: ${(err as { cause?: Error }).cause?.message ?? (err as Error).message}`,
      err,
    );
  }
  if (res.statusCode === 200) return res.body;
  const text = await res.body.text().catch(() => '');
  let detail = text.slice(0, 300);
  try {
    const parsed = JSON.parse(text) as { error?: { message?: string } | string };
    detail = (typeof parsed.error === 'string' ? parsed.error : parsed.error?.message) ?? detail;
  } catch {
    // not JSON: keep the text
  }
  const get = (name: string) => {
    const v = res.headers[name];
    return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
  };
  throw errorFromStatus(o.id, res.statusCode, detail, parseRetryAfter({ get }));
}
