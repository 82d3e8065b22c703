/**
 * @module One Responses API call, not streamed, for an upstream configured with `api: responses`: translated
 * from a ModelRequest, or relayed (the client's own `/v1/responses` body sent as it is, its bytes returned and
 * parsed only for the books and to refuse a broken 200).
 */
import type { ModelRequest, ModelResponse } from '../../core/index.js';
import { toModelResponse } from '../model-response.js';
import type { RelayBody, RelayedResponse } from '../relay.js';
import type { ChatEndpoint } from './chat-endpoint.js';
import {
  fromResponsesObject,
  parseResponsesObject,
  type ResponsesObject,
} from './from-responses-response.js';
import { postChatCompletionText } from './post-chat-completion.js';
import { toResponsesRequest } from './to-responses-request.js';

/** Sends `req` as a Responses body and returns the whole answer, priced. */
export async function generateResponses(chat: ChatEndpoint, req: ModelRequest): Promise<ModelResponse> {
  const model = req.model ?? chat.model;
  const started = performance.now();
  const text = await postChatCompletionText(toResponsesRequest(req, model), chat.requestFor(req));
  return priced(chat, parseResponsesObject(chat.id, text), model, started);
}

/** Sends the client's `body` as it is (with the model of `req`) and returns the upstream's bytes and the books. */
export async function relayResponses(
  chat: ChatEndpoint,
  body: RelayBody,
  req: ModelRequest,
): Promise<RelayedResponse> {
  const model = req.model ?? chat.model;
  const started = performance.now();
  const bytes = await postChatCompletionText({ ...body, model }, chat.requestFor(req));
  return { ...priced(chat, parseResponsesObject(chat.id, bytes), model, started), bytes };
}

/** The books of a response object: the answer, with its latency and price. */
function priced(
  chat: ChatEndpoint,
  response: ResponsesObject,
  model: string,
  started: number,
): ModelResponse {
  const answer = fromResponsesObject(response, model);
  return toModelResponse(answer, { provider: chat.id, started, costUsd: chat.price(model, answer.usage) });
}
