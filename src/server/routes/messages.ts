/**
 * @module POST /v1/messages: any route, provider or app behind the Anthropic Messages wire format,
 * non-streaming and streamed as Anthropic events, with tools; errors in Anthropic's shape.
 */
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { newId } from '../../core/index.js';
import type { Project } from '../../pipeline/index.js';
import { startTrace, type TraceSink } from '../../tracing/index.js';
import { messagesRequestSchema, toModelRequest } from '../anthropic/messages-request.js';
import {
  anthropicError,
  messageEvents,
  toAnthropicMessage,
  type WireEvent,
} from '../anthropic/messages-response.js';
import { runAppOnConversation } from '../app-from-conversation.js';
import { errorResponse } from '../error-response.js';
import { apiKeyOf } from '../keys/key-guard.js';
import { accountAnswer } from '../metrics.js';
import { readJson } from '../read-json.js';
import { resolveModel } from '../resolve-model.js';
import { setTandemHeaders } from '../tandem-headers.js';

/** The handler, bound to a project and a trace sink. */
export function messages(project: Project, traces: TraceSink) {
  return async (c: Context) => {
    const started = performance.now();
    const b = await readJson(c, messagesRequestSchema);
    if (!b.ok) return c.json(anthropicError(400, b.message), 400);
    const body = b.value;
    const id = `msg_${newId()}`;
    // The request's own signal aborts when the client goes away. (A listener closing over `c` on it would
    // leak every request: Node keeps the signal alive from a FinalizationRegistry keyed on the Request.)
    const signal = c.req.raw.signal;
    const fail = (err: unknown) => {
      const e = errorResponse(err, 'model');
      return c.json(anthropicError(e.status, e.body.error.message), e.status as 400);
    };
    try {
      const target = await resolveModel(project, body.model);
      c.set('model', body.model);
      const req = toModelRequest(body);
      if (target.kind === 'app') {
        const result = await runAppOnConversation(target.app, req.messages, { signal, ...apiKeyOf(c) });
        await accountAnswer(c, result);
        setTandemHeaders(c, {
          provider: result.provider,
          attempts: result.modelCalls,
          cached: result.cached,
          costUsd: result.costUsd,
          overheadMs: 0,
        });
        const res = { ...result, model: body.model };
        const message = {
          ...toAnthropicMessage(id, body.model, res),
          tandem: { traceId: result.traceId, citations: result.citations, guardrails: result.guardrails },
        };
        if (!body.stream) return c.json(message);
        return streamSSE(c, async (s) => {
          const events = messageEvents(id, body.model);
          const all = [
            events.start(result.usage.inputTokens),
            ...events.text(result.text),
            ...events.finish(res),
          ];
          for (const e of all) await s.writeSSE(e);
        });
      }
      const trace = startTrace({
        name: target.name,
        kind: 'request',
        input: { messages: req.messages },
        captureContent: project.loaded.config.tracing.captureContent,
        ...apiKeyOf(c),
      });
      const request = { ...req, signal: signal, span: trace.root };
      if (!body.stream) {
        try {
          const res = await target.provider.generate(request);
          await traces.write(trace.finish({ output: { text: res.text } }));
          await accountAnswer(c, { ...res, costUsd: res.costUsd ?? 0, cached: res.cached ?? false });
          setTandemHeaders(c, {
            provider: res.provider,
            attempts: res.attempts ?? 1,
            cached: res.cached ?? false,
            costUsd: res.costUsd ?? 0,
            overheadMs: performance.now() - started - res.latencyMs,
          });
          return c.json(toAnthropicMessage(id, body.model, res));
        } catch (err) {
          await traces.write(trace.finish({ error: err }));
          throw err;
        }
      }
      return streamSSE(c, async (s) => {
        const events = messageEvents(id, body.model);
        const write = async (list: WireEvent[]) => {
          for (const e of list) await s.writeSSE(e);
        };
        try {
          await s.writeSSE(events.start());
          for await (const ev of target.provider.stream(request)) {
            if (ev.type === 'text-delta') await write(events.text(ev.text));
            else if (ev.type === 'finish') {
              await write(events.finish(ev.response));
              await traces.write(trace.finish({ output: { text: ev.response.text } }));
              await accountAnswer(c, {
                ...ev.response,
                costUsd: ev.response.costUsd ?? 0,
                cached: ev.response.cached ?? false,
              });
            }
          }
        } catch (err) {
          await traces.write(trace.finish({ error: err }));
          // Headers are gone: the error travels as an `error` event, which the SDK raises.
          const e = errorResponse(err, 'model');
          await s.writeSSE({
            event: 'error',
            data: JSON.stringify(anthropicError(e.status, e.body.error.message)),
          });
        }
      });
    } catch (err) {
      return fail(err);
    }
  };
}
