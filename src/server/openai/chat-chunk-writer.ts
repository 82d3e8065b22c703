/**
 * @module A streamed answer as `chat.completion.chunk` events: the role on the first chunk, text deltas, tool
 * calls and the finish reason, usage when the client asked for it, then `[DONE]`.
 */
import type { ModelResponse } from '../../core/index.js';
import type { AnswerExtras, AnswerWriter } from '../answer-writer.js';
import { errorResponse, paramOf } from '../error-response.js';
import type { SseWriter } from '../sse.js';
import { chunker } from './chat-response.js';

/**
 * The writer for one response `id` to a client that asked for `model`; the chunks name the model that
 * answers (from its first delta, or the finished response) once it is known.
 */
export function chatChunkWriter(
  sse: SseWriter,
  o: { id: string; model: string; includeUsage: boolean },
): AnswerWriter {
  let ch: ReturnType<typeof chunker> | undefined;
  const chunks = (model: string | undefined) => {
    ch ??= chunker(o.id, model ?? o.model);
    return ch;
  };
  let sentRole = false;
  const send = async (chunk: unknown) => {
    if (!sentRole) {
      sentRole = true;
      await sse.send(JSON.stringify(chunks(undefined).role()));
    }
    await sse.send(JSON.stringify(chunk));
  };
  return {
    text: (t, model) => send(chunks(model).text(t)),
    async finish(res: ModelResponse, extras?: AnswerExtras) {
      const ch = chunks(res.model);
      if (res.toolCalls?.length) await send(ch.toolCalls(res.toolCalls));
      await send({ ...ch.finish(res.finishReason), ...(extras ? { tandem: extras } : {}) });
      if (o.includeUsage) await send(ch.usage(res.usage));
      await sse.send('[DONE]');
    },
    fail: (err) => sse.send(JSON.stringify(errorResponse(err, paramOf(err, 'messages')).body)),
  };
}
