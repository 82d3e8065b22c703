/**
 * @module The OpenAI Responses API: `POST /v1/responses` on any route, provider or app, non-streaming and
 * streamed as Responses events, translated from and to tandem's types (no upstream needs to speak it); with
 * `store` (the default) the conversation is kept in the store, so `previous_response_id` continues it, and
 * `GET` / `DELETE /v1/responses/:id` read and remove it.
 */
import type { Context } from 'hono';
import { type Message, type ModelResponse, newId } from '../../core/index.js';
import type { App, Project } from '../../pipeline/index.js';
import type { TraceSink } from '../../tracing/index.js';
import { appAnswer, appExtras, appRefusal, runAppOnConversation } from '../app-from-conversation.js';
import { badRequest, bodyError, errorJson, notFound } from '../error-response.js';
import { readJson } from '../read-json.js';
import { resolveModel } from '../resolve-model.js';
import { responsesEventWriter } from '../responses/responses-event-writer.js';
import {
  inputMessages,
  type ResponsesRequest,
  responsesRequestSchema,
  toModelRequest,
  unsupportedIn,
} from '../responses/responses-request.js';
import { type ResponseMeta, responseObject } from '../responses/responses-response.js';
import { streamApp } from '../stream-app.js';
import { streamModel } from '../stream-model.js';
import { targetCall } from '../traced-call.js';

/** The three handlers, bound to a project and a trace sink. */
export function responsesApi(project: Project, traces: TraceSink) {
  const store = project.store.responses;
  return {
    create: async (c: Context) => {
      const started = performance.now();
      const b = await readJson(c, responsesRequestSchema);
      if (!b.ok) {
        const e = bodyError(b);
        return c.json(e.body, e.status);
      }
      const body = b.value;
      const problem = unsupportedIn(body);
      if (problem) return c.json(badRequest(problem.message, problem.param).body, 400);
      try {
        const history = await historyOf(project, body);
        if (!history.ok) return c.json(history.error.body, 404);
        const meta: ResponseMeta = {
          id: `resp_${newId()}`,
          createdAt: Math.floor(Date.now() / 1000),
          model: body.model,
          request: body,
        };
        // Kept at once, as the client got it: the next request may continue it straight away.
        const keep = async (response: Record<string, unknown>, res: ModelResponse) => {
          if (body.store === false) return;
          const conversation = [...history.messages, ...inputMessages(body), assistantTurn(res)];
          await store.save({
            id: meta.id,
            createdAt: meta.createdAt,
            model: body.model,
            conversation,
            body: response,
          });
        };
        const target = await resolveModel(project, body.model);
        c.set('model', body.model);
        const req = toModelRequest(body, history.messages);
        const writer = (sse: Parameters<typeof responsesEventWriter>[0]) =>
          responsesEventWriter(sse, meta, keep);
        if (target.kind === 'app') {
          const refused = appRefusal(body.model, {
            tools: { param: 'tools', given: Boolean(body.tools?.length) },
            format: {
              param: 'text.format',
              given: Boolean(body.text?.format && body.text.format.type !== 'text'),
            },
          });
          if (refused) return c.json(badRequest(refused.message, refused.param).body, 400);
          if (body.stream)
            return await streamApp(c, { app: target.app, messages: req.messages, model: body.model, writer });
          return await answerApp(c, meta, target.app, req.messages, keep);
        }
        const call = targetCall(c, { project, traces, target, req, started });
        if (body.stream) return await streamModel(c, call, writer);
        const { res, headers } = await call.generate();
        const response = responseObject(meta, { status: 'done', res });
        await keep(response, res);
        return c.json(response, 200, headers);
      } catch (err) {
        return errorJson(c, err, 'model');
      }
    },
    get: async (c: Context) => {
      const stored = await store.get(c.req.param('id') ?? '');
      return stored ? c.json(stored.body) : c.json(missing(c.req.param('id')).body, 404);
    },
    remove: async (c: Context) => {
      const id = c.req.param('id') ?? '';
      if (!(await store.remove(id))) return c.json(missing(id).body, 404);
      return c.json({ id, object: 'response', deleted: true });
    },
  };
}

const missing = (id: string | undefined) =>
  notFound(`no stored response "${id}" (responses sent with store: false are not kept)`, 'id');

/** The stored conversation a request continues, or a 404 when `previous_response_id` names none. */
async function historyOf(
  project: Project,
  body: ResponsesRequest,
): Promise<{ ok: true; messages: Message[] } | { ok: false; error: ReturnType<typeof notFound> }> {
  if (!body.previous_response_id) return { ok: true, messages: [] };
  const previous = await project.store.responses.get(body.previous_response_id);
  if (!previous)
    return {
      ok: false,
      error: notFound(
        `previous_response_id "${body.previous_response_id}" names no stored response`,
        'previous_response_id',
      ),
    };
  return { ok: true, messages: previous.conversation as Message[] };
}

/** The answer as the assistant's turn of the stored conversation. */
function assistantTurn(res: ModelResponse): Message {
  return {
    role: 'assistant',
    content: res.text,
    ...(res.toolCalls?.length ? { toolCalls: res.toolCalls } : {}),
  };
}

/** An app's whole answer as a response object, with its trace id, citations and grounding in `tandem`. */
async function answerApp(
  c: Context,
  meta: ResponseMeta,
  app: App,
  messages: Message[],
  keep: (response: Record<string, unknown>, res: ModelResponse) => Promise<void>,
) {
  const result = await runAppOnConversation(c, app, messages);
  const res = appAnswer(result, meta.model);
  const response = responseObject(meta, { status: 'done', res });
  await keep(response, res);
  return c.json({ ...response, tandem: appExtras(result) });
}
