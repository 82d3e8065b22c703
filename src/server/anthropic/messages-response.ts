/**
 * @module ModelResponses as Anthropic Messages wire objects: the whole message, its stream events, and errors.
 */
import type { FinishReason, ModelResponse, ToolCall, Usage } from '../../core/index.js';

const stopReason: Record<FinishReason, string> = {
  stop: 'end_turn',
  length: 'max_tokens',
  'tool-calls': 'tool_use',
  'content-filter': 'refusal',
  error: 'end_turn',
  other: 'end_turn',
};

const toolUse = (c: ToolCall) => ({ type: 'tool_use' as const, id: c.id, name: c.name, input: c.args });

/** A `message` object. */
export function toAnthropicMessage(id: string, model: string, res: ModelResponse): Record<string, unknown> {
  return {
    id,
    type: 'message',
    role: 'assistant',
    model,
    content: [...(res.text ? [{ type: 'text', text: res.text }] : []), ...(res.toolCalls ?? []).map(toolUse)],
    stop_reason: stopReason[res.finishReason],
    stop_sequence: null,
    usage: { input_tokens: res.usage.inputTokens, output_tokens: res.usage.outputTokens },
  };
}

export interface WireEvent {
  event: string;
  data: string;
}
const ev = (data: { type: string } & Record<string, unknown>): WireEvent => ({
  event: data.type,
  data: JSON.stringify(data),
});

/**
 * The event sequence of one streamed message. Text opens block 0 on its first delta; tool calls get their
 * own blocks after it, each with its input as one `input_json_delta`.
 */
export function messageEvents(id: string, model: string) {
  let textOpen = false;
  let next = 0;
  return {
    start: (inputTokens = 0, answering = model) =>
      ev({
        type: 'message_start',
        message: {
          id,
          type: 'message',
          role: 'assistant',
          model: answering,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: inputTokens, output_tokens: 0 },
        },
      }),
    text(t: string): WireEvent[] {
      const out: WireEvent[] = [];
      if (!textOpen) {
        textOpen = true;
        out.push(ev({ type: 'content_block_start', index: next, content_block: { type: 'text', text: '' } }));
      }
      out.push(ev({ type: 'content_block_delta', index: next, delta: { type: 'text_delta', text: t } }));
      return out;
    },
    /** The last events; `extras` (an app's trace id, citations…) ride on message_delta as `tandem`. */
    finish(res: ModelResponse, extras?: Record<string, unknown>): WireEvent[] {
      const out: WireEvent[] = [];
      if (textOpen) out.push(ev({ type: 'content_block_stop', index: next++ }));
      for (const call of res.toolCalls ?? []) {
        const index = next++;
        out.push(
          ev({ type: 'content_block_start', index, content_block: { ...toolUse(call), input: {} } }),
          ev({
            type: 'content_block_delta',
            index,
            delta: { type: 'input_json_delta', partial_json: JSON.stringify(call.args) },
          }),
          ev({ type: 'content_block_stop', index }),
        );
      }
      out.push(
        ev({
          type: 'message_delta',
          delta: { stop_reason: stopReason[res.finishReason], stop_sequence: null },
          usage: usageDelta(res.usage),
          ...(extras ? { tandem: extras } : {}),
        }),
        ev({ type: 'message_stop' }),
      );
      return out;
    },
  };
}

const usageDelta = (u: Usage) => ({ input_tokens: u.inputTokens, output_tokens: u.outputTokens });

/** Anthropic error types by HTTP status, as the SDK maps them to its error classes. */
export function anthropicErrorType(status: number): string {
  if (status === 400 || status === 413) return status === 413 ? 'request_too_large' : 'invalid_request_error';
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 429) return 'rate_limit_error';
  if (status === 529) return 'overloaded_error';
  return 'api_error';
}

/** The `{ type: "error", error: { type, message } }` body. */
export function anthropicError(status: number, message: string) {
  return { type: 'error', error: { type: anthropicErrorType(status), message } };
}
