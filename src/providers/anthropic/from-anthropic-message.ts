import type Anthropic from '@anthropic-ai/sdk';
import type { ToolCall } from '../../core/index.js';
import type { Answer } from '../model-response.js';
import { badResponse } from '../provider-errors.js';
import { usageOf } from '../usage-of.js';
import { mapAnthropicStopReason } from './map-stop-reason.js';

/**
 * What a Messages API answer said: its text blocks joined, its tool_use blocks as tool calls. `model` stands in
 * when the answer names none; an answer without content blocks is a bad response from provider `id`.
 */
export function fromAnthropicMessage(id: string, msg: Anthropic.Messages.Message, model: string): Answer {
  if (!Array.isArray(msg?.content)) throw badResponse(id, 'response has no content blocks');
  let text = '';
  const toolCalls: ToolCall[] = [];
  for (const block of msg.content) {
    if (block.type === 'text') text += block.text;
    else if (block.type === 'tool_use')
      toolCalls.push({
        id: block.id,
        name: block.name,
        args: (block.input ?? {}) as Record<string, unknown>,
      });
  }
  return {
    text,
    toolCalls,
    finishReason: mapAnthropicStopReason(msg.stop_reason),
    usage: usageOf(msg.usage?.input_tokens, msg.usage?.output_tokens),
    model: msg.model || model,
  };
}
