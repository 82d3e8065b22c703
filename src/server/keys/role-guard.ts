/**
 * @module What a key's role lets its holder do on `/api/` (after the key check found the key): a `client`
 * key calls apps and leaves feedback, as an application does; reading the studio's data needs `read-only`;
 * changing anything there (sign-offs, labels, evals, the playground, suites) needs `reviewer`; keys are
 * `admin`'s. With no keys yet the server is open on loopback and this guard lets everything through.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { KeyRole } from '../../store/index.js';

const RANK: Record<KeyRole, number> = { client: 0, 'read-only': 1, reviewer: 2, admin: 3 };

/** The role a request's key has; undefined when the server has no keys (open). */
export const roleOf = (c: Context): KeyRole | undefined => {
  const key = c.get('meter')?.key;
  return key ? (key.role ?? 'client') : undefined;
};

/** True when the request's key has at least `role` (or the server is open). */
export function mayAct(c: Context, role: KeyRole): boolean {
  const has = roleOf(c);
  return has === undefined || RANK[has] >= RANK[role];
}

// What an application's own key does: run an app, pass on its user's thumbs.
const CLIENT_CALLS = [/^\/api\/apps\/[^/]+\/run$/, /^\/api\/feedback$/];

/** The role a request on `/api/` needs. */
export function roleNeeded(method: string, path: string): KeyRole {
  if (method === 'POST' && CLIENT_CALLS.some((p) => p.test(path))) return 'client';
  if (method === 'GET' || method === 'HEAD') return path === '/api/me' ? 'client' : 'read-only';
  return 'reviewer';
}

/** The middleware: 403 naming the role needed, and how to get a key that has it. */
export function roleGuard(): MiddlewareHandler {
  return async (c, next) => {
    const needed = roleNeeded(c.req.method, c.req.path);
    if (mayAct(c, needed)) return next();
    const key = c.get('meter')!.key;
    return c.json(
      {
        error: {
          message: `key "${key.name}" is a ${key.role ?? 'client'} key: ${c.req.method} ${c.req.path} needs a ${needed} key (tandem keys create --name <who> --role ${needed})`,
          type: 'permission_error',
          param: null,
          code: 'role_not_allowed',
        },
      },
      403,
    );
  };
}
