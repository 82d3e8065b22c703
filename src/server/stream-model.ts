/**
 * @module A route's or provider's stream relayed to a client. Nothing is sent before the stream's first event,
 * which the providers yield only with content (text, a tool call, a refusal, the end): retries and fallbacks
 * happen before the client sees anything, and a failure before it keeps its HTTP status (429 with
 * Retry-After, 5xx). After it, a failure ends the stream with an error event, and a client that leaves is
 * traced as ABORTED with what the upstream had spent booked.
 */
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import { type ModelResponse, TandemError } from '../core/index.js';
import { partialSpendOf, type RelayedEvent } from '../providers/index.js';
import type { AnswerWriter } from './answer-writer.js';
import { openSse, type SseWriter } from './sse.js';
import type { Spent, TracedCall } from './traced-call.js';

/** Streams `call`; throws (nothing sent yet, the failure traced) when it fails before its first event. */
export async function streamModel(
  c: Context,
  call: TracedCall,
  writerFor: (sse: SseWriter) => AnswerWriter,
): Promise<Response> {
  const events = call.stream()[Symbol.asyncIterator]();
  let next: IteratorResult<RelayedEvent>;
  try {
    next = await events.next();
  } catch (err) {
    await call.fail(err, spentBy(err));
    throw err;
  }
  // Cost and attempts are known only at the end: the trace and /metrics have them.
  const sse = openSse(c, next.value?.type === 'bytes' ? { 'x-tandem-provider': next.value.provider } : {});
  const writer = writerFor(sse);
  let finished: ModelResponse | undefined;
  try {
    let relayed = false;
    for (; !next.done; next = await events.next()) {
      const ev = next.value;
      if (ev.type === 'bytes') {
        relayed = true;
        await sse.sendRaw(ev.text);
      } else if (ev.type === 'text-delta') await writer.text(ev.text, ev.model);
      else if (ev.type === 'finish') {
        // A relayed stream's own events said it all, [DONE] included.
        if (!relayed) await writer.finish(ev.response);
        finished = ev.response;
      }
    }
  } catch (err) {
    finished = undefined; // traced as the failure it became
    await endFailed(call, events, sse, writer, err);
  }
  sse.end();
  // The books after the last byte: the client is not kept waiting for them.
  if (finished) await call.settle(finished);
  return RESPONSE_ALREADY_SENT;
}

/** Ends a stream that failed after its first event: an error event for a client still there, and the trace. */
async function endFailed(
  call: TracedCall,
  events: AsyncIterator<RelayedEvent>,
  sse: SseWriter,
  writer: AnswerWriter,
  err: unknown,
): Promise<void> {
  if (!sse.closed()) {
    await writer.fail(err).catch(() => {});
    await events.return?.();
    return call.fail(err, spentBy(err));
  }
  // The client left. The upstream call stops with it (its signal fired); what it had spent is still owed.
  const spent = (await outcome(events)) ?? spentBy(err);
  await call.fail(
    new TandemError('ABORTED', 'the client closed the connection before the answer ended'),
    spent,
  );
}

/** Reads a stream that is being cancelled to its end: the tokens it spent, when the upstream reported them. */
async function outcome(events: AsyncIterator<RelayedEvent>): Promise<Spent | undefined> {
  try {
    for (let next = await events.next(); !next.done; next = await events.next())
      if (next.value.type === 'finish') return next.value.response;
    return undefined;
  } catch (err) {
    return spentBy(err);
  } finally {
    await events.return?.();
  }
}

const spentBy = (err: unknown): Spent | undefined => partialSpendOf(err);
