/**
 * @module A key's spend for the UTC day and month, counted once across replicas. Before a call, one script
 * checks the budget and reserves the key's costliest recent call (a hold that lapses after two minutes);
 * after it, the hold is swapped for what the call cost. So replicas admitting at once each see the others'
 * calls in flight, and a budget is overspent by at most one call that costs more than any before it.
 *
 * The store stays the record (spend is still written to it in batches): a counter Redis does not have (a
 * new period, a restarted Redis) is seeded from the store first. Amounts are integer nano-dollars, so a
 * hundred $0.01 calls sum to exactly $1.
 */
import { randomUUID } from 'node:crypto';
import { luaScript } from './lua-script.js';
import type { RedisLink } from './redis-link.js';

const NANO = 1e9;
const HOLD_MS = 120_000;
const PEAK_MS = 86_400_000;

// KEYS: day, month, holds, peak. ARGV: day budget, month budget ('' = none), hold id, hold ms.
const RESERVE = luaScript(`
if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('EXISTS', KEYS[2]) == 0 then return { 'seed' } end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
local held = 0
for _, member in ipairs(redis.call('ZRANGE', KEYS[3], 0, -1)) do
  held = held + tonumber(string.match(member, ':(%d+)$'))
end
local day = tonumber(redis.call('GET', KEYS[1])) + held
local month = tonumber(redis.call('GET', KEYS[2])) + held
if ARGV[1] ~= '' and day >= tonumber(ARGV[1]) then return { 'day', tostring(day) } end
if ARGV[2] ~= '' and month >= tonumber(ARGV[2]) then return { 'month', tostring(month) } end
local peak = tonumber(redis.call('GET', KEYS[4]) or '0')
if peak <= 0 then return { 'ok' } end
local member = ARGV[3] .. ':' .. string.format('%d', peak)
redis.call('ZADD', KEYS[3], now + tonumber(ARGV[4]), member)
redis.call('PEXPIRE', KEYS[3], tonumber(ARGV[4]))
return { 'ok', member }
`);

// KEYS: day, month. ARGV: their values and lifetimes (ms). Only a missing counter is set.
const SEED = luaScript(`
redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[3])
redis.call('SET', KEYS[2], ARGV[2], 'NX', 'PX', ARGV[4])
return 1
`);

// KEYS: day, month, holds, peak. ARGV: hold member ('' = none), cost, peak ms. A missing counter is left
// missing (it is seeded from the store, which will hold this cost), so it never starts from a partial sum.
const SETTLE = luaScript(`
if ARGV[1] ~= '' then redis.call('ZREM', KEYS[3], ARGV[1]) end
local cost = tonumber(ARGV[2])
if cost <= 0 then return 0 end
if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('INCRBY', KEYS[1], cost) end
if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('INCRBY', KEYS[2], cost) end
if cost > tonumber(redis.call('GET', KEYS[4]) or '0') then redis.call('SET', KEYS[4], cost, 'PX', ARGV[3]) end
return 1
`);

/** A key's budgets in USD; either may be absent. */
export interface Budgets {
  day?: number;
  month?: number;
}

export type Reservation =
  | {
      ok: true /** The hold to settle; absent while the key has no call on record to size it by. */;
      hold?: string;
    }
  | { ok: false; period: 'day' | 'month' /** Spent, with the holds of calls in flight. */; spentUsd: number };

const nano = (usd: number) => Math.round(usd * NANO);

/** Shared budgets over a link; every call throws when Redis cannot be reached. */
export function createSharedBudgets(link: RedisLink) {
  const keysOf = (id: string, now: number) => {
    const day = new Date(now).toISOString().slice(0, 10);
    const base = `${link.settings.prefix}spend:{${id}}`;
    return [`${base}:day:${day}`, `${base}:month:${day.slice(0, 7)}`, `${base}:holds`, `${base}:peak`];
  };
  const run = async (id: string, b: Budgets, now: number) =>
    (await RESERVE(link.client(), keysOf(id, now), [
      b.day === undefined ? '' : nano(b.day),
      b.month === undefined ? '' : nano(b.month),
      randomUUID(),
      HOLD_MS,
    ])) as [string, string?];
  return {
    /**
     * Checks the key's budgets and holds its costliest recent call against them. `recorded` gives the
     * store's spend, read only when Redis has no counter for the period yet.
     */
    async reserve(
      id: string,
      budgets: Budgets,
      recorded: () => Promise<{ dayUsd: number; monthUsd: number }>,
      now = Date.now(),
    ): Promise<Reservation> {
      let reply = await run(id, budgets, now);
      if (reply[0] === 'seed') {
        const spent = await recorded();
        const [day, month] = keysOf(id, now);
        await SEED(
          link.client(),
          [day!, month!],
          [nano(spent.dayUsd), nano(spent.monthUsd), ...lifetimes(now)],
        );
        reply = await run(id, budgets, now);
      }
      if (reply[0] === 'day' || reply[0] === 'month')
        return { ok: false, period: reply[0], spentUsd: Number(reply[1]) / NANO };
      return reply[1] ? { ok: true, hold: reply[1] } : { ok: true };
    },
    /** Swaps a hold for what the call cost (0 when it was refused or failed). */
    async settle(id: string, hold: string | undefined, costUsd: number, now = Date.now()): Promise<void> {
      await SETTLE(link.client(), keysOf(id, now), [hold ?? '', nano(costUsd), PEAK_MS]);
    },
  };
}

export type SharedBudgets = ReturnType<typeof createSharedBudgets>;

// A counter lives until an hour after its period ends (then the next period's counter takes over).
function lifetimes(now: number): [number, number] {
  const d = new Date(now);
  const dayEnd = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
  const monthEnd = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return [dayEnd - now + 3_600_000, monthEnd - now + 3_600_000];
}
