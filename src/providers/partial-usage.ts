/**
 * @module The tokens a stream had spent when it stopped early (the client left, a timeout fired): a provider
 * notes on the error it throws what the upstream had reported, so whoever pays for the call can count it.
 */
import type { Usage } from '../core/index.js';

const usageByError = new WeakMap<object, Usage>();

/** Notes on `err` the usage the upstream reported before the stream stopped; returns `err`. */
export function withPartialUsage<E>(err: E, usage: Usage | undefined): E {
  if (usage && err && typeof err === 'object') usageByError.set(err, usage);
  return err;
}

/** The usage noted on `err`, if the upstream had reported any. */
export function partialUsageOf(err: unknown): Usage | undefined {
  return err && typeof err === 'object' ? usageByError.get(err) : undefined;
}
