/**
 * @module Chat Completions to an OpenAI-compatible provider, passed through: the client's body goes up with
 * the provider's model, and the upstream's answer comes back as it is (the JSON byte for byte, a stream
 * event for event in one write per upstream read), straight onto Node's response. Nothing is parsed and
 * re-encoded on the way; the request is still traced, metered and charged.
 */
import type { Context } from 'hono';
import type { Message, Provider, RelayedChatCompletion, RelayedChatStream, Usage } from '../../core/index.js';
import type { Project } from '../../pipeline/index.js';
import type { TraceSink } from '../../tracing/index.js';
import { errorJson, errorResponse } from '../error-response.js';
import { accountAnswer, markResponded } from '../metrics.js';
import { nodeOf } from '../request-body.js';
import { openSse } from '../sse.js';
import { tandemHeaders } from '../tandem-headers.js';
import { startRequestTrace, type TracedOutput, tracedOutput } from '../traced-call.js';

export interface RelayRequest {
  provider: Provider;
  name: string;
  body: Record<string, unknown> & { stream?: boolean };
  messages: Message[];
  project: Project;
  traces: TraceSink;
  signal: AbortSignal;
  /** performance.now() when the request arrived. */
  started: number;
}

/** Whether the request can be passed through: the provider relays this kind of call, on a Node server. */
export const canRelay = (c: Context, provider: Provider, body: { stream?: boolean }): boolean =>
  nodeOf(c) !== undefined &&
  (body.stream === true
    ? typeof provider.relayChatStream === 'function'
    : typeof provider.relayChatCompletion === 'function');

/**
 * Relays the call onto Node's response and resolves when it has ended. A refusal before the first byte
 * comes back as a JSON error Response instead; `undefined` means the response was written here.
 */
export async function relay(c: Context, o: RelayRequest): Promise<Response | undefined> {
  const res = nodeOf(c)!.outgoing;
  // The overhead header counts tandem's own time: everything but the wait for the upstream's answer.
  const asked = performance.now();
  const facts = { provider: o.provider.id, attempts: 1, cached: false };
  // The upstream call goes out first; the trace is opened while it is on the wire. Likewise the answer
  // goes to the client before the books are done: none of that is the caller's wait.
  const call = o.body.stream
    ? o.provider.relayChatStream!(o.body, o.signal)
    : o.provider.relayChatCompletion!(o.body, o.signal);
  const trace = startRequestTrace(c, o.project, o.name, o.messages);
  const span = trace.root.child(o.provider.id, 'model', { relay: true });
  const settle = async (usage: Usage, costUsd: number, output: TracedOutput) => {
    span.end({ usage, costUsd });
    await o.traces.write(trace.finish({ output: tracedOutput(output) }));
    await accountAnswer(c, { usage, costUsd, provider: o.provider.id, cached: false });
  };
  const fail = async (err: unknown) => {
    span.end({ error: err });
    await o.traces.write(trace.finish({ error: err }));
  };

  let answer: RelayedChatCompletion | RelayedChatStream;
  try {
    answer = await call;
  } catch (err) {
    await fail(err);
    return errorJson(c, err, 'model');
  }
  const upstreamMs = performance.now() - asked;
  span.set({ model: answer.model });

  if ('json' in answer) {
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(answer.json),
      ...tandemHeaders({
        ...facts,
        costUsd: answer.costUsd,
        overheadMs: performance.now() - o.started - upstreamMs,
      }),
    });
    markResponded(c);
    res.end(answer.json);
    await settle(answer.usage, answer.costUsd, answer);
    return undefined;
  }

  // Cost is known only at the end of the stream: see the trace and /metrics.
  const sse = openSse(
    c,
    tandemHeaders({ ...facts, costUsd: 0, overheadMs: performance.now() - o.started - upstreamMs }),
  );
  let failure: unknown;
  try {
    for await (const events of answer.events) await sse.sendRaw(events);
  } catch (err) {
    failure = err;
    // Headers are gone: the error travels as an event the SDKs raise.
    await sse.send(JSON.stringify(errorResponse(err, 'model').body)).catch(() => {});
  }
  sse.end();
  if (failure !== undefined) await fail(failure);
  else {
    const usage = answer.usage();
    await settle(usage, answer.costUsd(usage), { text: answer.text(), toolCalls: answer.toolCalls() });
  }
  return undefined;
}
