/**
 * @module What a relayed Chat Completions stream said, read chunk by chunk on its way to the client: the text,
 * the tool calls assembled from their fragments, the finish reason and the usage, for the trace and the books.
 */
import type { ToolCall, Usage } from '../../core/index.js';
import { parseToolArgs } from '../parse-tool-args.js';

/** The parts of a `chat.completion.chunk` the relay reads. */
export interface RelayedChunk {
  choices?: Array<{
    delta?: {
      content?: string | null;
      refusal?: string | null;
      tool_calls?: Array<{ index: number; id?: string; function?: { name?: string; arguments?: string } }>;
      function_call?: unknown;
    } | null;
    finish_reason?: string | null;
  }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
  error?: { message?: string } | string;
}

/**
 * True for a chunk that says nothing yet: a role-only first chunk, an empty delta, a filter-results preamble.
 * A stream is not committed to the client on these, so a route can still retry or fall back after them.
 */
export function isPreamble(chunk: RelayedChunk): boolean {
  if (chunk.usage) return false;
  return (chunk.choices ?? []).every(
    (c) =>
      !c.finish_reason &&
      !c.delta?.content &&
      !c.delta?.refusal &&
      !c.delta?.tool_calls?.length &&
      !c.delta?.function_call,
  );
}

/** Accumulates what the chunks of one stream said. */
export function createRelayLedger() {
  let usage: Usage | undefined;
  let text = '';
  let finish: string | null = null;
  const calls = new Map<number, { id: string; name: string; args: string }>();
  return {
    /** Reads one chunk. */
    add(chunk: RelayedChunk): void {
      if (chunk.usage) {
        const input = chunk.usage.prompt_tokens ?? 0;
        const output = chunk.usage.completion_tokens ?? 0;
        usage = { inputTokens: input, outputTokens: output, totalTokens: input + output };
      }
      const choice = chunk.choices?.[0];
      if (!choice) return;
      if (choice.delta?.content) text += choice.delta.content;
      if (choice.finish_reason) finish = choice.finish_reason;
      for (const tc of choice.delta?.tool_calls ?? []) {
        const slot = calls.get(tc.index) ?? { id: '', name: '', args: '' };
        if (tc.id) slot.id = tc.id;
        if (tc.function?.name) slot.name += tc.function.name;
        if (tc.function?.arguments) slot.args += tc.function.arguments;
        calls.set(tc.index, slot);
      }
    },
    /** The usage the upstream reported, if it has yet. */
    reportedUsage: (): Usage | undefined => usage,
    text: () => text,
    finishReason: () => finish,
    toolCalls: (): ToolCall[] =>
      [...calls.entries()]
        .sort(([a], [b]) => a - b)
        .map(([i, c]) => ({ id: c.id || `call_${i}`, name: c.name, args: parseToolArgs(c.args) })),
  };
}
