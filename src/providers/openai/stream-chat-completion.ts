/**
 * @module A streamed Chat Completion read chunk by chunk without the SDK: over the upstream's pool, with
 * eventsource-parser for the SSE framing. The SDK's fetch and web streams cost more CPU than the model's
 * tokens are worth on a busy gateway (profiled: web streams, transferables and GC led the profile).
 */
import { StringDecoder } from 'node:string_decoder';
import { createParser } from 'eventsource-parser';
import type OpenAI from 'openai';
import { badResponse } from '../provider-errors.js';
import { openEventStream, streamReadError, type UpstreamRequest } from './upstream-request.js';

/** POSTs a streaming body and yields each chunk; a cut, a malformed event or an error event throws. */
export async function* streamChatCompletion(
  body: Record<string, unknown>,
  o: UpstreamRequest & { heartbeat?: () => void },
): AsyncIterable<OpenAI.Chat.Completions.ChatCompletionChunk> {
  const upstream = await openEventStream(body, o);
  const decoder = new StringDecoder('utf8');
  const data: string[] = [];
  const parser = createParser({ onEvent: (event) => data.push(event.data) });
  try {
    for await (const bytes of upstream as AsyncIterable<Buffer>) {
      o.heartbeat?.();
      parser.feed(decoder.write(bytes));
      for (const d of data) {
        if (d === '[DONE]') return;
        let chunk: OpenAI.Chat.Completions.ChatCompletionChunk & { error?: { message?: string } };
        try {
          chunk = JSON.parse(d);
        } catch (err) {
          throw badResponse(o.id, `malformed event from upstream: ${d.slice(0, 120)}`, err);
        }
        // An upstream that fails mid-stream says so in an event of its own.
        if (chunk.error)
          throw badResponse(o.id, `error event: ${chunk.error.message ?? JSON.stringify(chunk.error)}`);
        yield chunk;
      }
      data.length = 0;
    }
  } catch (err) {
    throw streamReadError(o, err);
  } finally {
    // A consumer that stops early must not leave the upstream connection streaming into nowhere.
    if (!upstream.readableEnded) upstream.destroy();
  }
}
