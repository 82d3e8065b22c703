/**
 * @module A streamed answer as Anthropic Messages events: `message_start`, text in content blocks, tool_use
 * blocks, `message_delta` with the stop reason and usage, `message_stop`; an `error` event on failure.
 */
import type { ModelResponse } from '../../core/index.js';
import type { AnswerExtras, AnswerWriter } from '../answer-writer.js';
import { errorResponse } from '../error-response.js';
import type { SseWriter } from '../sse.js';
import { anthropicError, messageEvents, type WireEvent } from './messages-response.js';

/**
 * The writer for one message `id` to a client that asked for `model`. `message_start` leaves before the
 * upstream reports usage, so it carries `inputTokens`, the request's input counted by tandem (clients such as
 * LangChain read the input count there).
 */
export function messageEventWriter(
  sse: SseWriter,
  o: { id: string; model: string; inputTokens?: number },
): AnswerWriter {
  const events = messageEvents(o.id, o.model);
  let started = false;
  // message_start names the model writing the first delta (or the finished answer's), when known.
  const write = async (list: WireEvent[], model?: string, inputTokens = o.inputTokens ?? 0) => {
    if (!started) {
      started = true;
      list = [events.start(inputTokens, model), ...list];
    }
    for (const e of list) await sse.send(e.data, e.event);
  };
  return {
    text: (t, model) => write(events.text(t), model),
    async finish(res: ModelResponse, extras?: AnswerExtras) {
      await write(events.finish(res, extras), res.model, res.usage.inputTokens);
    },
    async fail(err) {
      const e = errorResponse(err, 'model');
      await sse.send(JSON.stringify(anthropicError(e.status, e.body.error.message)), 'error');
    },
  };
}
