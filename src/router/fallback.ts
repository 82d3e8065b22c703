import {
  isTandemError,
  type ModelRequest,
  type Provider,
  type StreamEvent,
  TandemError,
} from '../core/index.js';
import { attemptsOf } from './attempts.js';

/** True when another provider might succeed where this one failed (any provider-side failure). */
export function shouldFallBack(err: unknown): boolean {
  return isTandemError(err) && err.code.startsWith('PROVIDER_');
}

/**
 * Tries each target in order until one answers. `order` may reorder targets per request (balance uses it).
 * A stream falls back only before its first event. Built by hand, not with `wrapProvider`: it wraps several
 * providers, not one.
 */
export function fallback(
  id: string,
  targets: Provider[],
  order: (targets: Provider[]) => Provider[] = (t) => t,
): Provider {
  const fail = (errors: unknown[]) => {
    const last = errors[errors.length - 1];
    if (errors.length === 1) return last;
    const summary = errors.map((e) => (e instanceof Error ? e.message : String(e))).join('; ');
    return new TandemError(
      isTandemError(last) ? last.code : 'PROVIDER_ERROR',
      `all ${errors.length} targets of route "${id}" failed: ${summary}`,
      {
        cause: last,
        status: isTandemError(last) ? last.status : undefined,
        hint: isTandemError(last) ? last.hint : undefined,
      },
    );
  };

  const generate = async (req: ModelRequest) => {
    const errors: unknown[] = [];
    let attempts = 0;
    for (const target of order(targets)) {
      try {
        const res = await target.generate(req);
        return { ...res, attempts: attempts + (res.attempts ?? 1) };
      } catch (err) {
        if (!shouldFallBack(err) || req.signal?.aborted) throw err;
        errors.push(err);
        attempts += attemptsOf(err);
        req.span?.set({ [`fallback.${target.id}`]: err instanceof Error ? err.message : String(err) });
      }
    }
    throw fail(errors);
  };

  async function* stream(req: ModelRequest): AsyncIterable<StreamEvent> {
    const errors: unknown[] = [];
    let failedAttempts = 0;
    for (const target of order(targets)) {
      let started = false;
      try {
        for await (const ev of target.stream(req)) {
          started = true;
          yield ev.type === 'finish'
            ? { ...ev, response: { ...ev.response, attempts: failedAttempts + (ev.response.attempts ?? 1) } }
            : ev;
        }
        return;
      } catch (err) {
        if (started || !shouldFallBack(err) || req.signal?.aborted) throw err;
        errors.push(err);
        failedAttempts += attemptsOf(err);
      }
    }
    throw fail(errors);
  }

  // Embeddings go to the first target that makes them and never fall back: another target's vectors live in
  // another model's space, and an index that mixed them would rank wrongly without any error. Each target's
  // own timeout and retries still apply (they wrap the target).
  const embedder = targets.find((t) => t.embed);
  return { id, generate, stream, ...(embedder?.embed ? { embed: embedder.embed.bind(embedder) } : {}) };
}
