import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/** A Lua script run by its SHA-1 (EVALSHA); sent whole (EVAL, which also caches it) when Redis does not know it. */
export type LuaScript = (client: Redis, keys: string[], args: Array<string | number>) => Promise<unknown>;

/**
 * Makes a script runner. A restarted or flushed Redis answers NOSCRIPT once; the EVAL that follows loads
 * the script again, so later calls are EVALSHA only.
 */
export function luaScript(lua: string): LuaScript {
  const sha = createHash('sha1').update(lua).digest('hex');
  return async (client, keys, args) => {
    try {
      return await client.evalsha(sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return client.eval(lua, keys.length, ...keys, ...args);
    }
  };
}
