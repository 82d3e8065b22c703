/**
 * @module One model call made for a served request, whatever the wire format: its trace, and once the
 * answer is complete the books (metrics, the key's spend) and the `x-tandem-*` headers.
 */
import type { Context } from 'hono';
import type { Message, ModelRequest, ModelResponse, Provider, ToolCall, Usage } from '../core/index.js';
import type { Project } from '../pipeline/index.js';
import {
  type RelayBody,
  type RelayedEvent,
  type RelayedResponse,
  type RelayFormat,
  relayOf,
} from '../providers/index.js';
import { startTrace, type Trace, type TraceSink } from '../tracing/index.js';
import { apiKeyOf } from './keys/key-guard.js';
import { accountAnswer } from './metrics.js';
import { clientSignal } from './request-body.js';
import { tandemHeaders } from './tandem-headers.js';
import { traceparentOf } from './traceparent.js';

/** Starts the trace of a request to a route or provider, with the project's content policy and the caller's key. */
export function startRequestTrace(c: Context, project: Project, name: string, messages: Message[]): Trace {
  return startTrace({
    name,
    kind: 'request',
    input: { messages },
    captureContent: project.loaded.config.tracing.captureContent,
    ...apiKeyOf(c),
    attributes: traceparentOf(c),
  });
}

/** Tokens (and their cost, when known) a call spent although it did not finish. */
export interface Spent {
  usage: Usage;
  costUsd?: number;
  provider?: string;
}

/** What a served call's trace keeps of the answer. */
export interface TracedOutput {
  text: string;
  toolCalls?: ToolCall[];
}

/** The trace output: the text, and the tool calls when the model made any. */
export const tracedOutput = (o: TracedOutput) =>
  o.toolCalls?.length ? { text: o.text, toolCalls: o.toolCalls } : { text: o.text };

/** The traced call of a route or provider a request resolved to, stopped when the client goes. */
export function targetCall(
  c: Context,
  o: {
    project: Project;
    traces: TraceSink;
    target: { name: string; provider: Provider };
    req: ModelRequest;
    relayBody?: RelayBody;
    relayFormat?: RelayFormat;
    started: number;
  },
) {
  const { target, ...rest } = o;
  return tracedCall(c, { ...rest, name: target.name, provider: target.provider, signal: clientSignal(c) });
}

/**
 * The call, traced: `generate` does it all (the books are done just after the answer goes out, not before);
 * a stream calls `settle` on its finish event or `fail`. With a `relayBody`, a provider (or route) that can
 * relay its format (Chat Completions unless `relayFormat` says otherwise) sends it as it is and answers with
 * the upstream's bytes; others answer from `req`.
 */
export function tracedCall(
  c: Context,
  o: {
    project: Project;
    traces: TraceSink;
    name: string;
    provider: Provider;
    req: ModelRequest;
    relayBody?: RelayBody;
    relayFormat?: RelayFormat;
    signal: AbortSignal;
    started: number;
  },
) {
  const trace = startRequestTrace(c, o.project, o.name, o.req.messages);
  const request: ModelRequest = { ...o.req, signal: o.signal, span: trace.root };
  const { relayBody } = o;
  const relay = relayBody ? relayOf(o.provider, o.relayFormat ?? 'openai-chat') : undefined;
  const settle = async (res: ModelResponse) => {
    await o.traces.write(trace.finish({ output: tracedOutput(res) }));
    await accountAnswer(c, { ...res, costUsd: res.costUsd ?? 0, cached: res.cached ?? false });
  };
  /** Traces the failure; what the call spent before it stopped (a stream cut short) is still booked. */
  const fail = async (err: unknown, spent?: Spent) => {
    await o.traces.write(trace.finish({ error: err }));
    if (spent?.usage.totalTokens)
      await accountAnswer(c, {
        usage: spent.usage,
        costUsd: spent.costUsd ?? 0,
        provider: spent.provider ?? o.name,
        cached: false,
      });
  };
  return {
    /** The answer, and the `x-tandem-*` headers to send with it. */
    async generate(): Promise<{ res: RelayedResponse; headers: Record<string, string> }> {
      try {
        const res = await (relay && relayBody
          ? relay.generate(relayBody, request)
          : o.provider.generate(request));
        // The response is written when the handler returns; tracing and charging wait for the next turn.
        setImmediate(() => void settle(res).catch(() => {}));
        const headers = tandemHeaders({
          provider: res.provider,
          attempts: res.attempts ?? 1,
          cached: res.cached ?? false,
          costUsd: res.costUsd ?? 0,
          ...(res.costUsd === undefined ? { costUnknown: true } : {}),
          overheadMs: performance.now() - o.started - res.latencyMs,
        });
        return { res, headers };
      } catch (err) {
        await fail(err);
        throw err;
      }
    },
    stream: (): AsyncIterable<RelayedEvent> =>
      relay && relayBody ? relay.stream(relayBody, request) : o.provider.stream(request),
    settle,
    fail,
  };
}

/** A served model call, as `tracedCall` returns it. */
export type TracedCall = ReturnType<typeof tracedCall>;
