import type OpenAI from 'openai';
import type { ToolCall } from '../../core/index.js';
import type { Answer } from '../model-response.js';
import { parseToolArgs } from '../parse-tool-args.js';
import { mapOpenAIFinishReason } from './map-finish-reason.js';
import { mapOpenAIUsage } from './map-usage.js';

type Completion = OpenAI.Chat.Completions.ChatCompletion;
type MessageToolCall = OpenAI.Chat.Completions.ChatCompletionMessageToolCall;

/** What a Chat Completion (already checked to have `choices[0].message`) answered; `model` when it names none. */
export function fromOpenAICompletion(completion: Completion, model: string): Answer {
  const choice = completion.choices[0]!;
  return {
    text: choice.message.content ?? '',
    toolCalls: toToolCalls(choice.message.tool_calls),
    finishReason: mapOpenAIFinishReason(choice.finish_reason),
    usage: mapOpenAIUsage(completion.usage),
    model: completion.model || model,
  };
}

/** Function tool calls of a completion's message, arguments parsed (other kinds are not ours to run). */
function toToolCalls(calls: MessageToolCall[] | undefined): ToolCall[] {
  return (calls ?? []).flatMap((c) =>
    c.type === 'function'
      ? [{ id: c.id, name: c.function.name, args: parseToolArgs(c.function.arguments) }]
      : [],
  );
}
