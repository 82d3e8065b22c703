/**
 * @module The key lookups and spend of the hot path, kept off SQLite per request: key records are cached
 * for a second (a revocation from another process lands within it; one made over /admin/keys, or announced
 * through Redis, at once), and spend is summed in memory and written to the store in batches, like traces.
 * A crash loses at most the last batch of spend accounting, never an answer.
 */
import type { ApiKeyRecord, ApiKeyStore, KeySpend } from '../../store/index.js';

const KEY_TTL_MS = 1000;
const TOTALS_TTL_MS = 5000;
const FLUSH_MS = 250;

interface Totals {
  day: string;
  month: string;
  dayUsd: number;
  monthUsd: number;
  fetchedAt: number;
}

const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);

/** A cache over one key store. */
export function createKeyCache(keys: ApiKeyStore) {
  let anyKeys: { value: boolean; at: number } | undefined;
  const byHash = new Map<string, { key: ApiKeyRecord | undefined; at: number }>();
  const totals = new Map<string, Totals>();
  const pending = new Map<string, KeySpend>();
  let timer: NodeJS.Timeout | undefined;
  // Bumped by invalidate(): a lookup that started before a revocation must not cache what it read.
  let generation = 0;

  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = [...pending];
    pending.clear();
    for (const [id, s] of batch) await keys.addSpend(id, s);
  };

  return {
    /** True once any key exists (cached). */
    async any(): Promise<boolean> {
      const now = Date.now();
      if (!anyKeys || now - anyKeys.at > KEY_TTL_MS) anyKeys = { value: await keys.any(), at: now };
      return anyKeys.value;
    },
    async findByHash(hash: string): Promise<ApiKeyRecord | undefined> {
      const now = Date.now();
      const hit = byHash.get(hash);
      if (hit && now - hit.at <= KEY_TTL_MS) return hit.key;
      const started = generation;
      const key = await keys.findByHash(hash);
      if (started !== generation) return key;
      if (byHash.size > 10_000) byHash.clear(); // bounded: random wrong keys must not grow it forever
      byHash.set(hash, { key, at: now });
      return key;
    },
    /** USD spent today and this month (UTC), the store's figure plus what this process has not written yet. */
    async spent(keyId: string): Promise<{ dayUsd: number; monthUsd: number }> {
      const now = Date.now();
      const day = utcDay(now);
      let t = totals.get(keyId);
      if (!t || t.day !== day || now - t.fetchedAt > TOTALS_TTL_MS) {
        await flush();
        const month = `${day.slice(0, 7)}-01`;
        const [d, m] = await Promise.all([keys.spendSince(keyId, day), keys.spendSince(keyId, month)]);
        t = { day, month, dayUsd: d.costUsd, monthUsd: m.costUsd, fetchedAt: now };
        totals.set(keyId, t);
      }
      return { dayUsd: t.dayUsd, monthUsd: t.monthUsd };
    },
    /** Counts a finished call; written to the store within FLUSH_MS. */
    charge(keyId: string, s: KeySpend): void {
      const t = totals.get(keyId);
      if (t) {
        t.dayUsd += s.costUsd;
        t.monthUsd += s.costUsd;
      }
      const p = pending.get(keyId) ?? { requests: 0, tokens: 0, costUsd: 0 };
      p.requests += s.requests;
      p.tokens += s.tokens;
      p.costUsd += s.costUsd;
      pending.set(keyId, p);
      if (!timer) {
        timer = setTimeout(() => void flush(), FLUSH_MS);
        timer.unref();
      }
    },
    /** Forgets cached keys (after a change made through this server). */
    invalidate(): void {
      generation++;
      anyKeys = undefined;
      byHash.clear();
    },
    flush,
  };
}

export type KeyCache = ReturnType<typeof createKeyCache>;
