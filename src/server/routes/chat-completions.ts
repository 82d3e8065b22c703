/**
 * @module POST /v1/chat/completions: any route, provider or app behind the OpenAI wire format, non-streaming
 * and SSE streaming (with stream_options.include_usage), tools and json_schema output.
 */
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import { type ModelResponse, newId, type StreamEvent } from '../../core/index.js';
import type { Project } from '../../pipeline/index.js';
import type { TraceSink } from '../../tracing/index.js';
import { appAnswer, runAppOnConversation } from '../app-from-conversation.js';
import { bodyError, errorJson, errorResponse } from '../error-response.js';
import { chatRequestSchema, toModelRequest } from '../openai/chat-request.js';
import { chunker, toChatCompletion } from '../openai/chat-response.js';
import { readJson } from '../read-json.js';
import { clientSignal, nodeOf } from '../request-body.js';
import { resolveModel } from '../resolve-model.js';
import { headersOf, openSse } from '../sse.js';
import { tracedCall } from '../traced-call.js';

/** The handler, bound to a project and a trace sink. */
export function chatCompletions(project: Project, traces: TraceSink) {
  return async (c: Context) => {
    const started = performance.now();
    const b = await readJson(c, chatRequestSchema);
    if (!b.ok) {
      const e = bodyError(b);
      return c.json(e.body, e.status);
    }
    const body = b.value;
    const id = `chatcmpl-${newId()}`;
    const signal = clientSignal(c);
    try {
      const target = await resolveModel(project, body.model);
      c.set('model', body.model);
      if (target.kind === 'app') {
        const result = await runAppOnConversation(c, target.app, toModelRequest(body).messages);
        const res = appAnswer(result, body.model);
        const completion = {
          ...toChatCompletion(id, res),
          tandem: { traceId: result.traceId, citations: result.citations, guardrails: result.guardrails },
        };
        if (!body.stream) return c.json(completion);
        const sse = openSse(c, headersOf(c));
        const ch = chunker(id, body.model);
        try {
          await sse.send(JSON.stringify(ch.role()));
          if (result.text) await sse.send(JSON.stringify(ch.text(result.text)));
          await sse.send(JSON.stringify(ch.finish(result.finishReason)));
          if (body.stream_options?.include_usage) await sse.send(JSON.stringify(ch.usage(result.usage)));
          await sse.send('[DONE]');
        } catch {
          // the client left; the app's run is already traced
        }
        sse.end();
        return RESPONSE_ALREADY_SENT;
      }
      // Sent as the client wrote it to targets that speak this format (their answer comes back as it is);
      // translated for the others.
      const req = { ...toModelRequest(body), passthrough: body as Record<string, unknown> };
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
        const node = nodeOf(c);
        if (res.raw !== undefined && node) {
          // The upstream's bytes, straight onto Node's response.
          node.outgoing.writeHead(200, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(res.raw),
            ...headers,
          });
          node.outgoing.end(res.raw);
          return RESPONSE_ALREADY_SENT;
        }
        return c.json(toChatCompletion(id, res), 200, headers);
      }
      // Nothing is sent until the first event: a refusal before it (429, no target left) keeps its status.
      const events = call.stream()[Symbol.asyncIterator]();
      let next: IteratorResult<StreamEvent>;
      try {
        next = await events.next();
      } catch (err) {
        await call.fail(err);
        return errorJson(c, err, 'model');
      }
      // Cost and attempts are known only at the end: the trace and /metrics have them.
      const sse = openSse(c, next.value?.type === 'raw' ? { 'x-tandem-provider': next.value.provider } : {});
      const ch = chunker(id, body.model);
      let sentRole = false;
      let passedThrough = false;
      let finished: ModelResponse | undefined;
      try {
        for (; !next.done; next = await events.next()) {
          const ev = next.value;
          if (ev.type === 'raw') {
            passedThrough = true;
            await sse.sendRaw(ev.text);
          } else if (ev.type === 'finish' && passedThrough) {
            finished = ev.response; // the upstream's own events said it all, [DONE] included
          } else {
            if (!sentRole) {
              await sse.send(JSON.stringify(ch.role()));
              sentRole = true;
            }
            if (ev.type === 'text-delta') await sse.send(JSON.stringify(ch.text(ev.text)));
            else if (ev.type === 'finish') {
              if (ev.response.toolCalls?.length)
                await sse.send(JSON.stringify(ch.toolCalls(ev.response.toolCalls)));
              await sse.send(JSON.stringify(ch.finish(ev.response.finishReason)));
              if (body.stream_options?.include_usage)
                await sse.send(JSON.stringify(ch.usage(ev.response.usage)));
              finished = ev.response;
            }
          }
        }
        if (!passedThrough) await sse.send('[DONE]');
      } catch (err) {
        finished = undefined; // traced as the failure it became
        await call.fail(err);
        // Headers are gone: the error travels as an event the SDKs raise.
        await sse.send(JSON.stringify(errorResponse(err, 'model').body)).catch(() => {});
        await events.return?.();
      }
      sse.end();
      // The books after the last byte: the client is not kept waiting for them.
      if (finished) await call.settle(finished);
      return RESPONSE_ALREADY_SENT;
    } catch (err) {
      return errorJson(c, err, 'model');
    }
  };
}
