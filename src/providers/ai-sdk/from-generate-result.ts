import type { ToolCall } from '../../core/index.js';
import type { Answer } from '../model-response.js';
import { parseToolArgs } from '../parse-tool-args.js';
import { badResponse } from '../provider-errors.js';
import { mapFinishReason } from './map-finish-reason.js';
import { mapUsage } from './map-usage.js';
import type { SpecContent, SpecGenerateResult } from './spec.js';
import type { ToolCallMemory } from './tool-call-memory.js';

/**
 * What a `doGenerate` result said: its text parts joined (or the structured-output text the package chose for a
 * JSON answer), its tool calls, finish reason, usage and the model that answered (`model` when it names none).
 * Tool calls run by the provider itself and reasoning are left out: tandem's loop runs its own tools.
 */
export function fromGenerateResult(
  id: string,
  result: SpecGenerateResult,
  model: string,
  memory?: ToolCallMemory,
): Answer {
  if (!Array.isArray(result?.content)) throw badResponse(id, 'the model returned no content');
  let text = '';
  const toolCalls: ToolCall[] = [];
  for (const part of result.content) {
    if (part.type === 'text') text += part.text;
    else if (part.type === 'tool-call' && !part.providerExecuted) toolCalls.push(toolCallOf(part, memory));
  }
  return {
    text: result.structuredOutputText ?? text,
    toolCalls,
    finishReason: mapFinishReason(result.finishReason),
    usage: mapUsage(result.usage),
    model: result.response?.modelId || model,
  };
}

/** A tool call part as ours, its provider metadata remembered for when the call is sent back. */
export function toolCallOf(
  part: Extract<SpecContent, { type: 'tool-call' }>,
  memory?: ToolCallMemory,
): ToolCall {
  memory?.remember(part.toolCallId, part.providerMetadata);
  // The specification sends the input as JSON text; a package that sends the object is read as it is.
  const input = part.input as unknown;
  const args = typeof input === 'string' ? parseToolArgs(input) : ((input ?? {}) as Record<string, unknown>);
  return { id: part.toolCallId, name: part.toolName, args };
}
