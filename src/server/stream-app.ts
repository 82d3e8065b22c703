/**
 * @module An app's stream relayed to a client as it runs: text deltas as `app.stream` yields them (the
 * pipeline decides what may leave: guardrails act before a delta is yielded), then the run's result. The
 * response is committed on the first event, so a run that fails before it still gets an HTTP status.
 */
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import type { Message } from '../core/index.js';
import type { App, AppEvent, AppResult } from '../pipeline/index.js';
import type { AnswerWriter } from './answer-writer.js';
import { appAnswer, appContext, appExtras, appInput } from './app-from-conversation.js';
import { accountAnswer } from './metrics.js';
import { openSse, type SseWriter } from './sse.js';

/** Streams `app` on a conversation; throws (nothing sent yet) when the run fails before its first event. */
export async function streamApp(
  c: Context,
  o: { app: App; messages: Message[]; model: string; writer: (sse: SseWriter) => AnswerWriter },
): Promise<Response> {
  const events = o.app.stream(await appInput(o.app, o.messages), appContext(c))[Symbol.asyncIterator]();
  let next = await events.next();
  const sse = openSse(c);
  const writer = o.writer(sse);
  let result: AppResult | undefined;
  let sent = '';
  try {
    for (; !next.done; next = await events.next()) {
      const ev: AppEvent = next.value;
      if (ev.type === 'text-delta') {
        sent += ev.text;
        await writer.text(ev.text);
      } else if (ev.type === 'done') {
        result = ev.result;
        // Text no delta carried (a refusal before any model call) goes out before the end.
        if (result.text.length > sent.length && result.text.startsWith(sent))
          await writer.text(result.text.slice(sent.length));
        await writer.finish(appAnswer(result, o.model), appExtras(result));
      }
    }
  } catch (err) {
    if (!sse.closed()) await writer.fail(err).catch(() => {});
    await events.return?.(); // the app traces the run it stopped
  }
  sse.end();
  // The books after the last byte: the client is not kept waiting for them.
  if (result) await accountAnswer(c, result);
  return RESPONSE_ALREADY_SENT;
}
