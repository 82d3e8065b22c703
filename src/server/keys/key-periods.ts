/** @module What a key spent in the periods its budgets count: today and this month (UTC). */
import type { ApiKeyStore, KeySpend } from '../../store/index.js';

/** The key's spend since the start of today and of this month, UTC. */
export async function spendThisPeriod(
  keys: ApiKeyStore,
  keyId: string,
  now = Date.now(),
): Promise<{ today: KeySpend; month: KeySpend }> {
  const today = new Date(now).toISOString().slice(0, 10);
  const [day, month] = await Promise.all([
    keys.spendSince(keyId, today),
    keys.spendSince(keyId, `${today.slice(0, 8)}01`),
  ]);
  return { today: day, month };
}
