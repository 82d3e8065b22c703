/**
 * @module Reading a Responses API event stream from an upstream: the events of each network read, parsed,
 * with the SSE text they came as (for a relay) and keep-alive comments (for the client of a relay).
 */
import { StringDecoder } from 'node:string_decoder';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { badResponse } from '../provider-errors.js';
import { frame } from './relay-chat-stream.js';
import type { ResponsesEvent } from './responses-ledger.js';
import { openEventStream, streamReadError, type UpstreamRequest } from './upstream-request.js';

/** One thing read from the stream: an event with its SSE text, or a keep-alive comment. */
export type StreamItem = { event: ResponsesEvent; sse: string } | { comment: string };

/** POSTs a streaming body and yields what each network read brought; a cut or a malformed event throws. */
export async function* readResponsesStream(
  body: Record<string, unknown>,
  o: UpstreamRequest & { heartbeat?: () => void },
): AsyncIterable<StreamItem[]> {
  const upstream = await openEventStream(body, o);
  const decoder = new StringDecoder('utf8');
  let items: StreamItem[] = [];
  const parser = createParser({
    onEvent: (e) => items.push({ event: parseEvent(o.id, e), sse: frame(e) }),
    onComment: (comment) => items.push({ comment: `:${comment}\n\n` }),
  });
  try {
    for await (const bytes of upstream as AsyncIterable<Buffer>) {
      o.heartbeat?.();
      parser.feed(decoder.write(bytes));
      if (!items.length) continue;
      const read = items;
      items = [];
      yield read;
    }
  } catch (err) {
    throw streamReadError(o, err);
  } finally {
    // A consumer that stops early must not leave the upstream connection streaming into nowhere.
    if (!upstream.readableEnded) upstream.destroy();
  }
}

/** An event's JSON; its `type` from the data, or from the SSE event name when the data lacks one. */
function parseEvent(id: string, e: EventSourceMessage): ResponsesEvent {
  let event: ResponsesEvent;
  try {
    event = JSON.parse(e.data) as ResponsesEvent;
  } catch (err) {
    throw badResponse(id, `malformed event from upstream: ${e.data.slice(0, 120)}`, err);
  }
  if (!event || typeof event !== 'object')
    throw badResponse(id, `malformed event from upstream: ${e.data.slice(0, 120)}`);
  return event.type ? event : { ...event, type: e.event ?? '' };
}
