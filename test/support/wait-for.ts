/**
 * Waits until `check` returns a value (not undefined), polling; for effects that land a moment after the
 * call that caused them (a trace written after a client left). Fails after `timeoutMs`, which is generous:
 * on a loaded machine a beat can take long, and a passing test returns as soon as the effect is there.
 */
export async function waitFor<T>(
  check: () => Promise<T | undefined> | T | undefined,
  { timeoutMs = 10_000, everyMs = 25, what = 'the condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
