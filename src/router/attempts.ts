// How many calls a failure cost: retry records it on the error it gives up with, so a fallback around it
// can report the true number of attempts (ModelResponse.attempts) without parsing anything.
const attemptsByError = new WeakMap<object, number>();

/** Notes that `err` ended `n` attempts. */
export function recordAttempts(err: unknown, n: number): void {
  if (err && typeof err === 'object') attemptsByError.set(err, n);
}

/** Attempts that `err` ended (1 when no retry wrapper recorded more). */
export function attemptsOf(err: unknown): number {
  return (err && typeof err === 'object' ? attemptsByError.get(err) : undefined) ?? 1;
}
