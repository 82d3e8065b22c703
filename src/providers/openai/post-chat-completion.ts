/**
 * @module The non-streaming Chat Completions call without the SDK's fetch: on a busy eval run the SDK path
 * (WHATWG fetch, web streams, header objects) cost ~0.25 ms of CPU per call against ~0.06 ms for a plain
 * undici request (measured with bench/eval-overhead's profile). Errors map exactly as the SDK path maps them.
 */
import type OpenAI from 'openai';
import { abortError, badResponse } from '../provider-errors.js';
import { postToUpstream, refusalError, type UpstreamRequest } from './upstream-request.js';

/** POSTs `params` and returns the parsed completion, or throws a TandemError. */
export async function postChatCompletion(
  params: OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming,
  o: UpstreamRequest,
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
export async function postChatCompletionText(params: object, o: UpstreamRequest): Promise<string> {
  const res = await postToUpstream(params, o);
  let text: string;
  try {
    text = await res.body.text();
  } catch (err) {
    if (o.signal?.aborted) throw abortError(o.id, o.signal, err);
    throw badResponse(o.id, `the response was cut off: ${(err as Error).message}`, err);
  }
  if (res.statusCode >= 400) throw refusalError(o.id, res, text);
  return text;
}
