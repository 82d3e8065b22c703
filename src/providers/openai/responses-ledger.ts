/**
 * @module What a streamed Responses API answer said, event by event: text deltas, function calls (whole, from
 * `response.output_item.done`), the model, and the final response object with its usage. The stream ends
 * with `response.completed` or `response.incomplete`; `response.failed` and `error` events are failures.
 */
import type { TandemError, ToolCall, Usage } from '../../core/index.js';
import type { Answer } from '../model-response.js';
import { badResponse } from '../provider-errors.js';
import {
  fromResponsesObject,
  type ResponsesObject,
  type ResponsesOutputItem,
  toToolCall,
} from './from-responses-response.js';

/** One event of a Responses stream, as far as tandem reads it. */
export interface ResponsesEvent {
  type: string;
  delta?: string;
  item?: ResponsesOutputItem;
  response?: ResponsesObject;
  message?: string;
  code?: string;
}

/** What one event means for the stream. */
export interface EventReading {
  /** Text the event adds to the answer. */
  text?: string;
  /** A function call the event completes. */
  toolCall?: ToolCall;
  /** False for the events that only open the response (nothing a client could act on yet). */
  content: boolean;
}

/** Events that open a response or an item before anything is said: held while a route may still retry. */
const PREAMBLE = new Set([
  'response.created',
  'response.in_progress',
  'response.queued',
  'response.output_item.added',
  'response.content_part.added',
]);

/** The events a stream may end with. */
const FINAL = new Set(['response.completed', 'response.incomplete']);

/** A ledger of one stream. */
export interface ResponsesLedger {
  /** Reads an event; throws the error a failure event means. */
  add(event: ResponsesEvent): EventReading;
  /** True once the final event was read. */
  done(): boolean;
  /** The model the upstream named, once an event did. */
  model(): string | undefined;
  /** The final response object, once its event was read. */
  final(): ResponsesObject | undefined;
  /** The usage the final event reported, if it came. */
  reportedUsage(): Usage | undefined;
  /** The whole answer, from the final response object (or what was read, when it did not come). */
  answer(model: string): Answer;
}

/** A ledger for the provider `id`'s stream. */
export function createResponsesLedger(id: string): ResponsesLedger {
  let text = '';
  const toolCalls: ToolCall[] = [];
  let model: string | undefined;
  let final: ResponsesObject | undefined;
  return {
    add(event) {
      if (event.type === 'response.failed' || event.type === 'error') throw failureOf(id, event);
      if (event.response?.model) model = event.response.model;
      if (FINAL.has(event.type)) final = event.response ?? {};
      if (event.type === 'response.output_text.delta' && event.delta) {
        text += event.delta;
        return { text: event.delta, content: true };
      }
      if (event.type === 'response.output_item.done' && event.item) {
        const [toolCall] = toToolCall(event.item);
        if (toolCall) toolCalls.push(toolCall);
        return toolCall ? { toolCall, content: true } : { content: true };
      }
      return { content: !PREAMBLE.has(event.type) };
    },
    done: () => final !== undefined,
    final: () => final,
    model: () => model,
    reportedUsage() {
      if (!final?.usage) return undefined;
      return fromResponsesObject({ ...final, output: [] }, '').usage;
    },
    answer(fallbackModel) {
      const read = fromResponsesObject({ ...final, output: final?.output ?? [] }, model ?? fallbackModel);
      // The final object repeats the output; when an upstream leaves it out, what the deltas said stands.
      return {
        ...read,
        text: read.text || text,
        toolCalls: read.toolCalls.length ? read.toolCalls : toolCalls,
        finishReason:
          !read.toolCalls.length && toolCalls.length && read.finishReason === 'stop'
            ? 'tool-calls'
            : read.finishReason,
      };
    },
  };
}

/** The error a `response.failed` or `error` event means (retryable before the client saw anything). */
function failureOf(id: string, event: ResponsesEvent): TandemError {
  const error = event.response?.error;
  const message = error?.message ?? event.message ?? 'no reason given';
  const code = error?.code ?? event.code;
  return badResponse(id, `error event from upstream: ${message}${code ? ` (${code})` : ''}`);
}
