/**
 * @module Relaying a streamed Chat Completion byte for byte: a gateway in front of an OpenAI-compatible
 * upstream forwards each SSE event as it arrives instead of parsing and re-encoding it, and reads only
 * what it must account for (usage, the answering model, whether the stream finished).
 */
import { request } from 'undici';
import type { RelayedChatStream, Usage } from '../../core/index.js';
import { abortError, badResponse, errorFromStatus, parseRetryAfter } from '../provider-errors.js';

interface RelayOptions {
  id: string;
  url: string;
  headers: Record<string, string>;
  signal?: AbortSignal;
}

/** POSTs `body` (already `stream: true`) and yields the upstream's events; non-200 answers throw before any byte. */
export async function relayChatStream(
  body: Record<string, unknown>,
  o: RelayOptions,
): Promise<Pick<RelayedChatStream, 'events' | 'usage'>> {
  let res: Awaited<ReturnType<typeof request>>;
  try {
    res = await request(o.url, {
      method: 'POST',
      headers: { ...o.headers, accept: 'text/event-stream' },
      body: JSON.stringify(body),
      signal: o.signal,
    });
  } catch (err) {
    if (o.signal?.aborted) throw abortError(o.id, o.signal, err);
    throw badResponse(
      o.id,
      `connection failed: ${(err as { cause?: Error }).cause?.message ?? (err as Error).message}`,
      err,
    );
  }
  if (res.statusCode !== 200) {
    const text = await res.body.text().catch(() => '');
    let detail = text.slice(0, 300);
    try {
      const parsed = JSON.parse(text) as { error?: { message?: string } | string };
      detail = (typeof parsed.error === 'string' ? parsed.error : parsed.error?.message) ?? detail;
    } catch {
      // not JSON: keep the text
    }
    const get = (name: string) => {
      const v = res.headers[name];
      return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
    };
    throw errorFromStatus(o.id, res.statusCode, detail, parseRetryAfter({ get }));
  }
  let usage: Usage = { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
  const upstream = res.body;
  async function* events(): AsyncIterable<string> {
    let buffer = '';
    let done = false;
    try {
      for await (const chunk of upstream) {
        buffer += chunk.toString();
        for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
          const event = buffer.slice(0, end + 2);
          buffer = buffer.slice(end + 2);
          if (event.startsWith('data: [DONE]')) done = true;
          // Only the usage chunk is parsed; every other event goes out untouched.
          else if (event.includes('"usage":{')) {
            try {
              const u = (
                JSON.parse(event.slice(event.indexOf('{'))) as {
                  usage?: { prompt_tokens?: number; completion_tokens?: number };
                }
              ).usage;
              if (u) {
                const input = u.prompt_tokens ?? 0;
                const output = u.completion_tokens ?? 0;
                usage = { inputTokens: input, outputTokens: output, totalTokens: input + output };
              }
            } catch {
              // a malformed event is the client's to see; accounting keeps the zeros
            }
          }
          yield event;
        }
      }
    } catch (err) {
      if (o.signal?.aborted) throw abortError(o.id, o.signal, err);
      throw badResponse(o.id, `the stream was cut: ${(err as Error).message}`, err);
    }
    if (!done) throw badResponse(o.id, 'the stream ended before [DONE] (connection cut?)');
  }
  return { events: events(), usage: () => usage };
}
