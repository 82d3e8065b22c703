/**
 * @module A ModelResponse as a Responses API `response` object: a `message` output item with its text, a
 * `function_call` item per tool call, usage in the Responses shape, and the request's settings echoed.
 */
import type { ModelResponse, ToolCall, Usage } from '../../core/index.js';
import type { ResponsesRequest } from './responses-request.js';

/** What every response object of one request shares. */
export interface ResponseMeta {
  id: string;
  /** Unix seconds. */
  createdAt: number;
  /** The model the client asked for (an answer names the model that answered, once it is known). */
  model: string;
  request: ResponsesRequest;
}

/** The `message` output item's id of a response. */
export const messageId = (meta: ResponseMeta) => `msg_${meta.id.replace(/^resp_/, '')}`;

/** The output items of a finished answer. */
export function outputItems(
  meta: ResponseMeta,
  res: Pick<ModelResponse, 'text' | 'toolCalls' | 'finishReason'>,
): unknown[] {
  const calls = res.toolCalls ?? [];
  const items: unknown[] = [];
  if (res.text || !calls.length) items.push(messageItem(meta, res.text, messageStatus(res)));
  for (const call of calls) items.push(functionCallItem(call, 'completed'));
  return items;
}

/** A message item's status once the answer is done: incomplete when the token limit cut it. */
export const messageStatus = (res: Pick<ModelResponse, 'finishReason'>) =>
  res.finishReason === 'length' ? ('incomplete' as const) : ('completed' as const);

/** A `message` output item holding `text`. */
export function messageItem(
  meta: ResponseMeta,
  text: string,
  status: 'in_progress' | 'completed' | 'incomplete',
) {
  return {
    id: messageId(meta),
    type: 'message',
    status,
    role: 'assistant',
    content: status === 'in_progress' ? [] : [outputText(text)],
  };
}

/** An `output_text` content part. */
export const outputText = (text: string) => ({ type: 'output_text', text, annotations: [], logprobs: [] });

/** A `function_call` output item for one tool call. */
export function functionCallItem(call: ToolCall, status: 'in_progress' | 'completed') {
  return {
    id: `fc_${call.id}`,
    type: 'function_call',
    status,
    call_id: call.id,
    name: call.name,
    arguments: status === 'completed' ? JSON.stringify(call.args) : '',
  };
}

/** Usage in the Responses shape. */
export const responsesUsage = (u: Usage) => ({
  input_tokens: u.inputTokens,
  input_tokens_details: { cached_tokens: 0 },
  output_tokens: u.outputTokens,
  output_tokens_details: { reasoning_tokens: 0 },
  total_tokens: u.totalTokens,
});

type ResponseState =
  | { status: 'in_progress' }
  | { status: 'done'; res: ModelResponse }
  | { status: 'failed'; error: { code: string; message: string } };

/** The response object: in progress (no output yet), completed, incomplete (cut by the token limit) or failed. */
export function responseObject(meta: ResponseMeta, state: ResponseState): Record<string, unknown> {
  const done = state.status === 'done' ? state.res : undefined;
  const cut = done?.finishReason === 'length';
  return {
    id: meta.id,
    object: 'response',
    created_at: meta.createdAt,
    completed_at: done ? Math.floor(Date.now() / 1000) : null,
    status: statusOf(state, cut),
    error: state.status === 'failed' ? state.error : null,
    incomplete_details: cut ? { reason: 'max_output_tokens' } : null,
    ...echoedSettings(meta.request),
    model: done?.model ?? meta.model,
    output: done ? outputItems(meta, done) : [],
    usage: done ? responsesUsage(done.usage) : null,
  };
}

function statusOf(state: ResponseState, cut: boolean): string {
  if (state.status !== 'done') return state.status;
  return cut ? 'incomplete' : 'completed';
}

// The request's settings, as the response object repeats them.
function echoedSettings(r: ResponsesRequest): Record<string, unknown> {
  return {
    instructions: r.instructions ?? null,
    max_output_tokens: r.max_output_tokens ?? null,
    parallel_tool_calls: r.parallel_tool_calls ?? true,
    previous_response_id: r.previous_response_id ?? null,
    store: r.store ?? true,
    temperature: r.temperature ?? 1,
    text: { format: r.text?.format ?? { type: 'text' } },
    tool_choice: r.tool_choice ?? 'auto',
    tools: r.tools ?? [],
    top_p: r.top_p ?? 1,
    metadata: r.metadata ?? {},
    // Fields the spec requires on every response, at the values a translated call runs with.
    truncation: 'disabled',
    presence_penalty: 0,
    frequency_penalty: 0,
    top_logprobs: 0,
    reasoning: null,
    max_tool_calls: null,
    background: false,
    service_tier: 'default',
    safety_identifier: null,
    prompt_cache_key: null,
  };
}
