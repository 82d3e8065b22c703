import type { ModelRequest, Provider, StreamEvent } from '../core/index.js';
import { abortableSleep } from './sleep.js';

/**
 * Spaces requests so no more than `perMinute` start in any minute (evenly: one every 60000/perMinute ms),
 * the way hosted APIs meter them; waiting requests keep their order.
 */
export function rateLimit(
  inner: Provider,
  perMinute: number,
  { sleep = abortableSleep, now = Date.now } = {},
): Provider {
  const interval = 60_000 / perMinute;
  let nextSlot = 0;
  const wait = async (signal?: AbortSignal) => {
    const t = now();
    const slot = Math.max(t, nextSlot);
    nextSlot = slot + interval;
    if (slot > t) await sleep(slot - t, signal);
  };
  const generate = async (req: ModelRequest) => {
    await wait(req.signal);
    return inner.generate(req);
  };
  async function* stream(req: ModelRequest): AsyncIterable<StreamEvent> {
    await wait(req.signal);
    yield* inner.stream(req);
  }
  return { id: inner.id, generate, stream, ...(inner.embed ? { embed: inner.embed.bind(inner) } : {}) };
}
