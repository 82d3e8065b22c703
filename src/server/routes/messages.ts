/**
 * @module POST /v1/messages: any route, provider or app behind the Anthropic Messages wire format,
 * non-streaming and streamed as Anthropic events, with tools; errors in Anthropic's shape.
 */
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import { newId } from '../../core/index.js';
import type { Project } from '../../pipeline/index.js';
import type { TraceSink } from '../../tracing/index.js';
import { messagesRequestSchema, toModelRequest } from '../anthropic/messages-request.js';
import {
  anthropicError,
  messageEvents,
  toAnthropicMessage,
  type WireEvent,
} from '../anthropic/messages-response.js';
import { appAnswer, runAppOnConversation } from '../app-from-conversation.js';
import { errorResponse } from '../error-response.js';
import { readJson } from '../read-json.js';
import { clientSignal } from '../request-body.js';
import { resolveModel } from '../resolve-model.js';
import { headersOf, openSse } from '../sse.js';
import { tracedCall } from '../traced-call.js';

/** The handler, bound to a project and a trace sink. */
export function messages(project: Project, traces: TraceSink) {
  return async (c: Context) => {
    const started = performance.now();
    const b = await readJson(c, messagesRequestSchema);
    if (!b.ok) return c.json(anthropicError(b.status, b.message), b.status);
    const body = b.value;
    const id = `msg_${newId()}`;
    const signal = clientSignal(c);
    const fail = (err: unknown) => {
      const e = errorResponse(err, 'model');
      if (e.retryAfterS !== undefined) c.header('retry-after', String(e.retryAfterS));
      return c.json(anthropicError(e.status, e.body.error.message), e.status as 400);
    };
    try {
      const target = await resolveModel(project, body.model);
      c.set('model', body.model);
      const req = toModelRequest(body);
      if (target.kind === 'app') {
        const result = await runAppOnConversation(c, target.app, req.messages);
        const res = appAnswer(result, body.model);
        const message = {
          ...toAnthropicMessage(id, body.model, res),
          tandem: { traceId: result.traceId, citations: result.citations, guardrails: result.guardrails },
        };
        if (!body.stream) return c.json(message);
        const sse = openSse(c, headersOf(c));
        const events = messageEvents(id, body.model);
        const all = [
          events.start(result.usage.inputTokens),
          ...events.text(result.text),
          ...events.finish(res),
        ];
        try {
          for (const e of all) await sse.send(e.data, e.event);
        } catch {
          // the client left; the app's run is already traced
        }
        sse.end();
        return RESPONSE_ALREADY_SENT;
      }
      const call = tracedCall(c, {
        project,
        traces,
        name: target.name,
        provider: target.provider,
        req,
        signal,
        started,
      });
      if (!body.stream) {
        const { res, headers } = await call.generate();
        return c.json(toAnthropicMessage(id, body.model, res), 200, headers);
      }
      const sse = openSse(c);
      const events = messageEvents(id, body.model);
      const write = async (list: WireEvent[]) => {
        for (const e of list) await sse.send(e.data, e.event);
      };
      try {
        await write([events.start()]);
        for await (const ev of call.stream()) {
          if (ev.type === 'text-delta') await write(events.text(ev.text));
          else if (ev.type === 'finish') {
            await write(events.finish(ev.response));
            await call.settle(ev.response);
          }
        }
      } catch (err) {
        await call.fail(err);
        // Headers are gone: the error travels as an `error` event, which the SDK raises.
        const e = errorResponse(err, 'model');
        await sse
          .send(JSON.stringify(anthropicError(e.status, e.body.error.message)), 'error')
          .catch(() => {});
      }
      sse.end();
      return RESPONSE_ALREADY_SENT;
    } catch (err) {
      return fail(err);
    }
  };
}
