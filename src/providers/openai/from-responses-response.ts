/**
 * @module What a Responses API response object answered: the text of its message items, its function calls,
 * why it stopped and its usage. Reasoning items and built-in tool calls are not tandem's to read.
 */
import type { FinishReason, ToolCall } from '../../core/index.js';
import type { Answer } from '../model-response.js';
import { parseToolArgs } from '../parse-tool-args.js';
import { badResponse } from '../provider-errors.js';
import { usageOf } from '../usage-of.js';

/** The parts of a Responses output item tandem reads. */
export interface ResponsesOutputItem {
  type: string;
  content?: Array<{ type: string; text?: string; refusal?: string }>;
  call_id?: string;
  name?: string;
  arguments?: string;
}

/** The parts of a Responses response object tandem reads. */
export interface ResponsesObject {
  id?: string;
  model?: string;
  status?: string;
  output?: ResponsesOutputItem[];
  incomplete_details?: { reason?: string } | null;
  error?: { code?: string; message?: string } | null;
  usage?: { input_tokens?: number; output_tokens?: number } | null;
}

/** What `response` answered; `model` when it names none. */
export function fromResponsesObject(response: ResponsesObject, model: string): Answer {
  const output = response.output ?? [];
  const toolCalls = output.flatMap(toToolCall);
  return {
    text: output.map(itemText).join(''),
    toolCalls,
    finishReason: finishReasonOf(response, toolCalls.length > 0),
    usage: usageOf(response.usage?.input_tokens ?? 0, response.usage?.output_tokens ?? 0),
    model: response.model || model,
  };
}

/** Parses a response object's JSON; a 200 that is not one is the upstream's fault (retryable). */
export function parseResponsesObject(id: string, text: string): ResponsesObject {
  let response: ResponsesObject;
  try {
    response = JSON.parse(text) as ResponsesObject;
  } catch (err) {
    throw badResponse(id, `malformed JSON from upstream: ${(err as Error).message}`, err);
  }
  if (!response || !Array.isArray(response.output)) throw badResponse(id, 'response has no output list');
  if (response.status === 'failed')
    throw badResponse(id, `the upstream's response failed: ${response.error?.message ?? 'no reason given'}`);
  return response;
}

/** The text of a message item (output text and refusals; a refusal is what the model said). */
export function itemText(item: ResponsesOutputItem): string {
  if (item.type !== 'message') return '';
  return (item.content ?? []).map((part) => part.text ?? part.refusal ?? '').join('');
}

/** A function call item as a tool call. */
export function toToolCall(item: ResponsesOutputItem): ToolCall[] {
  if (item.type !== 'function_call' || !item.name) return [];
  return [{ id: item.call_id ?? '', name: item.name, args: parseToolArgs(item.arguments ?? '') }];
}

/** Why the response stopped, from its status and what it holds. */
function finishReasonOf(response: ResponsesObject, calledTools: boolean): FinishReason {
  if (response.status === 'incomplete') {
    const reason = response.incomplete_details?.reason;
    return reason === 'max_output_tokens'
      ? 'length'
      : reason === 'content_filter'
        ? 'content-filter'
        : 'other';
  }
  if (calledTools) return 'tool-calls';
  return response.status === 'completed' || response.status === undefined ? 'stop' : 'other';
}
