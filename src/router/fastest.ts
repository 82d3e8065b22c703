import type { ModelRequest, Provider, StreamEvent } from '../core/index.js';
import { fallback, shouldFallBack } from './fallback.js';
import { type GenerateCall, type StreamCall, wrapProvider } from './wrap-provider.js';

export interface FastestOptions {
  /** Share of requests that try the targets in random order, so a target that got faster is noticed. */
  explore?: number;
  random?: () => number;
  now?: () => number;
}

// Recent calls count most: each new observation moves the average 30% of the way.
const ALPHA = 0.3;

/**
 * Sends each request to the target that has been answering fastest (time to the answer, or to a stream's
 * first event, as a moving average); targets not measured yet go first so each gets measured. A failure
 * sets a target to twice the slowest time seen, so it drops to the back (the others are tried in order, as
 * in a fallback) and earns its place back when exploration finds it answering again.
 */
export function fastest(id: string, targets: Provider[], opts: FastestOptions = {}): Provider {
  const random = opts.random ?? Math.random;
  const now = opts.now ?? (() => performance.now());
  const explore = opts.explore ?? 0.05;
  const average = new Map<Provider, number>();

  const observe = (target: Provider, ms: number) => {
    const before = average.get(target);
    average.set(target, before === undefined ? ms : before + ALPHA * (ms - before));
  };
  // Straight to the back, not averaged in: a target that just failed must not be first again next time.
  const penalize = (target: Provider) => {
    const slowest = Math.max(0, ...average.values());
    average.set(target, slowest > 0 ? 2 * slowest : 1000);
  };

  // Each target timed where it answers; `self` (the measured wrapper) is what `order` sorts.
  const measured = targets.map((target): Provider => {
    const self = wrapProvider(target, { wrapGenerate: timedGenerate, wrapStream: timedStream });
    async function timedGenerate(req: ModelRequest, next: GenerateCall) {
      const started = now();
      try {
        const res = await next(req);
        observe(self, now() - started);
        return res;
      } catch (err) {
        if (shouldFallBack(err)) penalize(self);
        throw err;
      }
    }
    async function* timedStream(req: ModelRequest, next: StreamCall): AsyncIterable<StreamEvent> {
      const started = now();
      let first = true;
      try {
        for await (const ev of next(req)) {
          if (first) observe(self, now() - started);
          first = false;
          yield ev;
        }
      } catch (err) {
        if (first && shouldFallBack(err)) penalize(self);
        throw err;
      }
    }
    return self;
  });

  const order = (list: Provider[]) => {
    if (random() < explore) {
      const shuffled = [...list];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      return shuffled;
    }
    // Unmeasured first (-1), then fastest first; the sort is stable, so ties keep the configured order.
    return [...list].sort((a, b) => (average.get(a) ?? -1) - (average.get(b) ?? -1));
  };
  return fallback(id, measured, order);
}
