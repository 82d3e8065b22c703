/**
 * @module Where a key's rate and spend are counted. In this process (the in-memory limiter, budgets from the
 * store plus what this process has not written yet), or, with Redis, once for every replica: an atomic
 * sliding window and a budget hold per call. While Redis is unreachable the shared counters fall back to
 * this process's, or refuse with a 503 (`redis.onFailure: refuse`). The store records every call's spend
 * either way.
 */
import type { Usage } from '../../core/index.js';
import { createRateWindows, createSharedBudgets, type RedisLink, shownUrl } from '../../redis/index.js';
import type { ApiKeyRecord } from '../../store/index.js';
import type { KeyCache } from './key-cache.js';
import { budgetDenial, countersDown, type Denial, rateDenial } from './key-denials.js';
import { createKeyLimiter } from './key-limiter.js';

/** An admitted call: charge what it spent, or release what admitting it held when it ends without an answer. */
export interface Admitted {
  charge(usage: Usage, costUsd: number): Promise<void>;
  release(): Promise<void>;
}

/** Admits a key's call (counting it) or says why not. */
export interface KeyCounters {
  admit(key: ApiKeyRecord): Promise<Admitted | Denial>;
}

const hasBudget = (key: ApiKeyRecord) => key.budgetUsdDay !== undefined || key.budgetUsdMonth !== undefined;

/** Counters of this process only: each replica enforces the full limits on its own. */
export function localCounters(keys: KeyCache): KeyCounters {
  const limiter = createKeyLimiter();
  return {
    async admit(key) {
      const now = Date.now();
      if (hasBudget(key)) {
        const spent = await keys.spent(key.id);
        if (key.budgetUsdDay !== undefined && spent.dayUsd >= key.budgetUsdDay)
          return budgetDenial(key, 'day', spent.dayUsd, now);
        if (key.budgetUsdMonth !== undefined && spent.monthUsd >= key.budgetUsdMonth)
          return budgetDenial(key, 'month', spent.monthUsd, now);
      }
      const verdict = limiter.admit(key.id, key);
      if (!verdict.ok) return rateDenial(key, verdict);
      return {
        async charge(usage, costUsd) {
          limiter.addTokens(key.id, usage.totalTokens);
          keys.charge(key.id, { requests: 1, tokens: usage.totalTokens, costUsd });
        },
        release: async () => {},
      };
    },
  };
}

/** Counters in Redis, shared by every replica on the same Redis and prefix; `local` while it is down. */
export function sharedCounters(keys: KeyCache, link: RedisLink, local: KeyCounters): KeyCounters {
  const windows = createRateWindows(link);
  const budgets = createSharedBudgets(link);
  const unshared = (key: ApiKeyRecord) =>
    link.settings.onFailure === 'refuse' ? countersDown(key, shownUrl(link.settings.url)) : local.admit(key);
  // A failed write after the answer loses only Redis' copy: the store still records the spend.
  const quietly = (p: Promise<void>) => p.catch(() => {});

  const admitShared = async (key: ApiKeyRecord): Promise<Admitted | Denial> => {
    const now = Date.now();
    let hold: string | undefined;
    if (hasBudget(key)) {
      const r = await budgets.reserve(
        key.id,
        { day: key.budgetUsdDay, month: key.budgetUsdMonth },
        () => keys.spent(key.id),
        now,
      );
      if (!r.ok) return budgetDenial(key, r.period, r.spentUsd, now);
      hold = r.hold;
    }
    if (key.rpm !== undefined || key.tpm !== undefined) {
      const verdict = await windows.admit(key.id, key);
      if (!verdict.ok) {
        if (hold) await quietly(budgets.settle(key.id, hold, 0, now));
        return rateDenial(key, verdict);
      }
    }
    // The first charge takes the hold; later ones (an app's unfinished spend, then its result) add to it.
    const takeHold = () => {
      const h = hold;
      hold = undefined;
      return h;
    };
    return {
      async charge(usage, costUsd) {
        keys.charge(key.id, { requests: 1, tokens: usage.totalTokens, costUsd });
        const h = takeHold();
        await Promise.all([
          hasBudget(key) ? quietly(budgets.settle(key.id, h, costUsd)) : undefined,
          key.tpm !== undefined ? quietly(windows.addTokens(key.id, usage.totalTokens)) : undefined,
        ]);
      },
      async release() {
        const h = takeHold();
        if (h) await quietly(budgets.settle(key.id, h, 0));
      },
    };
  };

  return {
    async admit(key) {
      // A key without limits needs no counters: it works whatever Redis' state.
      if (!hasBudget(key) && key.rpm === undefined && key.tpm === undefined) return local.admit(key);
      if (!link.up()) return unshared(key);
      try {
        return await admitShared(key);
      } catch {
        // Redis went away mid-check (the link says so a moment later): this call is counted as if it had.
        return unshared(key);
      }
    },
  };
}
