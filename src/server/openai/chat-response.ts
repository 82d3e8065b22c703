/**
 * @module ModelResponses as Chat Completions wire objects: the whole completion, and stream chunks.
 */
import type { FinishReason, ModelResponse, ToolCall, Usage } from '../../core/index.js';

const finish: Record<FinishReason, string> = {
  stop: 'stop',
  length: 'length',
  'tool-calls': 'tool_calls',
  'content-filter': 'content_filter',
  error: 'stop',
  other: 'stop',
};

const wireToolCalls = (calls: ToolCall[]) =>
  calls.map((c) => ({
    id: c.id,
    type: 'function' as const,
    function: { name: c.name, arguments: JSON.stringify(c.args) },
  }));
const wireUsage = (u: Usage) => ({
  prompt_tokens: u.inputTokens,
  completion_tokens: u.outputTokens,
  total_tokens: u.totalTokens,
});

/** A `chat.completion` object. */
export function toChatCompletion(id: string, res: ModelResponse): Record<string, unknown> {
  return {
    id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: res.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: res.toolCalls?.length && !res.text ? null : res.text,
          ...(res.toolCalls?.length ? { tool_calls: wireToolCalls(res.toolCalls) } : {}),
          refusal: null,
        },
        logprobs: null,
        finish_reason: finish[res.finishReason],
      },
    ],
    usage: wireUsage(res.usage),
  };
}

/** Builders for the `chat.completion.chunk` objects of one streamed response. */
export function chunker(id: string, model: string) {
  const created = Math.floor(Date.now() / 1000);
  const base = (choices: unknown[], extra: Record<string, unknown> = {}) => ({
    id,
    object: 'chat.completion.chunk',
    created,
    model,
    choices,
    ...extra,
  });
  return {
    role: () =>
      base([{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }]),
    text: (t: string) => base([{ index: 0, delta: { content: t }, logprobs: null, finish_reason: null }]),
    toolCalls: (calls: ToolCall[]) =>
      base([
        {
          index: 0,
          delta: { tool_calls: wireToolCalls(calls).map((c, index) => ({ index, ...c })) },
          logprobs: null,
          finish_reason: null,
        },
      ]),
    finish: (reason: FinishReason) =>
      base([{ index: 0, delta: {}, logprobs: null, finish_reason: finish[reason] }]),
    usage: (u: Usage) => base([], { usage: wireUsage(u) }),
  };
}
