/**
 * @module Per-key request and token rates over a sliding minute, shared by every replica: the same
 * semantics as the in-memory limiter (one-second buckets, the last 60 seconds count), kept in one Redis hash
 * per key and checked-and-counted by one script, so replicas together admit at most the limit. Time is
 * Redis' clock, so replicas whose clocks differ still share one window.
 */
import { luaScript } from './lua-script.js';
import type { RedisLink } from './redis-link.js';

// Redis' time in ms, or the caller's (ARGV[n], for tests); then the hash's live totals, dropping stale buckets.
const WINDOW = `
local function clock(given)
  if given ~= nil and given ~= '' then return tonumber(given) end
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function totals(key, second)
  local flat = redis.call('HGETALL', key)
  local sums = { r = 0, t = 0 }
  local oldest = { r = second, t = second }
  for i = 1, #flat, 2 do
    local kind = string.sub(flat[i], 1, 1)
    local s = tonumber(string.sub(flat[i], 3))
    local n = tonumber(flat[i + 1])
    if s <= second - 60 then
      redis.call('HDEL', key, flat[i])
    elseif n > 0 then
      sums[kind] = sums[kind] + n
      if s < oldest[kind] then oldest[kind] = s end
    end
  end
  return sums, oldest
end
`;

// KEYS[1] the window; ARGV: rpm ('' = none), tpm ('' = none), now in ms ('' = Redis' clock).
const ADMIT = luaScript(`${WINDOW}
local now = clock(ARGV[3])
local second = math.floor(now / 1000)
local sums, oldest = totals(KEYS[1], second)
local function after(kind) return math.max(1, math.ceil(((oldest[kind] + 60) * 1000 - now) / 1000)) end
if ARGV[1] ~= '' and sums.r >= tonumber(ARGV[1]) then return { 0, 'rpm', after('r') } end
if ARGV[2] ~= '' and sums.t >= tonumber(ARGV[2]) then return { 0, 'tpm', after('t') } end
redis.call('HINCRBY', KEYS[1], 'r:' .. second, 1)
redis.call('PEXPIRE', KEYS[1], 61000)
return { 1 }
`);

// KEYS[1] the window; ARGV: tokens, now in ms ('' = Redis' clock).
const ADD_TOKENS = luaScript(`${WINDOW}
local second = math.floor(clock(ARGV[2]) / 1000)
redis.call('HINCRBY', KEYS[1], 't:' .. second, tonumber(ARGV[1]))
redis.call('PEXPIRE', KEYS[1], 61000)
return 1
`);

/** The verdict on one request, as the in-memory limiter gives it. */
export interface RateVerdict {
  ok: boolean;
  /** Seconds until the window has room again. */
  retryAfterS?: number;
  reason?: 'rpm' | 'tpm';
}

/** Shared rate windows over a link; every call throws when Redis cannot be reached. */
export function createRateWindows(link: RedisLink, now?: () => number) {
  const keyOf = (id: string) => `${link.settings.prefix}rate:{${id}}`;
  const at = () => (now ? String(now()) : '');
  return {
    /** Admits one request (and counts it) unless the key is over its rpm or tpm. */
    async admit(id: string, limits: { rpm?: number; tpm?: number }): Promise<RateVerdict> {
      const reply = (await ADMIT(link.client(), [keyOf(id)], [limits.rpm ?? '', limits.tpm ?? '', at()])) as [
        number,
        ('rpm' | 'tpm')?,
        number?,
      ];
      if (reply[0] === 1) return { ok: true };
      return { ok: false, reason: reply[1], retryAfterS: reply[2] };
    },
    /** Counts the tokens a finished request used. */
    async addTokens(id: string, tokens: number): Promise<void> {
      if (tokens <= 0) return;
      await ADD_TOKENS(link.client(), [keyOf(id)], [Math.round(tokens), at()]);
    },
  };
}

export type RateWindows = ReturnType<typeof createRateWindows>;
