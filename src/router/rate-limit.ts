import type { ModelRequest, Provider, StreamEvent } from '../core/index.js';
import { abortableSleep } from './sleep.js';
import { type StreamCall, wrapProvider } from './wrap-provider.js';

/**
 * Spaces calls (generations, streams, embeddings) so no more than `perMinute` start in any minute (evenly: one
 * every 60000/perMinute ms), the way hosted APIs meter them; waiting calls keep their order.
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
  async function* stream(req: ModelRequest, next: StreamCall): AsyncIterable<StreamEvent> {
    await wait(req.signal);
    yield* next(req);
  }
  return wrapProvider(inner, {
    wrapGenerate: async (req, next) => {
      await wait(req.signal);
      return next(req);
    },
    wrapStream: stream,
    wrapEmbed: async (texts, opts, next) => {
      await wait(opts.signal);
      return next(texts, opts);
    },
  });
}
