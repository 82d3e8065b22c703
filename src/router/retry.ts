import {
  isTandemError,
  type ModelRequest,
  type ModelResponse,
  type Provider,
  type StreamEvent,
} from '../core/index.js';
import { recordAttempts } from './attempts.js';
import { abortableSleep, type Sleep } from './sleep.js';
import { type StreamCall, wrapProvider } from './wrap-provider.js';

export interface RetryOptions {
  /** Total tries, including the first. */
  attempts?: number;
  baseMs?: number;
  /** Cap on one wait; a Retry-After longer than this is not waited for (the error goes to the fallback). */
  maxMs?: number;
  sleep?: Sleep;
  random?: () => number;
}

/** True for errors another try may fix: 408, 409, 429, 5xx, timeouts, broken responses. */
export function isRetryable(err: unknown): boolean {
  return isTandemError(err) && err.retryable;
}

/** The wait before try `attempt + 1`: Retry-After when the upstream gave one, else full-jitter exponential backoff. */
export function retryDelayMs(
  err: unknown,
  attempt: number,
  baseMs: number,
  maxMs: number,
  random = Math.random,
): number {
  const asked = isTandemError(err) ? err.retryAfterMs : undefined;
  if (asked !== undefined) return asked;
  return Math.floor(random() * Math.min(maxMs, baseMs * 2 ** (attempt - 1)));
}

/** Retries transient failures (of generations, streams and embeddings) with exponential backoff and full jitter; honours Retry-After. */
export function retry(inner: Provider, opts: RetryOptions = {}): Provider {
  const { attempts = 3, baseMs = 250, maxMs = 10_000, sleep = abortableSleep, random = Math.random } = opts;

  // Waits before the next try, or rethrows when no try is left or waiting would exceed maxMs.
  const backoff = async (err: unknown, attempt: number, call: Pick<ModelRequest, 'signal' | 'span'>) => {
    const giveUp = () => {
      recordAttempts(err, attempt);
      return err;
    };
    if (attempt >= attempts || !isRetryable(err) || call.signal?.aborted) throw giveUp();
    const delay = retryDelayMs(err, attempt, baseMs, maxMs, random);
    if (delay > maxMs) throw giveUp();
    call.span?.set({ [`retry.${attempt}.waitMs`]: delay });
    await sleep(delay, call.signal);
  };

  // One answer (generate, embed): tried again until it comes, or backoff gives up.
  const withRetries = async <T>(
    call: Pick<ModelRequest, 'signal' | 'span'>,
    attempt: (n: number) => Promise<T>,
  ): Promise<T> => {
    for (let n = 1; ; n++) {
      try {
        return await attempt(n);
      } catch (err) {
        await backoff(err, n, call);
      }
    }
  };

  // A stream is retried only before its first event: after that the caller has already seen output.
  async function* stream(req: ModelRequest, next: StreamCall): AsyncIterable<StreamEvent> {
    for (let attempt = 1; ; attempt++) {
      let started = false;
      try {
        for await (const ev of next(req)) {
          started = true;
          yield ev.type === 'finish'
            ? { ...ev, response: { ...ev.response, attempts: (ev.response.attempts ?? 1) + attempt - 1 } }
            : ev;
        }
        return;
      } catch (err) {
        if (started) throw err;
        await backoff(err, attempt, req);
      }
    }
  }

  return wrapProvider(inner, {
    wrapGenerate: (req, next) =>
      withRetries(req, async (n): Promise<ModelResponse> => {
        const res = await next(req);
        return { ...res, attempts: (res.attempts ?? 1) + n - 1 };
      }),
    wrapStream: stream,
    wrapEmbed: (texts, opts, next) => withRetries(opts, () => next(texts, opts)),
  });
}
