/**
 * @module How a chat conversation addressed to `app:<name>` becomes an app run: the last user message is the
 * query input, the turns before it (user, assistant, tool results) are the history the pipeline guards.
 * A run is booked and its `x-tandem-*` headers set, whatever wire format asked for it.
 */
import type { Context } from 'hono';
import { type Message, type ModelResponse, TandemError } from '../core/index.js';
import {
  type App,
  type AppInput,
  type AppResult,
  firstRequiredInput,
  type RunContext,
} from '../pipeline/index.js';
import { apiKeyOf } from './keys/key-guard.js';
import { accountAnswer } from './metrics.js';
import { clientSignal } from './request-body.js';
import { setTandemHeaders } from './tandem-headers.js';
import { traceparentOf } from './traceparent.js';

/** The app input a conversation stands for. */
export async function appInput(app: App, messages: Message[]): Promise<AppInput> {
  const lastUser = messages.map((m) => m.role).lastIndexOf('user');
  // Only a system message (or only the assistant's): nothing asks the app anything.
  if (lastUser < 0)
    throw new TandemError(
      'INPUT_INVALID',
      'messages: the conversation has no user message for the app to answer',
      {
        hint: 'end the conversation with a message whose role is "user", holding the question',
      },
    );
  const query = messages[lastUser]!.content;
  // Said of the message the client sent, not of the prompt input it fills (the same slip on the CLI names --var).
  if (typeof query === 'string' && !query.replace(/\s|\u200b|\u200c|\u200d|\ufeff/g, ''))
    throw new TandemError('INPUT_INVALID', `messages[${lastUser}].content: the last user message is empty`, {
      hint: 'send the question as the text of the last message whose role is "user"',
    });
  const input = (await firstRequiredInput(app.prompt)) ?? 'question';
  const history = messages.slice(0, Math.max(0, lastUser)).filter((m) => m.role !== 'system');
  return { vars: { [input]: query }, history };
}

/** The run's context: stopped when the client goes, traced under the caller's key. */
export const appContext = (c: Context): RunContext => ({
  signal: clientSignal(c),
  ...apiKeyOf(c),
  ...traceparentOf(c),
  // A run the client left (or that failed) still spent what its model calls reported: book it.
  onUnfinishedSpend: (spend) => accountAnswer(c, { ...spend, provider: 'app', cached: false }),
});

/** Runs the app on a conversation sent through a model API (not streamed). */
export async function runAppOnConversation(c: Context, app: App, messages: Message[]): Promise<AppResult> {
  const result = await app.run(await appInput(app, messages), appContext(c));
  await accountAnswer(c, result);
  setTandemHeaders(c, {
    provider: result.provider,
    attempts: result.modelCalls,
    cached: result.cached,
    costUsd: result.costUsd,
    ...(result.costUnknown ? { costUnknown: true } : {}),
    // The app's own time: retrieval, tools, guardrails and tandem, everything but the model calls.
    overheadMs: result.latencyMs - result.modelMs,
  });
  return result;
}

/**
 * The app's answer as a model response for the wire formats. Tool calls stay out: the app ran them itself,
 * so the client must not be asked to.
 */
export function appAnswer(result: AppResult, model: string): ModelResponse {
  return {
    text: result.text,
    finishReason: result.finishReason,
    usage: result.usage,
    model,
    provider: result.provider,
    latencyMs: result.latencyMs,
    costUsd: result.costUsd,
  };
}

/** What an app's answer carries beside the model's (`tandem` in the JSON). */
export function appExtras(result: AppResult): Record<string, unknown> {
  return {
    traceId: result.traceId,
    citations: result.citations,
    guardrails: result.guardrails,
    ...(result.grounding ? { grounding: result.grounding } : {}),
    ...(result.declined ? { declined: true, declinedReason: result.declinedReason } : {}),
  };
}

/** What a client asked of an app that the app cannot apply, in the client's own field names. */
export interface AppAsk {
  /** The request's tools field and whether it holds any. */
  tools?: { param: string; given: boolean };
  /** The output-format field and whether it asks for something other than text. */
  format?: { param: string; given: boolean };
  /** How many answers were asked for (`n`). */
  choices?: number;
}

/**
 * The 400 for a request an app cannot honour: an app answers with its own prompt, tools and output format,
 * so a client's are refused with a reason instead of being silently dropped.
 */
export function appRefusal(model: string, ask: AppAsk): { message: string; param: string } | undefined {
  if (ask.tools?.given)
    return {
      message: `${model} runs its own tools; a request's tools cannot be added to an app`,
      param: ask.tools.param,
    };
  if (ask.format?.given)
    return {
      message: `${model} answers in its prompt's own output format; ${ask.format.param} cannot change it (declare an output schema in the app's prompt)`,
      param: ask.format.param,
    };
  if (ask.choices !== undefined && ask.choices > 1)
    return { message: `${model} gives one answer per request; n must be 1`, param: 'n' };
  return undefined;
}
