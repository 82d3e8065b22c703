/**
 * @module One Chat Completion, not streamed, over the direct path (post-chat-completion.ts). A relayed
 * request sends the client's own body (fields tandem does not model included) and returns its bytes; they are
 * parsed only for the books, and to refuse a broken 200.
 */
import type { ModelRequest, ModelResponse } from '../../core/index.js';
import { toModelResponse } from '../model-response.js';
import type { RelayBody, RelayedResponse } from '../relay.js';
import type { ChatEndpoint } from './chat-endpoint.js';
import { fromOpenAICompletion } from './from-openai-completion.js';
import { parseChatCompletion, postChatCompletion, postChatCompletionText } from './post-chat-completion.js';
import { toOpenAIRequest } from './to-openai-request.js';

/** Sends `req` and returns the whole answer, priced. */
export async function generateChat(chat: ChatEndpoint, req: ModelRequest): Promise<ModelResponse> {
  const model = req.model ?? chat.model;
  const started = performance.now();
  const completion = await postChatCompletion(toOpenAIRequest(req, model), chat.requestFor(req));
  return priced(chat, completion, model, started);
}

/** Sends the client's `body` as it is (with the model of `req`) and returns the upstream's bytes and the books. */
export async function relayChat(
  chat: ChatEndpoint,
  body: RelayBody,
  req: ModelRequest,
): Promise<RelayedResponse> {
  const model = req.model ?? chat.model;
  const started = performance.now();
  const bytes = await postChatCompletionText({ ...body, model }, chat.requestFor(req));
  return { ...priced(chat, parseChatCompletion(chat.id, bytes), model, started), bytes };
}

/** The books of a completion: the answer, with its latency and price. */
function priced(
  chat: ChatEndpoint,
  completion: Parameters<typeof fromOpenAICompletion>[0],
  model: string,
  started: number,
): ModelResponse {
  const answer = fromOpenAICompletion(completion, model);
  return toModelResponse(answer, { provider: chat.id, started, costUsd: chat.price(model, answer.usage) });
}
