import {
  isTandemError,
  type ModelRequest,
  type ModelResponse,
  type Provider,
  TandemError,
} from '../core/index.js';
import {
  type Relay,
  type RelayBody,
  type RelayedEvent,
  type RelayedResponse,
  relayOf,
} from '../providers/index.js';
import { attemptsOf } from './attempts.js';

/** True when another provider might succeed where this one failed (any provider-side failure). */
export function shouldFallBack(err: unknown): boolean {
  return isTandemError(err) && err.code.startsWith('PROVIDER_');
}

/**
 * Tries each target in order until one answers. `order` may reorder targets per request (balance uses it).
 * A stream falls back only before its first event. Built by hand, not with `wrapProvider`: it wraps several
 * providers, not one. It relays when any target can: a relayed call goes to each target's relay, and a
 * target that cannot relay answers translated (the server then writes the answer in the client's format).
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

  const generateWith = async <R extends ModelResponse>(
    req: ModelRequest,
    call: (target: Provider) => Promise<R>,
  ): Promise<R> => {
    const errors: unknown[] = [];
    let attempts = 0;
    for (const target of order(targets)) {
      try {
        const res = await call(target);
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

  async function* streamWith<E extends RelayedEvent>(
    req: ModelRequest,
    call: (target: Provider) => AsyncIterable<E>,
  ): AsyncIterable<E> {
    const errors: unknown[] = [];
    let failedAttempts = 0;
    for (const target of order(targets)) {
      let started = false;
      try {
        for await (const ev of call(target)) {
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
  const relay = relayOverTargets(targets, generateWith, streamWith);
  return {
    id,
    generate: (req) => generateWith(req, (target) => target.generate(req)),
    stream: (req) => streamWith(req, (target) => target.stream(req)),
    ...(embedder?.embed ? { embed: embedder.embed.bind(embedder) } : {}),
    ...(relay ? { relay } : {}),
  };
}

/** The fallback's loop: `call` made on each target in turn until one answers. */
type EachTarget<T> = (req: ModelRequest, call: (target: Provider) => T) => T;

/** The fallback's relay, when a target can relay: each target relays if it can, else answers translated. */
function relayOverTargets(
  targets: Provider[],
  generateWith: EachTarget<Promise<RelayedResponse>>,
  streamWith: EachTarget<AsyncIterable<RelayedEvent>>,
): Relay | undefined {
  const format = targets.map((t) => relayOf(t)).find((r) => r)?.format;
  if (!format) return undefined;
  const generate = (target: Provider, body: RelayBody, req: ModelRequest) =>
    relayOf(target, format)?.generate(body, req) ?? target.generate(req);
  const stream = (target: Provider, body: RelayBody, req: ModelRequest) =>
    relayOf(target, format)?.stream(body, req) ?? target.stream(req);
  return {
    format,
    generate: (body, req) => generateWith(req, (target) => generate(target, body, req)),
    stream: (body, req) => streamWith(req, (target) => stream(target, body, req)),
  };
}
