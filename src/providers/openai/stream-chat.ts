/**
 * @module A Chat Completion streamed as tandem's events: text deltas as they come, then the tool calls, then the
 * whole response. A stream that stops early throws with what the upstream had reported spent noted on the error.
 */
import type { ModelRequest, StreamEvent } from '../../core/index.js';
import { toModelResponse } from '../model-response.js';
import { withPartialUsage } from '../partial-usage.js';
import { badResponse } from '../provider-errors.js';
import { usageOf } from '../usage-of.js';
import type { ChatEndpoint } from './chat-endpoint.js';
import { type ChunkLedger, createChunkLedger } from './chunk-ledger.js';
import { mapOpenAIFinishReason } from './map-finish-reason.js';
import { streamChatCompletion } from './stream-chat-completion.js';
import { toOpenAIRequest } from './to-openai-request.js';

/** Streams `req` (which is not passed through). */
export async function* streamChat(chat: ChatEndpoint, req: ModelRequest): AsyncIterable<StreamEvent> {
  const model = req.model ?? chat.model;
  const started = performance.now();
  const ledger = createChunkLedger();
  const chunks = streamChatCompletion(
    { ...toOpenAIRequest(req, model), stream: true, stream_options: { include_usage: true } },
    chat.requestFor(req),
  );
  try {
    for await (const chunk of chunks) {
      const text = ledger.add(chunk);
      if (text) yield { type: 'text-delta', text, model: ledger.model() ?? model };
    }
  } catch (err) {
    const usage = ledger.reportedUsage();
    throw withPartialUsage(err, usage, usage && chat.price(model, usage));
  }
  yield* finishEvents(chat, ledger, model, started);
}

/** The tool calls, then the finish event; a stream without a finish reason was cut. */
function* finishEvents(
  chat: ChatEndpoint,
  ledger: ChunkLedger,
  model: string,
  started: number,
): Iterable<StreamEvent> {
  // Some servers close without [DONE]; a stream without a finish reason was cut.
  const finish = ledger.finishReason();
  if (!finish) throw badResponse(chat.id, 'the stream ended before the model finished (connection cut?)');
  const toolCalls = ledger.toolCalls();
  for (const toolCall of toolCalls) yield { type: 'tool-call', toolCall };
  const usage = ledger.reportedUsage() ?? usageOf();
  const answer = {
    text: ledger.text(),
    toolCalls,
    finishReason: mapOpenAIFinishReason(finish),
    usage,
    model: ledger.model() ?? model,
  };
  yield {
    type: 'finish',
    response: toModelResponse(answer, { provider: chat.id, started, costUsd: chat.price(model, usage) }),
  };
}
