/**
 * @module A streamed answer as `chat.completion.chunk` events: the role on the first chunk, text deltas, tool
 * calls and the finish reason, usage when the client asked for it, then `[DONE]`.
 */
import type { ModelResponse } from '../../core/index.js';
import type { AnswerExtras, AnswerWriter } from '../answer-writer.js';
import { errorResponse } from '../error-response.js';
import type { SseWriter } from '../sse.js';
import { chunker } from './chat-response.js';

/** The writer for one response `id` to a client that asked for `model`. */
export function chatChunkWriter(
  sse: SseWriter,
  o: { id: string; model: string; includeUsage: boolean },
): AnswerWriter {
  const ch = chunker(o.id, o.model);
  let sentRole = false;
  const send = async (chunk: unknown) => {
    if (!sentRole) {
      sentRole = true;
      await sse.send(JSON.stringify(ch.role()));
    }
    await sse.send(JSON.stringify(chunk));
  };
  return {
    text: (t) => send(ch.text(t)),
    async finish(res: ModelResponse, extras?: AnswerExtras) {
      if (res.toolCalls?.length) await send(ch.toolCalls(res.toolCalls));
      await send({ ...ch.finish(res.finishReason), ...(extras ? { tandem: extras } : {}) });
      if (o.includeUsage) await send(ch.usage(res.usage));
      await sse.send('[DONE]');
    },
    fail: (err) => sse.send(JSON.stringify(errorResponse(err, 'model').body)),
  };
}
