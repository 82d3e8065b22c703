/**
 * @module A Messages API answer streamed as tandem's events: text deltas as they come, then the tool calls, then
 * the whole response. A stream that stops early throws with the tokens reported so far noted on the error.
 */
import type { ModelRequest, StreamEvent } from '../../core/index.js';
import { toModelResponse } from '../model-response.js';
import { withPartialUsage } from '../partial-usage.js';
import { abortError, badResponse } from '../provider-errors.js';
import { type AnthropicCall, traceHeaders } from './anthropic-call.js';
import { anthropicError } from './anthropic-error.js';
import { type AnthropicStreamLedger, createAnthropicStreamLedger } from './anthropic-stream-ledger.js';
import { HEARTBEAT_OPTION } from './fetch-with-heartbeat.js';
import { toAnthropicRequest } from './to-anthropic-request.js';

/** Streams `req` through the call's client. */
export async function* streamAnthropic(call: AnthropicCall, req: ModelRequest): AsyncIterable<StreamEvent> {
  const model = req.model ?? call.model;
  const started = performance.now();
  const ledger = createAnthropicStreamLedger(model);
  const spentSoFar = () => [ledger.usage(), call.price(model, ledger.usage())] as const;
  try {
    for await (const ev of await openStream(call, req, model)) {
      const text = ledger.add(ev);
      if (text) yield { type: 'text-delta', text, model: ledger.model() };
    }
  } catch (err) {
    throw withPartialUsage(anthropicError(err, call.id, req.signal), ...spentSoFar());
  }
  // The SDK ends an aborted stream quietly: a cancelled call is not a stream the upstream cut.
  if (req.signal?.aborted) throw withPartialUsage(abortError(call.id, req.signal), ...spentSoFar());
  yield* finishEvents(call, ledger, model, started);
}

/** The SDK's event stream for `req`. */
function openStream(call: AnthropicCall, req: ModelRequest, model: string) {
  return call.client.messages.create(
    { ...toAnthropicRequest(req, model, call.maxTokens), stream: true },
    {
      signal: req.signal,
      ...traceHeaders(req),
      // Keep-alive pings show life too, though the SDK never yields them.
      ...(req.heartbeat ? { fetchOptions: { [HEARTBEAT_OPTION]: req.heartbeat } as object } : {}),
    },
  );
}

/** The tool calls, then the finish event; a stream that ended before message_stop was cut. */
function* finishEvents(
  call: AnthropicCall,
  ledger: AnthropicStreamLedger,
  model: string,
  started: number,
): Iterable<StreamEvent> {
  if (!ledger.stopped()) throw badResponse(call.id, 'the stream ended before message_stop (connection cut?)');
  const answer = ledger.answer();
  for (const toolCall of answer.toolCalls) yield { type: 'tool-call', toolCall };
  yield {
    type: 'finish',
    response: toModelResponse(answer, {
      provider: call.id,
      started,
      costUsd: call.price(model, answer.usage),
    }),
  };
}
