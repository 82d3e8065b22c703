/**
 * @module The non-streaming Chat Completions call without the SDK's fetch: on a busy eval run the SDK path
 * (WHATWG fetch, web streams, header objects) cost ~0.25 ms of CPU per call against ~0.06 ms for a plain
 * undici request (measured with bench/eval-overhead's profile). Errors map exactly as the SDK path maps them.
 */
import type OpenAI from 'openai';
import type { Dispatcher } from 'undici';
import { abortError, badResponse, errorFromStatus, parseRetryAfter } from '../provider-errors.js';
import type { Upstream } from './upstream-pool.js';

export interface PostOptions {
  id: string;
  upstream: Upstream;
  headers: Record<string, string>;
  signal?: AbortSignal;
}

/** POSTs `params` to `url` and returns the parsed completion, or throws a TandemError. */
export async function postChatCompletion(
  params: OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming,
  o: PostOptions,
): Promise<OpenAI.Chat.Completions.ChatCompletion> {
  return parseChatCompletion(o.id, await postChatCompletionText(params, o));
}

/** Parses a completion's JSON; a 200 that is not one is the upstream's fault (retryable). */
export function parseChatCompletion(id: string, text: string): OpenAI.Chat.Completions.ChatCompletion {
  let completion: OpenAI.Chat.Completions.ChatCompletion;
  try {
    completion = JSON.parse(text) as OpenAI.Chat.Completions.ChatCompletion;
  } catch (err) {
    throw badResponse(id, `malformed JSON from upstream: ${(err as Error).message}`, err);
  }
  if (!completion?.choices?.[0]?.message) throw badResponse(id, 'response has no choices[0].message');
  return completion;
}

/** POSTs a Chat Completions body and returns the text of the 200 answer as it came, or throws a TandemError. */
export async function postChatCompletionText(params: object, o: PostOptions): Promise<string> {
  let res: Dispatcher.ResponseData;
  try {
    res = await o.upstream.pool.request({
      path: o.upstream.path,
      method: 'POST',
      headers: o.headers,
      body: JSON.stringify(params),
      signal: o.signal,
    });
  } catch (err) {
    if (o.signal?.aborted) throw abortError(o.id, o.signal, err);
    const cause = (err as { cause?: Error }).cause?.message ?? (err as Error).message;
    throw badResponse(o.id, `connection failed: ${cause}`, err);
  }
  let text: string;
  try {
    text = await res.body.text();
  } catch (err) {
    if (o.signal?.aborted) throw abortError(o.id, o.signal, err);
    throw badResponse(o.id, `the response was cut off: ${(err as Error).message}`, err);
  }
  if (res.statusCode >= 400) {
    let detail = text.slice(0, 300);
    try {
      const body = JSON.parse(text) as { error?: { message?: string } | string; message?: string };
      detail = (typeof body.error === 'string' ? body.error : body.error?.message) ?? body.message ?? detail;
    } catch {
      // not JSON: keep the text
    }
    const headers = res.headers;
    const get = (name: string) => {
      const v = headers[name];
      return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
    };
    throw errorFromStatus(o.id, res.statusCode, detail, parseRetryAfter({ get }));
  }
  return text;
}
