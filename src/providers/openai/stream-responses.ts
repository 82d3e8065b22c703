/**
 * @module A Responses API stream, for an upstream configured with `api: responses`: translated into tandem's
 * events (text deltas, then tool calls, then the whole response), or relayed (the upstream's events as they
 * are, as `bytes`, with nothing sent before the first event that says something, so a route can still retry).
 */
import type { ModelRequest, StreamEvent } from '../../core/index.js';
import { toModelResponse } from '../model-response.js';
import { withPartialUsage } from '../partial-usage.js';
import { badResponse } from '../provider-errors.js';
import type { RelayBody, RelayedEvent } from '../relay.js';
import type { ChatEndpoint } from './chat-endpoint.js';
import { createRelayOutbox } from './relay-outbox.js';
import { createResponsesLedger, type ResponsesLedger } from './responses-ledger.js';
import { readResponsesStream, type StreamItem } from './responses-stream.js';
import { toResponsesRequest } from './to-responses-request.js';

/** Streams `req` translated into a Responses body. */
export async function* streamResponses(chat: ChatEndpoint, req: ModelRequest): AsyncIterable<StreamEvent> {
  const model = req.model ?? chat.model;
  const started = performance.now();
  const ledger = createResponsesLedger(chat.id);
  const reads = readResponsesStream(
    { ...toResponsesRequest(req, model), stream: true },
    chat.requestFor(req),
  );
  for await (const items of booked(chat, ledger, model, reads))
    for (const item of items) {
      if (!('event' in item)) continue;
      const reading = ledger.add(item.event);
      if (reading.text) yield { type: 'text-delta', text: reading.text, model: ledger.model() ?? model };
    }
  const answer = finalAnswer(chat, ledger, model);
  for (const toolCall of answer.toolCalls) yield { type: 'tool-call', toolCall };
  yield finishEvent(chat, answer, model, started);
}

/** Relays the stream of the client's `body`: its events as the upstream wrote them, then the books. */
export async function* relayResponsesStream(
  chat: ChatEndpoint,
  body: RelayBody,
  req: ModelRequest,
): AsyncIterable<RelayedEvent> {
  const model = req.model ?? chat.model;
  const started = performance.now();
  const ledger = createResponsesLedger(chat.id);
  const outbox = createRelayOutbox();
  const reads = readResponsesStream({ ...body, model, stream: true }, chat.requestFor(req));
  for await (const items of booked(chat, ledger, model, reads)) {
    for (const item of items) {
      if ('comment' in item) outbox.comment(item.comment);
      else outbox.send(item.sse, ledger.add(item.event).content);
    }
    const text = outbox.take();
    if (text) yield { type: 'bytes', text, provider: chat.id };
  }
  const finish = finishEvent(chat, finalAnswer(chat, ledger, model), model, started);
  // The final response object goes with the books, for a gateway that keeps what it relayed.
  yield {
    ...finish,
    response: { ...finish.response, bytes: JSON.stringify(ledger.final()) },
  } as RelayedEvent;
}

/** The reads, with what the upstream had reported spent noted on the error of a stream that stops early. */
async function* booked(
  chat: ChatEndpoint,
  ledger: ResponsesLedger,
  model: string,
  reads: AsyncIterable<StreamItem[]>,
): AsyncIterable<StreamItem[]> {
  try {
    yield* reads;
  } catch (err) {
    const usage = ledger.reportedUsage();
    throw withPartialUsage(err, usage, usage && chat.price(model, usage));
  }
}

/** The answer of a stream that ended; one that ended without its final event was cut. */
function finalAnswer(chat: ChatEndpoint, ledger: ResponsesLedger, model: string) {
  if (!ledger.done())
    throw badResponse(chat.id, 'the stream ended before response.completed (connection cut?)');
  return ledger.answer(model);
}

/** The finish event for an answer, priced as the model asked for (as the non-streamed path prices it). */
function finishEvent(
  chat: ChatEndpoint,
  answer: ReturnType<ResponsesLedger['answer']>,
  model: string,
  started: number,
): Extract<StreamEvent, { type: 'finish' }> {
  return {
    type: 'finish',
    response: toModelResponse(answer, {
      provider: chat.id,
      started,
      costUsd: chat.price(model, answer.usage),
    }),
  };
}
