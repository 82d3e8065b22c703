/**
 * @module An AI SDK model's stream (`doStream`) as tandem's events: text deltas and tool calls as they come,
 * then the whole response. An error part, a failed read or a stream that ends without a finish throws, with
 * the tokens reported so far noted on the error.
 */
import type { ModelRequest, StreamEvent } from '../../core/index.js';
import { toModelResponse } from '../model-response.js';
import { withPartialUsage } from '../partial-usage.js';
import { badResponse } from '../provider-errors.js';
import type { AiSdkCall } from './ai-sdk-call.js';
import { aiSdkError } from './ai-sdk-error.js';
import { noteWarnings } from './note-warnings.js';
import type { SpecStreamPart } from './spec.js';
import { createStreamLedger, type StreamLedger } from './stream-ledger.js';

/** Streams `req` through the package's model. */
export async function* streamAiSdk(call: AiSdkCall, req: ModelRequest): AsyncIterable<StreamEvent> {
  const model = req.model ?? call.model;
  const started = performance.now();
  const ledger = createStreamLedger(model, call.memory);
  const fail = (err: unknown) =>
    withPartialUsage(
      aiSdkError(err, call.id, req.signal),
      ledger.usage(),
      call.price(model, model, ledger.usage()),
    );
  try {
    for await (const part of await openStream(call, req, model)) {
      req.heartbeat?.();
      if (part.type === 'error') throw part.error;
      if (part.type === 'stream-start') noteWarnings(req.span, part.warnings);
      yield* ledger.add(part);
    }
  } catch (err) {
    throw fail(err);
  }
  // A stream the caller stopped ends quietly in some packages: it is not one the upstream cut.
  if (req.signal?.aborted) throw fail(req.signal.reason);
  if (!ledger.finished())
    throw fail(badResponse(call.id, 'the stream ended before the model finished (connection cut?)'));
  yield finishEvent(call, ledger, model, started);
}

/** The package's stream of parts, read as an async iterable. */
async function openStream(
  call: AiSdkCall,
  req: ModelRequest,
  model: string,
): Promise<AsyncIterable<SpecStreamPart>> {
  const { stream } = await call.languageModel(model).doStream(call.callOptions(req));
  return readParts(stream);
}

async function* readParts(stream: ReadableStream<SpecStreamPart>): AsyncIterable<SpecStreamPart> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Leaving early (an error part, the caller stopped) cancels the upstream request instead of draining it.
    await reader.cancel().catch(() => {});
  }
}

function finishEvent(call: AiSdkCall, ledger: StreamLedger, model: string, started: number): StreamEvent {
  const answer = ledger.answer();
  return {
    type: 'finish',
    response: toModelResponse(answer, {
      provider: call.id,
      started,
      costUsd: call.price(model, answer.model, answer.usage),
    }),
  };
}
