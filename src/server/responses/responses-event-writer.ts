/**
 * @module A streamed answer as Responses API events: `response.created` and `response.in_progress`, then the
 * message item (`output_item.added`, `content_part.added`, `output_text.delta`… `.done`), then a
 * `function_call` item per tool call (with its arguments' delta and done events), then `response.completed`
 * with the whole response. A failure after the stream began ends it with `response.failed`.
 */
import type { ModelResponse } from '../../core/index.js';
import type { AnswerExtras, AnswerWriter } from '../answer-writer.js';
import { errorResponse } from '../error-response.js';
import type { SseWriter } from '../sse.js';
import {
  functionCallItem,
  messageId,
  messageItem,
  messageStatus,
  outputText,
  type ResponseMeta,
  responseObject,
} from './responses-response.js';

/** The writer for one response; `onDone` gets the finished response object (to store it). */
export function responsesEventWriter(
  sse: SseWriter,
  meta: ResponseMeta,
  onDone?: (body: Record<string, unknown>, res: ModelResponse) => Promise<void>,
): AnswerWriter {
  let seq = 0;
  let begun = false;
  let text = '';
  let messageOpen = false;
  const emit = (type: string, fields: Record<string, unknown>) =>
    sse.send(JSON.stringify({ type, ...fields, sequence_number: seq++ }), type);
  // The opening events name the model writing the first delta (or the finished answer's), when known.
  const begin = async (model?: string) => {
    if (begun) return;
    begun = true;
    const response = responseObject(model ? { ...meta, model } : meta, { status: 'in_progress' });
    await emit('response.created', { response });
    await emit('response.in_progress', { response });
  };
  const where = () => ({ item_id: messageId(meta), output_index: 0, content_index: 0 });
  const openMessage = async () => {
    if (messageOpen) return;
    messageOpen = true;
    await emit('response.output_item.added', { output_index: 0, item: messageItem(meta, '', 'in_progress') });
    await emit('response.content_part.added', { ...where(), part: outputText('') });
  };
  const closeMessage = async (res: ModelResponse) => {
    await emit('response.output_text.done', { ...where(), text, logprobs: [] });
    await emit('response.content_part.done', { ...where(), part: outputText(text) });
    await emit('response.output_item.done', {
      output_index: 0,
      item: messageItem(meta, text, messageStatus(res)),
    });
  };
  return {
    async text(t, model) {
      await begin(model);
      await openMessage();
      text += t;
      await emit('response.output_text.delta', { ...where(), delta: t, logprobs: [] });
    },
    async finish(res: ModelResponse, extras?: AnswerExtras) {
      await begin(res.model);
      const calls = res.toolCalls ?? [];
      if (messageOpen || !calls.length) {
        await openMessage();
        await closeMessage(res);
      }
      let index = messageOpen ? 1 : 0;
      for (const call of calls) {
        const item = functionCallItem(call, 'completed');
        const at = { item_id: item.id, output_index: index++ };
        await emit('response.output_item.added', {
          output_index: at.output_index,
          item: functionCallItem(call, 'in_progress'),
        });
        await emit('response.function_call_arguments.delta', { ...at, delta: item.arguments });
        await emit('response.function_call_arguments.done', {
          ...at,
          name: call.name,
          arguments: item.arguments,
        });
        await emit('response.output_item.done', { output_index: at.output_index, item });
      }
      const response = responseObject(meta, { status: 'done', res });
      // A response the token limit cut ends with response.incomplete, as the spec says.
      const last = response.status === 'incomplete' ? 'response.incomplete' : 'response.completed';
      await emit(last, { response: extras ? { ...response, tandem: extras } : response });
      await onDone?.(response, res);
    },
    async fail(err) {
      const { error } = errorResponse(err, 'model').body;
      const failure = { code: error.code ?? 'server_error', message: error.message };
      // Nothing written by this writer: the stream so far was an upstream's, relayed. It ends with an error
      // event, not a second response under another id.
      if (!begun)
        return sse.send(
          JSON.stringify({ type: 'error', ...failure, param: null, sequence_number: null }),
          'error',
        );
      await begin();
      await emit('response.failed', { response: responseObject(meta, { status: 'failed', error: failure }) });
    },
  };
}
