import type { ModelRequest, Provider, StreamEvent } from '../core/index.js';
import { abortableSleep } from './sleep.js';
import { type StreamCall, wrapProvider } from './wrap-provider.js';

/** A counting semaphore; waiters are served first come, first served. */
export function createSemaphore(max: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  return {
    async acquire(signal?: AbortSignal): Promise<() => void> {
      if (active >= max) {
        await new Promise<void>((resolve, reject) => {
          const wake = () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          };
          const onAbort = () => {
            waiting.splice(waiting.indexOf(wake), 1);
            // Surface the abort the same way a sleep would.
            abortableSleep(0, signal).catch(reject);
          };
          waiting.push(wake);
          signal?.addEventListener('abort', onAbort, { once: true });
        });
      }
      active++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        active--;
        waiting.shift()?.();
      };
    },
    get active() {
      return active;
    },
    get queued() {
      return waiting.length;
    },
  };
}

/** Lets at most `max` calls (generations, streams, embeddings) through `inner` at once; the rest wait their turn. */
export function limit(inner: Provider, max: number): Provider {
  const sem = createSemaphore(max);
  const hold = async <T>(signal: AbortSignal | undefined, call: () => Promise<T>) => {
    const release = await sem.acquire(signal);
    try {
      return await call();
    } finally {
      release();
    }
  };
  // A stream holds its place until it ends or its consumer stops reading.
  async function* stream(req: ModelRequest, next: StreamCall): AsyncIterable<StreamEvent> {
    const release = await sem.acquire(req.signal);
    try {
      yield* next(req);
    } finally {
      release();
    }
  }
  return wrapProvider(inner, {
    wrapGenerate: (req, next) => hold(req.signal, () => next(req)),
    wrapStream: stream,
    wrapEmbed: (texts, opts, next) => hold(opts.signal, () => next(texts, opts)),
  });
}
