/**
 * @module Relaying a streamed Chat Completion byte for byte: a gateway in front of an OpenAI-compatible
 * upstream forwards the SSE events as they arrive instead of parsing and re-encoding each one, and reads
 * only what it must account for (usage, whether the stream finished).
 */
import { StringDecoder } from 'node:string_decoder';
import type { ToolCall, Usage } from '../../core/index.js';
import { parseToolArgs } from '../parse-tool-args.js';
import { abortError, badResponse } from '../provider-errors.js';
import { openEventStream, type UpstreamRequest } from './upstream-request.js';

/** A stream being relayed: its raw events, and what was read from them on the way. */
export interface RelayedStream {
  /** Whole SSE events, as the upstream sent them (one or more per item). Throws when cut before `[DONE]`. */
  events: AsyncIterable<string>;
  /** After `events` is drained: usage from the final chunk, zeros if the upstream sent none. */
  usage(): Usage;
  /** The content deltas joined. */
  text(): string;
  /** Tool calls assembled from their fragments. */
  toolCalls(): ToolCall[];
  /** The last finish_reason the upstream sent. */
  finishReason(): string | null;
}

interface RelayOptions extends UpstreamRequest {
  /** Pass the usage-only chunk on (the client asked for it); it is always requested, for accounting. */
  forwardUsage: boolean;
}

const USAGE = '"usage":{';
const CONTENT = '"content":"';
const TOOL_CALLS = '"tool_calls":[';
const FINISH = '"finish_reason":"';

/** The index of the quote closing the JSON string whose opening quote is at `open`. */
function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92)
      i++; // a backslash escapes the next character
    else if (c === 34) return i;
  }
  return -1;
}

/** Usage from one SSE event, or undefined when it is not valid JSON with a usage object. */
function usageOf(event: string): Usage | undefined {
  try {
    const u = (
      JSON.parse(event.slice(event.indexOf('{'))) as {
        usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
      }
    ).usage;
    if (!u) return undefined;
    const input = u.prompt_tokens ?? 0;
    const output = u.completion_tokens ?? 0;
    return { inputTokens: input, outputTokens: output, totalTokens: input + output };
  } catch {
    return undefined; // a malformed event is the client's to see; accounting keeps what it had
  }
}

/** POSTs `body` (already `stream: true`) and yields the upstream's events; non-200 answers throw before any byte. */
export async function relayChatStream(
  body: Record<string, unknown>,
  o: RelayOptions,
): Promise<RelayedStream> {
  const upstream = await openEventStream(body, o);
  let usage: Usage = { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
  let answer = '';
  let finish: string | null = null;
  const calls = new Map<number, { id: string; name: string; args: string }>();
  /** Assembles tool-call fragments; only events that carry them are parsed (tool-call streams are short). */
  const collectToolCalls = (events: string) => {
    for (const event of events.split('\n\n')) {
      if (!event.includes(TOOL_CALLS)) continue;
      try {
        const chunk = JSON.parse(event.slice(event.indexOf('{'))) as {
          choices?: Array<{
            delta?: {
              tool_calls?: Array<{
                index: number;
                id?: string;
                function?: { name?: string; arguments?: string };
              }>;
            };
          }>;
        };
        for (const tc of chunk.choices?.[0]?.delta?.tool_calls ?? []) {
          const slot = calls.get(tc.index) ?? { id: '', name: '', args: '' };
          if (tc.id) slot.id = tc.id;
          if (tc.function?.name) slot.name += tc.function.name;
          if (tc.function?.arguments) slot.args += tc.function.arguments;
          calls.set(tc.index, slot);
        }
      } catch {
        // a malformed event is the client's to see; the trace skips it
      }
    }
  };
  /** Appends the text deltas of whole events to `answer`, without parsing the events (for the trace). */
  const collectText = (events: string) => {
    // A raw `"content":"` can only be a key: inside a JSON string its quotes would be escaped.
    for (let at = events.indexOf(CONTENT); at !== -1; at = events.indexOf(CONTENT, at + 1)) {
      const open = at + CONTENT.length - 1;
      const close = closingQuote(events, open);
      if (close === -1) return;
      try {
        answer += JSON.parse(events.slice(open, close + 1)) as string;
      } catch {
        // not a well-formed string: the client sees it as it is; the trace skips it
      }
      at = close;
    }
  };
  // Decoded as a stream: a character split across two network chunks stays whole. (undici's own
  // setEncoding decodes each chunk alone and would break it.)
  const decoder = new StringDecoder('utf8');

  /** The complete events of `text` as they go to the client: the usage read, the usage-only chunk maybe dropped. */
  const account = (text: string): string => {
    for (let at = text.indexOf(USAGE); at !== -1; at = text.indexOf(USAGE, at + USAGE.length)) {
      const previous = text.lastIndexOf('\n\n', at);
      const start = previous === -1 ? 0 : previous + 2;
      const end = text.indexOf('\n\n', at) + 2;
      const event = text.slice(start, end);
      usage = usageOf(event) ?? usage;
      if (!o.forwardUsage && event.includes('"choices":[]')) {
        text = text.slice(0, start) + text.slice(end);
        at = start - USAGE.length;
      }
    }
    return text;
  };

  async function* events(): AsyncIterable<string> {
    let buffer = '';
    let done = false;
    try {
      for await (const chunk of upstream as AsyncIterable<Buffer>) {
        buffer += decoder.write(chunk);
        // Everything up to the last blank line is whole events: they go out together, in one write.
        const end = buffer.lastIndexOf('\n\n');
        if (end === -1) continue;
        const complete = buffer.slice(0, end + 2);
        buffer = buffer.slice(end + 2);
        if (complete.startsWith('data: [DONE]') || complete.includes('\n\ndata: [DONE]')) done = true;
        collectText(complete);
        const f = complete.lastIndexOf(FINISH);
        if (f !== -1) finish = complete.slice(f + FINISH.length, complete.indexOf('"', f + FINISH.length));
        if (complete.includes(TOOL_CALLS)) collectToolCalls(complete);
        const out = complete.includes(USAGE) ? account(complete) : complete;
        if (out) yield out;
      }
    } catch (err) {
      if (o.signal?.aborted) throw abortError(o.id, o.signal, err);
      throw badResponse(o.id, `the stream was cut: ${(err as Error).message}`, err);
    }
    if (!done) throw badResponse(o.id, 'the stream ended before [DONE] (connection cut?)');
  }
  const toolCalls = (): ToolCall[] =>
    [...calls.entries()]
      .sort(([a], [b]) => a - b)
      .map(([i, c]) => ({ id: c.id || `call_${i}`, name: c.name, args: parseToolArgs(c.args) }));
  return { events: events(), usage: () => usage, text: () => answer, toolCalls, finishReason: () => finish };
}
