/**
 * @module Streams a Chat Completions request to an OpenAI-compatible provider by relaying the upstream's
 * events as they are: no parse and re-encode per chunk, and straight onto Node's response (one write per
 * upstream read, no web stream in between). The request is still traced, metered and charged.
 */
import type { ServerResponse } from 'node:http';
import type { Context } from 'hono';
import { type Message, type Provider, type RelayedChatStream, TandemError } from '../../core/index.js';
import type { Project } from '../../pipeline/index.js';
import type { TraceSink } from '../../tracing/index.js';
import { errorResponse } from '../error-response.js';
import { accountAnswer, markResponded } from '../metrics.js';
import { nodeOf } from '../request-body.js';
import { tandemHeaders } from '../tandem-headers.js';
import { startRequestTrace } from '../traced-call.js';

/** Whether the request can be relayed: a stream to a provider that relays, on a Node server. */
export const canRelay = (c: Context, provider: Provider, body: { stream?: boolean }): boolean =>
  body.stream === true && typeof provider.relayChatStream === 'function' && nodeOf(c) !== undefined;

/** Writes `text`, waiting when the client reads slower than the upstream sends; false once it is gone. */
function write(res: ServerResponse, text: string): Promise<boolean> | boolean {
  if (res.destroyed) return false;
  if (res.write(text)) return true;
  return new Promise((resolve) => {
    const done = (ok: boolean) => () => {
      res.off('drain', drained);
      res.off('close', closed);
      resolve(ok);
    };
    const drained = done(true);
    const closed = done(false);
    res.once('drain', drained);
    res.once('close', closed);
  });
}

/**
 * Relays the stream onto Node's response and resolves when it has ended. A refusal before the first byte
 * comes back as a JSON error Response instead; `undefined` means the response was written here.
 */
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
): Promise<Response | undefined> {
  const res = nodeOf(c)!.outgoing;
  const trace = startRequestTrace(c, o.project, o.name, o.messages);
  const span = trace.root.child(o.provider.id, 'model', { relay: true });
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
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    ...tandemHeaders({
      provider: o.provider.id,
      attempts: 1,
      cached: false,
      costUsd: 0, // known only at the end of the stream: see the trace and /metrics
      overheadMs: performance.now() - o.started,
    }),
  });
  markResponded(c);
  try {
    for await (const events of relayed.events)
      if (!(await write(res, events))) throw new TandemError('ABORTED', 'the client closed the connection');
    const usage = relayed.usage();
    const costUsd = relayed.costUsd(usage);
    span.end({ usage, costUsd });
    await o.traces.write(trace.finish({ output: { relayed: true } }));
    await accountAnswer(c, { usage, costUsd, provider: o.provider.id, cached: false });
  } catch (err) {
    span.end({ error: err });
    await o.traces.write(trace.finish({ error: err }));
    // Headers are gone: the error travels as an event the SDKs raise.
    await write(res, `data: ${JSON.stringify(errorResponse(err, 'model').body)}\n\n`);
  }
  res.end();
  return undefined;
}
