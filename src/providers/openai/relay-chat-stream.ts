/**
 * @module Relaying a streamed Chat Completion event for event: a gateway in front of an OpenAI-compatible
 * upstream forwards each SSE event with its data exactly as the upstream wrote it. Events are read with
 * eventsource-parser (any line ending, events split across network reads) and checked on the way: a frame
 * that is not JSON, or an error event, ends the stream with an error instead of reaching the client as if it
 * were part of an answer.
 */
import { StringDecoder } from 'node:string_decoder';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { Dispatcher } from 'undici';
import { isTandemError, type TandemError, type ToolCall, type Usage } from '../../core/index.js';
import { withPartialUsage } from '../partial-usage.js';
import { badResponse } from '../provider-errors.js';
import { usageOf } from '../usage-of.js';
import { type ChatChunk, type ChunkLedger, createChunkLedger, isPreamble } from './chunk-ledger.js';
import { createRelayOutbox } from './relay-outbox.js';
import { openEventStream, streamReadError, type UpstreamRequest } from './upstream-request.js';

/** A stream being relayed: its events, and what was read from them on the way. */
export interface RelayedStream {
  /**
   * SSE text as it goes to the client (whole events; those of one network read together). Nothing comes out
   * before the first event with content: a role-only first chunk is held and sent with it, so a route can
   * still retry or fall back after it. Throws when the stream is cut before `[DONE]`, on a malformed frame
   * and on an error event.
   */
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
  /** Called on every read from the upstream, keep-alive comments included. */
  heartbeat?: () => void;
  /** The cost of usage, to note on the error of a stream stopped early. */
  price?: (usage: Usage) => number | undefined;
}

/** The event as SSE text, its data exactly as the upstream wrote it. */
export function frame(e: EventSourceMessage): string {
  const head = `${e.event ? `event: ${e.event}\n` : ''}${e.id !== undefined ? `id: ${e.id}\n` : ''}`;
  const data = e.data
    .split('\n')
    .map((line) => `data: ${line}\n`)
    .join('');
  return `${head}${data}\n`;
}

/** The chunk in an event's data, or the error that data means. */
function readChunk(id: string, data: string): ChatChunk | TandemError {
  const malformed = (cause?: unknown) =>
    badResponse(id, `malformed event from upstream: ${data.slice(0, 120)}`, cause);
  let chunk: ChatChunk;
  try {
    chunk = JSON.parse(data) as ChatChunk;
  } catch (err) {
    return malformed(err);
  }
  if (!chunk || typeof chunk !== 'object') return malformed();
  if (chunk.error) {
    const e = chunk.error;
    return badResponse(
      id,
      `error event from upstream: ${typeof e === 'string' ? e : (e.message ?? JSON.stringify(e))}`,
    );
  }
  return chunk;
}

/** POSTs `body` (already `stream: true`) and yields the upstream's events; non-200 answers throw before any byte. */
export async function relayChatStream(
  body: Record<string, unknown>,
  o: RelayOptions,
): Promise<RelayedStream> {
  const upstream = await openEventStream(body, o);
  const ledger = createChunkLedger();
  return {
    events: relayEvents(upstream, createRelayReader(o, ledger), ledger, o),
    usage: () => ledger.reportedUsage() ?? usageOf(),
    text: ledger.text,
    toolCalls: ledger.toolCalls,
    finishReason: ledger.finishReason,
  };
}

/** Reads the upstream's bytes into the ledger and an outbox; remembers `[DONE]` and the first bad event. */
interface RelayReader {
  /** Reads one network chunk and returns the text it releases for the client; throws what a bad event meant. */
  read(bytes: Buffer): string;
  /** True once `[DONE]` was read. */
  done(): boolean;
}

function createRelayReader(o: RelayOptions, ledger: ChunkLedger): RelayReader {
  const outbox = createRelayOutbox();
  let done = false;
  let failure: TandemError | undefined;
  const onEvent = (e: EventSourceMessage) => {
    if (failure || done) return;
    if (e.data === '[DONE]') {
      done = true;
      return outbox.send(frame(e), true);
    }
    const chunk = readChunk(o.id, e.data);
    if (isTandemError(chunk)) {
      failure = chunk;
      return;
    }
    ledger.add(chunk);
    // The usage-only chunk is always asked for (the books need it); the client sees it only if it asked.
    if (!o.forwardUsage && chunk.usage && chunk.choices?.length === 0) return;
    outbox.send(frame(e), !isPreamble(chunk));
  };
  // Keep-alives pass once the stream is the client's.
  const parser = createParser({ onEvent, onComment: (comment) => outbox.comment(`:${comment}\n\n`) });
  // Decoded as a stream: a character split across two network reads stays whole.
  const decoder = new StringDecoder('utf8');
  return {
    read(bytes) {
      parser.feed(decoder.write(bytes));
      if (failure) throw failure;
      return outbox.take();
    },
    done: () => done,
  };
}

/** The client's text, read by read; a cut, an abort or a bad event throws (an abort with the usage so far). */
async function* relayEvents(
  upstream: Dispatcher.ResponseData['body'],
  reader: RelayReader,
  ledger: ChunkLedger,
  o: RelayOptions,
): AsyncIterable<string> {
  try {
    for await (const bytes of upstream as AsyncIterable<Buffer>) {
      o.heartbeat?.();
      const text = reader.read(bytes);
      if (text) yield text;
    }
  } catch (err) {
    const error = streamReadError(o, err);
    if (!o.signal?.aborted) throw error;
    // A stream the client left still spent what the upstream reported.
    const usage = ledger.reportedUsage();
    throw withPartialUsage(error, usage, usage && o.price?.(usage));
  } finally {
    // A consumer that stops early must not leave the upstream connection streaming into nowhere.
    if (!upstream.readableEnded) upstream.destroy();
  }
  if (!reader.done()) throw badResponse(o.id, 'the stream ended before [DONE] (connection cut?)');
}
