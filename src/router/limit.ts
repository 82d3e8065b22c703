import type { ModelRequest, Provider, StreamEvent } from '../core/index.js';
import { abortableSleep } from './sleep.js';

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

/** Lets at most `max` requests through `inner` at once; the rest wait their turn. */
export function limit(inner: Provider, max: number): Provider {
  const sem = createSemaphore(max);
  const generate = async (req: ModelRequest) => {
    const release = await sem.acquire(req.signal);
    try {
      return await inner.generate(req);
    } finally {
      release();
    }
  };
  async function* stream(req: ModelRequest): AsyncIterable<StreamEvent> {
    const release = await sem.acquire(req.signal);
    try {
      yield* inner.stream(req);
    } finally {
      release();
    }
  }
  return { id: inner.id, generate, stream, ...(inner.embed ? { embed: inner.embed.bind(inner) } : {}) };
}
