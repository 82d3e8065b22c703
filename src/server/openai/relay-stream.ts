/**
 * @module Streams a Chat Completions request to an OpenAI-compatible provider by relaying the upstream's
 * events as they are: no parse and re-encode per chunk. The request is still traced, metered and charged.
 */
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import type { Message, Provider, RelayedChatStream } from '../../core/index.js';
import type { Project } from '../../pipeline/index.js';
import type { TraceSink } from '../../tracing/index.js';
import { errorResponse } from '../error-response.js';
import { accountAnswer } from '../metrics.js';
import { setTandemHeaders } from '../tandem-headers.js';
import { startRequestTrace } from '../traced-call.js';

/** Whether the request can be relayed: a stream to a provider that relays. */
export const canRelay = (provider: Provider, body: { stream?: boolean }): boolean =>
  body.stream === true && typeof provider.relayChatStream === 'function';

// The usage-only chunk the relay asks for; dropped when the client did not ask for it.
const isUsageChunk = (event: string) => event.includes('"choices":[]') && event.includes('"usage":{');

/** The response for a relayed stream (or a JSON error when the upstream refuses before the first byte). */
export async function relayStream(
  c: Context,
  o: {
    provider: Provider;
    name: string;
    body: Record<string, unknown>;
    messages: Message[];
    project: Project;
    traces: TraceSink;
    signal: AbortSignal;
    started: number;
  },
): Promise<Response> {
  const trace = startRequestTrace(c, o.project, o.name, o.messages);
  const span = trace.root.child(o.provider.id, 'model', { relay: true });
  const wantsUsage =
    (o.body.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true;
  let relayed: RelayedChatStream;
  try {
    relayed = await o.provider.relayChatStream!(o.body, o.signal);
  } catch (err) {
    span.end({ error: err });
    await o.traces.write(trace.finish({ error: err }));
    const e = errorResponse(err, 'model');
    return c.json(e.body, e.status as 400);
  }
  span.set({ model: relayed.model });
  setTandemHeaders(c, {
    provider: o.provider.id,
    attempts: 1,
    cached: false,
    costUsd: 0, // known only at the end of the stream: see the trace and /metrics
    overheadMs: performance.now() - o.started,
  });
  c.header('content-type', 'text/event-stream');
  c.header('cache-control', 'no-cache');
  return stream(c, async (s) => {
    try {
      for await (const event of relayed.events) {
        if (!wantsUsage && isUsageChunk(event)) continue;
        await s.write(event);
      }
      const usage = relayed.usage();
      const costUsd = relayed.costUsd(usage);
      span.end({ usage, costUsd });
      await o.traces.write(trace.finish({ output: { relayed: true } }));
      await accountAnswer(c, { usage, costUsd, provider: o.provider.id, cached: false });
    } catch (err) {
      span.end({ error: err });
      await o.traces.write(trace.finish({ error: err }));
      // Headers are gone: the error travels as an event the SDKs raise.
      await s.write(`data: ${JSON.stringify(errorResponse(err, 'model').body)}\n\n`);
    }
  });
}
