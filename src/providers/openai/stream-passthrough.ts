/**
 * @module A relayed stream: the client's own body goes up and the upstream's events come back as they are
 * (`bytes` events), then a finish event with what was read from them, for the trace and the books.
 */
import type { ModelRequest } from '../../core/index.js';
import { toModelResponse } from '../model-response.js';
import type { RelayBody, RelayedEvent } from '../relay.js';
import type { ChatEndpoint } from './chat-endpoint.js';
import { mapOpenAIFinishReason } from './map-finish-reason.js';
import { relayChatStream } from './relay-chat-stream.js';

/** Relays the stream of `body` (the client's request) for `req`. */
export async function* streamPassthrough(
  chat: ChatEndpoint,
  body: RelayBody,
  req: ModelRequest,
): AsyncIterable<RelayedEvent> {
  const model = req.model ?? chat.model;
  const started = performance.now();
  const relayed = await relayChatStream(
    // Usage is always asked for, to account for the call; the client sees it only if it asked.
    { ...body, model, stream: true, stream_options: { include_usage: true } },
    {
      ...chat.requestFor(req),
      forwardUsage: asksForUsage(body),
      price: (usage) => chat.price(model, usage),
    },
  );
  for await (const text of relayed.events) yield { type: 'bytes', text, provider: chat.id };
  const usage = relayed.usage();
  const answer = {
    text: relayed.text(),
    toolCalls: relayed.toolCalls(),
    finishReason: mapOpenAIFinishReason(relayed.finishReason()),
    usage,
    model,
  };
  yield {
    type: 'finish',
    response: toModelResponse(answer, { provider: chat.id, started, costUsd: chat.price(model, usage) }),
  };
}

/** True when the client's body asked for the usage chunk (`stream_options.include_usage`). */
function asksForUsage(body: RelayBody): boolean {
  return (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true;
}
