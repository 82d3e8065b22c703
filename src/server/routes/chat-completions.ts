/**
 * @module POST /v1/chat/completions: any route, provider or app behind the OpenAI wire format, non-streaming
 * and SSE streaming (with stream_options.include_usage), tools and json_schema output.
 */
import type { Context } from 'hono';
import { type Message, newId } from '../../core/index.js';
import type { App, Project } from '../../pipeline/index.js';
import type { RelayBody } from '../../providers/index.js';
import type { TraceSink } from '../../tracing/index.js';
import { appAnswer, appExtras, appRefusal, runAppOnConversation } from '../app-from-conversation.js';
import { badRequest, bodyError, errorJson, paramOf } from '../error-response.js';
import { chatChunkWriter } from '../openai/chat-chunk-writer.js';
import { chatRequestSchema, toModelRequest } from '../openai/chat-request.js';
import { toChatCompletion } from '../openai/chat-response.js';
import { readJson } from '../read-json.js';
import { sendBytes } from '../relayed-answer.js';
import { clientSignal } from '../request-body.js';
import { resolveModel } from '../resolve-model.js';
import type { SseWriter } from '../sse.js';
import { streamApp } from '../stream-app.js';
import { streamModel } from '../stream-model.js';
import { type TracedCall, tracedCall } from '../traced-call.js';

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
    const writer = (sse: SseWriter) =>
      chatChunkWriter(sse, {
        id,
        model: body.model,
        includeUsage: body.stream_options?.include_usage === true,
      });
    try {
      const target = await resolveModel(project, body.model);
      c.set('model', body.model);
      const { messages } = toModelRequest(body);
      if (target.kind === 'app') {
        const refused = appRefusal(body.model, {
          tools: { param: 'tools', given: Boolean(body.tools?.length) },
          format: {
            param: 'response_format',
            given: Boolean(body.response_format && body.response_format.type !== 'text'),
          },
          choices: typeof body.n === 'number' ? body.n : undefined,
        });
        if (refused) return c.json(badRequest(refused.message, refused.param).body, 400);
        if (body.stream) return await streamApp(c, { app: target.app, messages, model: body.model, writer });
        return await answerApp(c, id, body.model, target.app, messages);
      }
      // A message with no content is refused as OpenAI refuses it, whatever the target: a route must not answer
      // what an app would not. Only an assistant turn that calls tools may have none; an empty string is content
      // (OpenAI takes it, and passes it on), though an app's prompt finds nothing to ask in it.
      const empty = body.messages.findIndex(
        (m) => (m.content ?? null) === null && !(m.role === 'assistant' && m.tool_calls?.length),
      );
      if (empty >= 0) return c.json(noContent(empty, body.messages[empty]!.role).body, 400);
      // Relayed as the client wrote it by targets that speak this format (their answer comes back as it is);
      // translated for the others.
      const call = tracedCall(c, {
        project,
        traces,
        name: target.name,
        provider: target.provider,
        req: toModelRequest(body),
        relayBody: body as RelayBody,
        signal: clientSignal(c),
        started,
      });
      if (body.stream) return await streamModel(c, call, writer);
      return await answerModel(c, id, call);
    } catch (err) {
      return errorJson(c, err, paramOf(err, 'messages'));
    }
  };
}

const noContent = (i: number, role: string) =>
  badRequest(
    `messages[${i}].content: a ${role} message needs content, a string or an array of content parts (got none or null; only an assistant message with tool_calls may have none)`,
    'messages',
    'input_invalid',
  );

/** An app's whole answer, with its trace id, citations and guardrail decisions. */
async function answerApp(c: Context, id: string, model: string, app: App, messages: Message[]) {
  const result = await runAppOnConversation(c, app, messages);
  return c.json({ ...toChatCompletion(id, appAnswer(result, model)), tandem: appExtras(result) });
}

/** A model's whole answer: the upstream's own bytes when relayed, else a completion of ours. */
async function answerModel(c: Context, id: string, call: TracedCall) {
  const { res, headers } = await call.generate();
  if (res.bytes === undefined) return c.json(toChatCompletion(id, res), 200, headers);
  return sendBytes(c, res.bytes, headers);
}
