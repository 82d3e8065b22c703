/**
 * @module What a provider attached to a tool call it made (Gemini's thought signature, an OpenAI item id), kept
 * by call id so the call can carry it again when the conversation is sent back: tandem's ToolCall has no room
 * for it, and Gemini 3 reasons worse (or refuses) when a replayed call lost its signature.
 */
import type { SpecProviderMetadata } from './spec.js';

/** Provider metadata of recent tool calls, by call id. */
export interface ToolCallMemory {
  remember(toolCallId: string, metadata: SpecProviderMetadata | undefined): void;
  recall(toolCallId: string): SpecProviderMetadata | undefined;
}

/** A memory of the last `limit` tool calls that carried metadata (oldest forgotten first). */
export function createToolCallMemory(limit = 1000): ToolCallMemory {
  const byId = new Map<string, SpecProviderMetadata>();
  return {
    remember(toolCallId, metadata) {
      if (!metadata || !Object.keys(metadata).length) return;
      byId.delete(toolCallId);
      byId.set(toolCallId, metadata);
      if (byId.size > limit) byId.delete(byId.keys().next().value as string);
    },
    recall: (toolCallId) => byId.get(toolCallId),
  };
}
