/**
 * @module The OpenAI Responses API: `POST /v1/responses` on any route, provider or app, non-streaming and
 * streamed as Responses events, translated from and to tandem's types (no upstream needs to speak it); with
 * `store` (the default) the conversation is kept in the store, so `previous_response_id` continues it, and
 * `GET` / `DELETE /v1/responses/:id` read and remove it.
 */
import type { Context } from 'hono';
import { type Message, type ModelResponse, newId, type Provider } from '../../core/index.js';
import type { App, Project } from '../../pipeline/index.js';
import { type RelayBody, type RelayedResponse, relayOf } from '../../providers/index.js';
import type { TraceSink } from '../../tracing/index.js';
import type { AnswerWriter } from '../answer-writer.js';
import { appAnswer, appExtras, appRefusal, runAppOnConversation } from '../app-from-conversation.js';
import { badRequest, bodyError, errorJson, notFound, paramOf } from '../error-response.js';
import { readJson } from '../read-json.js';
import { sendBytes } from '../relayed-answer.js';
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
import type { SseWriter } from '../sse.js';
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
        const target = await resolveModel(project, body.model);
        c.set('model', body.model);
        const history = await historyOf(project, body);
        if (target.kind !== 'app' && relaysResponses(target.provider, history))
          return await relayed(c, {
            project,
            traces,
            target,
            body,
            history: history.ok ? history.messages : [],
            started,
          });
        if (!history.ok) return c.json(history.error.body, 404);
        const turn = newTurn(project, body, history.messages);
        if (target.kind === 'app') return await answerFromApp(c, turn, target.app);
        const call = targetCall(c, {
          project,
          traces,
          target,
          req: toModelRequest(body, history.messages),
          started,
        });
        if (body.stream) return await streamModel(c, call, turn.writer);
        const { res, headers } = await call.generate();
        const response = responseObject(turn.meta, { status: 'done', res });
        await turn.keep(response, res);
        return c.json(response, 200, headers);
      } catch (err) {
        return errorJson(c, err, paramOf(err, 'input'));
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

/** One turn tandem answers itself: its response's identity, how it is kept and how it is streamed. */
interface Turn {
  body: ResponsesRequest;
  meta: ResponseMeta;
  history: Message[];
  keep: (response: Record<string, unknown>, res: ModelResponse) => Promise<void>;
  writer: (sse: SseWriter) => AnswerWriter;
}

/** A new turn over `history`; with `store` (the default) it is kept at once, as the client got it. */
function newTurn(project: Project, body: ResponsesRequest, history: Message[]): Turn {
  const meta: ResponseMeta = {
    id: `resp_${newId()}`,
    createdAt: Math.floor(Date.now() / 1000),
    model: body.model,
    request: body,
  };
  // Kept at once: the next request may continue it straight away.
  const keep = async (response: Record<string, unknown>, res: ModelResponse) => {
    if (body.store === false) return;
    const conversation = [...history, ...inputMessages(body), assistantTurn(res)];
    await project.store.responses.save({
      id: meta.id,
      createdAt: meta.createdAt,
      model: body.model,
      conversation,
      body: response,
    });
  };
  return { body, meta, history, keep, writer: (sse) => responsesEventWriter(sse, meta, keep) };
}

/** An app's answer, streamed or whole; tools and structured output are refused (an app has its own). */
async function answerFromApp(c: Context, turn: Turn, app: App) {
  const { body } = turn;
  const refused = appRefusal(body.model, {
    tools: { param: 'tools', given: Boolean(body.tools?.length) },
    format: {
      param: 'text.format',
      given: Boolean(body.text?.format && body.text.format.type !== 'text'),
    },
  });
  if (refused) return c.json(badRequest(refused.message, refused.param).body, 400);
  const messages = toModelRequest(body, turn.history).messages;
  if (body.stream) return await streamApp(c, { app, messages, model: body.model, writer: turn.writer });
  return await answerApp(c, turn, app, messages);
}

/**
 * Whether the request goes up as it is: the target speaks the Responses API, and the conversation it
 * continues (if any) is one the upstream keeps: relayed before, or not tandem's at all. A conversation
 * tandem made itself is unknown upstream, so it is continued translated.
 */
function relaysResponses(provider: Provider, history: History): boolean {
  if (!relayOf(provider, 'openai-responses')) return false;
  return !history.ok || history.messages.length === 0 || history.upstream !== undefined;
}

/** The request passed to an upstream that speaks the Responses API: its answer (bytes or events) as it came. */
async function relayed(
  c: Context,
  o: {
    project: Project;
    traces: TraceSink;
    target: { name: string; provider: Provider };
    body: ResponsesRequest;
    history: Message[];
    started: number;
  },
) {
  const { body } = o;
  // A route's target that cannot relay answers translated (over the history tandem keeps), as a turn of ours.
  const turn = newTurn(o.project, body, o.history);
  const call = targetCall(c, {
    ...o,
    req: toModelRequest(body, o.history),
    relayBody: body as RelayBody,
    relayFormat: 'openai-responses',
  });
  if (body.stream) {
    const settle = async (res: ModelResponse) => {
      await call.settle(res);
      await keepRelayed(o.project, turn, res);
    };
    return await streamModel(c, { ...call, settle }, turn.writer);
  }
  const { res, headers } = await call.generate();
  if (res.bytes === undefined) {
    const response = responseObject(turn.meta, { status: 'done', res });
    await turn.keep(response, res);
    return c.json(response, 200, headers);
  }
  await keepRelayed(o.project, turn, res);
  return sendBytes(c, res.bytes, headers);
}

/**
 * Keeps a relayed response under the upstream's id (unless `store: false`), so `GET /v1/responses/:id` finds it
 * and a route's translated fallback can continue it; the upstream keeps it too, so it is continued relayed.
 */
async function keepRelayed(project: Project, turn: Turn, res: RelayedResponse): Promise<void> {
  if (turn.body.store === false || !res.bytes) return;
  const body = parseObject(res.bytes);
  if (typeof body?.id !== 'string') return;
  await project.store.responses.save({
    id: body.id,
    createdAt: typeof body.created_at === 'number' ? body.created_at : turn.meta.createdAt,
    model: turn.body.model,
    conversation: [...turn.history, ...inputMessages(turn.body), assistantTurn(res)],
    body,
    upstream: res.provider,
  });
}

/** A JSON object, or undefined when the text is not one. */
function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
const missing = (id: string | undefined) =>
  notFound(`no stored response "${id}" (responses sent with store: false are not kept)`, 'id');

/** The conversation a request continues: none, a stored one, or an error when tandem keeps none by that id. */
type History =
  | { ok: true; messages: Message[]; upstream?: string }
  | { ok: false; error: ReturnType<typeof notFound> };

/** The stored conversation a request continues, or a 404 when `previous_response_id` names none. */
async function historyOf(project: Project, body: ResponsesRequest): Promise<History> {
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
  return {
    ok: true,
    messages: previous.conversation as Message[],
    ...(previous.upstream ? { upstream: previous.upstream } : {}),
  };
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
async function answerApp(c: Context, turn: Turn, app: App, messages: Message[]) {
  const result = await runAppOnConversation(c, app, messages);
  const res = appAnswer(result, turn.meta.model);
  const response = responseObject(turn.meta, { status: 'done', res });
  await turn.keep(response, res);
  return c.json({ ...response, tandem: appExtras(result) });
}
