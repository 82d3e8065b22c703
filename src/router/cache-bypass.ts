/**
 * @module A scope in which the response cache neither reads nor writes. `noCache` on a request covers the
 * app's own model calls; the scope covers every call made while a run does its work (guardrail judges,
 * reranking, eval judges), which are built far from the run's context and never see its flag.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const bypass = new AsyncLocalStorage<true>();

/** True inside `withoutResponseCache` (or an iteration of `eventsWithoutResponseCache`). */
export function responseCacheBypassed(): boolean {
  return bypass.getStore() === true;
}

/** Runs `fn` with the response cache off for every model call it makes. */
export function withoutResponseCache<T>(fn: () => T): T {
  return bypass.run(true, fn);
}

/**
 * The events of `events` with the cache off while each is produced: a generator's body runs in the context
 * of whoever calls `next()`, so each step is taken inside the scope.
 */
export async function* eventsWithoutResponseCache<T>(events: AsyncIterable<T>): AsyncGenerator<T> {
  const it = events[Symbol.asyncIterator]();
  let finished = false;
  try {
    while (true) {
      const step = await bypass.run(true, () => it.next());
      if (step.done) {
        finished = true;
        return;
      }
      yield step.value;
    }
  } finally {
    // Stopped early by the consumer: let the inner generator run its own cleanup, still without the cache.
    if (!finished) await bypass.run(true, async () => it.return?.());
  }
}
