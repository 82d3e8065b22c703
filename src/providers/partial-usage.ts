/**
 * @module The tokens a stream had spent when it stopped early (the client left, a timeout fired): a provider
 * notes on the error it throws what the upstream had reported, so whoever pays for the call can count it.
 */
import type { Usage } from '../core/index.js';

/** What a call that did not finish had spent. */
export interface PartialSpend {
  usage: Usage;
  costUsd?: number;
}

const spendByError = new WeakMap<object, PartialSpend>();

/** Notes on `err` the usage (and its cost) the upstream reported before the stream stopped; returns `err`. */
export function withPartialUsage<E>(err: E, usage: Usage | undefined, costUsd?: number): E {
  if (usage?.totalTokens && err && typeof err === 'object')
    spendByError.set(err, { usage, ...(costUsd !== undefined ? { costUsd } : {}) });
  return err;
}

/** What was noted on `err`, if the upstream had reported any usage. */
export function partialSpendOf(err: unknown): PartialSpend | undefined {
  return err && typeof err === 'object' ? spendByError.get(err) : undefined;
}
