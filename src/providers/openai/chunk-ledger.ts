/**
 * @module What a streamed Chat Completion said, read chunk by chunk: the text, the tool calls assembled from
 * their fragments, the finish reason, the model and the usage. The provider's own streams and relayed
 * (passed-through) streams read their chunks with it, for the final response, the trace and the books.
 */
import type { ToolCall, Usage } from '../../core/index.js';
import { parseToolArgs } from '../parse-tool-args.js';
import { mapOpenAIUsage } from './map-usage.js';

/** One fragment of a streamed tool call. */
interface ToolCallFragment {
  index: number;
  id?: string;
  function?: { name?: string; arguments?: string };
}

/** The parts of a `chat.completion.chunk` the ledger (and the relay) read. */
export interface ChatChunk {
  model?: string;
  choices?: Array<{
    delta?: {
      content?: string | null;
      refusal?: string | null;
      tool_calls?: ToolCallFragment[];
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
export function isPreamble(chunk: ChatChunk): boolean {
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

/** What the chunks of one stream said so far. */
export interface ChunkLedger {
  /** Reads one chunk; returns the text it adds (empty when none). */
  add(chunk: ChatChunk): string;
  /** The usage the upstream reported, if it has yet. */
  reportedUsage(): Usage | undefined;
  /** The content deltas joined. */
  text(): string;
  /** The last finish_reason the upstream sent; null before one. */
  finishReason(): string | null;
  /** The last model a chunk named, if any did. */
  model(): string | undefined;
  /** Tool calls assembled from their fragments, in index order (a call without an id gets `call_<index>`). */
  toolCalls(): ToolCall[];
}

/** Accumulates what the chunks of one stream said. */
export function createChunkLedger(): ChunkLedger {
  let usage: Usage | undefined;
  let text = '';
  let finish: string | null = null;
  let model: string | undefined;
  const calls = new Map<number, { id: string; name: string; args: string }>();
  const addFragment = (tc: ToolCallFragment) => {
    const slot = calls.get(tc.index) ?? { id: '', name: '', args: '' };
    if (tc.id) slot.id = tc.id;
    slot.name += tc.function?.name ?? '';
    slot.args += tc.function?.arguments ?? '';
    calls.set(tc.index, slot);
  };
  return {
    add(chunk) {
      if (chunk.model) model = chunk.model;
      if (chunk.usage) usage = mapOpenAIUsage(chunk.usage);
      const choice = chunk.choices?.[0];
      if (!choice) return '';
      const added = choice.delta?.content ?? '';
      text += added;
      if (choice.finish_reason) finish = choice.finish_reason;
      for (const tc of choice.delta?.tool_calls ?? []) addFragment(tc);
      return added;
    },
    reportedUsage: () => usage,
    text: () => text,
    finishReason: () => finish,
    model: () => model,
    toolCalls: () =>
      [...calls.entries()]
        .sort(([a], [b]) => a - b)
        .map(([i, c]) => ({ id: c.id || `call_${i}`, name: c.name, args: parseToolArgs(c.args) })),
  };
}
