/**
 * @module POST /v1/chat/completions: any route, provider or app behind the OpenAI wire format, non-streaming
 * and SSE streaming (with stream_options.include_usage), tools and json_schema output.
 */
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { newId } from '../../core/index.js';
import type { Project } from '../../pipeline/index.js';
import { startTrace, type TraceSink } from '../../tracing/index.js';
import { runAppOnConversation } from '../app-from-conversation.js';
import { badRequest, errorResponse } from '../error-response.js';
import { apiKeyOf } from '../keys/key-guard.js';
import { accountAnswer } from '../metrics.js';
import { chatRequestSchema, toModelRequest } from '../openai/chat-request.js';
import { chunker, toChatCompletion } from '../openai/chat-response.js';
import { canRelay, relayStream } from '../openai/relay-stream.js';
import { readJson } from '../read-json.js';
import { resolveModel } from '../resolve-model.js';
import { setTandemHeaders } from '../tandem-headers.js';

/** The handler, bound to a project and a trace sink. */
export function chatCompletions(project: Project, traces: TraceSink) {
  return async (c: Context) => {
    const started = performance.now();
    const b = await readJson(c, chatRequestSchema);
    if (!b.ok) {
      const e = badRequest(b.message, b.param, b.code);
      return c.json(e.body, e.status);
    }
    const body = b.value;
    const id = `chatcmpl-${newId()}`;
    // The request's own signal aborts when the client goes away. (A listener closing over `c` on it would
    // leak every request: Node keeps the signal alive from a FinalizationRegistry keyed on the Request.)
    const signal = c.req.raw.signal;
    try {
      const target = await resolveModel(project, body.model);
      c.set('model', body.model);
      if (target.kind === 'app') {
        const result = await runAppOnConversation(target.app, toModelRequest(body).messages, {
          signal,
          ...apiKeyOf(c),
        });
        await accountAnswer(c, result);
        const res = {
          text: result.text,
          finishReason: result.finishReason,
          usage: result.usage,
          model: body.model,
          provider: result.provider,
          latencyMs: result.latencyMs,
          costUsd: result.costUsd,
        };
        setTandemHeaders(c, {
          provider: result.provider,
          attempts: result.modelCalls,
          cached: result.cached,
          costUsd: result.costUsd,
          overheadMs: 0,
        });
        const completion = {
          ...toChatCompletion(id, res),
          tandem: { traceId: result.traceId, citations: result.citations, guardrails: result.guardrails },
        };
        if (!body.stream) return c.json(completion);
        return streamSSE(c, async (s) => {
          const ch = chunker(id, body.model);
          await s.writeSSE({ data: JSON.stringify(ch.role()) });
          if (result.text) await s.writeSSE({ data: JSON.stringify(ch.text(result.text)) });
          await s.writeSSE({ data: JSON.stringify(ch.finish(result.finishReason)) });
          if (body.stream_options?.include_usage)
            await s.writeSSE({ data: JSON.stringify(ch.usage(result.usage)) });
          await s.writeSSE({ data: '[DONE]' });
        });
      }
      const req = toModelRequest(body);
      if (canRelay(target.provider, body)) {
        return relayStream(c, {
          provider: target.provider,
          name: target.name,
          body: body as Record<string, unknown>,
          messages: req.messages,
          captureContent: project.loaded.config.tracing.captureContent,
          traces,
          signal: signal,
          started,
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
          return c.json(toChatCompletion(id, res));
        } catch (err) {
          await traces.write(trace.finish({ error: err }));
          throw err;
        }
      }
      return streamSSE(c, async (s) => {
        const ch = chunker(id, body.model);
        let sentRole = false;
        try {
          for await (const ev of target.provider.stream(request)) {
            if (!sentRole) {
              await s.writeSSE({ data: JSON.stringify(ch.role()) });
              sentRole = true;
            }
            if (ev.type === 'text-delta') await s.writeSSE({ data: JSON.stringify(ch.text(ev.text)) });
            else if (ev.type === 'finish') {
              if (ev.response.toolCalls?.length)
                await s.writeSSE({ data: JSON.stringify(ch.toolCalls(ev.response.toolCalls)) });
              await s.writeSSE({ data: JSON.stringify(ch.finish(ev.response.finishReason)) });
              if (body.stream_options?.include_usage)
                await s.writeSSE({ data: JSON.stringify(ch.usage(ev.response.usage)) });
              await traces.write(trace.finish({ output: { text: ev.response.text } }));
              await accountAnswer(c, {
                ...ev.response,
                costUsd: ev.response.costUsd ?? 0,
                cached: ev.response.cached ?? false,
              });
            }
          }
          await s.writeSSE({ data: '[DONE]' });
        } catch (err) {
          await traces.write(trace.finish({ error: err }));
          // Headers are gone: the error travels as an event the SDKs raise.
          await s.writeSSE({ data: JSON.stringify(errorResponse(err, 'model').body) });
        }
      });
    } catch (err) {
      const e = errorResponse(err, 'model');
      return c.json(e.body, e.status as 400);
    }
  };
}
