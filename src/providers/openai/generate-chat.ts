/**
 * @module One Chat Completion, not streamed, over the direct path (post-chat-completion.ts). A passed-through
 * request sends the client's own body (fields tandem does not model included) and returns its bytes in `raw`;
 * they are parsed only for the books, and to refuse a broken 200.
 */
import type { ModelRequest, ModelResponse } from '../../core/index.js';
import { toModelResponse } from '../model-response.js';
import type { ChatEndpoint } from './chat-endpoint.js';
import { fromOpenAICompletion } from './from-openai-completion.js';
import { parseChatCompletion, postChatCompletion, postChatCompletionText } from './post-chat-completion.js';
import { toOpenAIRequest } from './to-openai-request.js';

/** Sends `req` and returns the whole answer, priced. */
export async function generateChat(chat: ChatEndpoint, req: ModelRequest): Promise<ModelResponse> {
  const model = req.model ?? chat.model;
  const started = performance.now();
  const post = chat.requestFor(req);
  const raw = req.passthrough ? await postChatCompletionText({ ...req.passthrough, model }, post) : undefined;
  const completion =
    raw === undefined
      ? await postChatCompletion(toOpenAIRequest(req, model), post)
      : parseChatCompletion(chat.id, raw);
  const answer = fromOpenAICompletion(completion, model);
  const response = toModelResponse(answer, {
    provider: chat.id,
    started,
    costUsd: chat.price(model, answer.usage),
  });
  return raw === undefined ? response : { ...response, raw };
}
