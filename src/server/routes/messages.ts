/**
 * @module POST /v1/messages: any route, provider or app behind the Anthropic Messages wire format,
 * non-streaming and streamed as Anthropic events, with tools; errors in Anthropic's shape.
 */
import type { Context } from 'hono';
import { newId } from '../../core/index.js';
import type { Project } from '../../pipeline/index.js';
import type { TraceSink } from '../../tracing/index.js';
import { countInputTokens } from '../anthropic/count-tokens.js';
import { messageEventWriter } from '../anthropic/message-event-writer.js';
import {
  countTokensRequestSchema,
  messagesRequestSchema,
  toModelRequest,
} from '../anthropic/messages-request.js';
import { anthropicError, toAnthropicMessage } from '../anthropic/messages-response.js';
import { appAnswer, appExtras, appRefusal, runAppOnConversation } from '../app-from-conversation.js';
import { errorResponse } from '../error-response.js';
import { readJson } from '../read-json.js';
import { resolveModel } from '../resolve-model.js';
import type { SseWriter } from '../sse.js';
import { streamApp } from '../stream-app.js';
import { streamModel } from '../stream-model.js';
import { targetCall } from '../traced-call.js';

/** The handler, bound to a project and a trace sink. */
export function messages(project: Project, traces: TraceSink) {
  return async (c: Context) => {
    const started = performance.now();
    const b = await readJson(c, messagesRequestSchema);
    if (!b.ok) return c.json(anthropicError(b.status, b.message), b.status);
    const body = b.value;
    const id = `msg_${newId()}`;
    try {
      const target = await resolveModel(project, body.model);
      c.set('model', body.model);
      const req = toModelRequest(body);
      const inputTokens = countInputTokens(req);
      const writer = (sse: SseWriter) => messageEventWriter(sse, { id, model: body.model, inputTokens });
      if (target.kind === 'app') {
        const refused = appRefusal(body.model, {
          tools: { param: 'tools', given: Boolean(body.tools?.length) },
          format: {
            param: 'output_config.format',
            given: Boolean(body.output_config?.format ?? body.output_format),
          },
        });
        if (refused) return c.json(anthropicError(400, `${refused.param}: ${refused.message}`), 400);
        const { app } = target;
        if (body.stream)
          return await streamApp(c, { app, messages: req.messages, model: body.model, writer });
        const result = await runAppOnConversation(c, app, req.messages);
        return c.json({
          ...toAnthropicMessage(id, body.model, appAnswer(result, body.model)),
          tandem: appExtras(result),
        });
      }
      const call = targetCall(c, { project, traces, target, req, started });
      if (body.stream) return await streamModel(c, call, writer);
      const { res, headers } = await call.generate();
      return c.json(toAnthropicMessage(id, res.model, res), 200, headers);
    } catch (err) {
      return anthropicFailure(c, err);
    }
  };
}

/** The error as an Anthropic-shaped JSON response, with Retry-After when the upstream sent one. */
function anthropicFailure(c: Context, err: unknown): Response {
  const e = errorResponse(err, 'model');
  if (e.retryAfterS !== undefined) c.header('retry-after', String(e.retryAfterS));
  return c.json(anthropicError(e.status, e.body.error.message), e.status as 400);
}

/**
 * POST /v1/messages/count_tokens: the input tokens a Messages request would take, counted by tandem (an
 * estimate: about 4 characters a token), for any model tandem serves.
 */
export function countTokens(project: Project) {
  return async (c: Context) => {
    const b = await readJson(c, countTokensRequestSchema);
    if (!b.ok) return c.json(anthropicError(b.status, b.message), b.status);
    try {
      await resolveModel(project, b.value.model);
      return c.json({ input_tokens: countInputTokens(toModelRequest({ ...b.value, max_tokens: 1 })) });
    } catch (err) {
      return anthropicFailure(c, err);
    }
  };
}
