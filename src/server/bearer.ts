/**
 * @module The check for the server's own secrets (the admin key, the metrics key): a bearer token compared
 * in constant time, so its length and content cannot be guessed from how fast a wrong one is refused.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';

/** True when the request carries `Authorization: Bearer <secret>`. */
export function bearerMatches(c: Context, secret: string): boolean {
  const auth = c.req.header('authorization') ?? '';
  if (!auth.toLowerCase().startsWith('bearer ')) return false;
  const given = Buffer.from(auth.slice(7).trim());
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
