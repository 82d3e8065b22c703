/**
 * @module Key management over HTTP (/admin/keys), for operators who cannot run the CLI next to the store and
 * for the studio's keys page. Open to the admin key (TANDEM_ADMIN_KEY) and to keys with the `admin` role;
 * while neither exists these paths do not either.
 */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { isTandemError } from '../../core/index.js';
import type { KeyChange } from '../../redis/index.js';
import type { ApiKeyRecord, ApiKeyStore } from '../../store/index.js';
import { bearerMatches } from '../bearer.js';
import { badRequest, bodyError, notFound } from '../error-response.js';
import { hashSecret, issueKey, KEY_ROLES } from '../keys/issue-key.js';
import type { KeyCache } from '../keys/key-cache.js';
import { spendThisPeriod } from '../keys/key-periods.js';
import { readJson } from '../read-json.js';

const createSchema = z
  .object({
    name: z.string().min(1),
    rpm: z.number().positive().optional(),
    tpm: z.number().positive().optional(),
    budgetUsdDay: z.number().positive().optional(),
    budgetUsdMonth: z.number().positive().optional(),
    routes: z.array(z.string().min(1)).min(1).optional(),
    role: z.enum(KEY_ROLES).optional(),
  })
  .strict();

/** Where admin requests are checked: the store, the server's key cache and the admin key, when set. */
export interface AdminAccess {
  store: ApiKeyStore;
  cache: KeyCache;
  adminKey?: string | undefined;
}

/**
 * Mounts GET/POST /admin/keys and DELETE /admin/keys/:name behind the admin key or an admin-role key.
 * `changed` runs before the answer, so a revocation is in force on every replica it reaches by the time the
 * caller hears it is done.
 */
export function mountAdminKeys(
  app: Hono,
  access: AdminAccess,
  changed: (change: KeyChange) => Promise<void>,
): void {
  const keys = access.store;
  app.use('/admin/*', async (c, next) => {
    const allowed = await adminAllowed(c, access);
    if (allowed === 'ok') return next();
    if (allowed === 'absent') return c.json(notFound(`no route ${c.req.method} ${c.req.path}`).body, 404);
    if (typeof allowed === 'object')
      return c.json(
        {
          error: {
            message: `key "${allowed.name}" is a ${allowed.role ?? 'client'} key: managing keys needs an admin key (tandem keys create --name <who> --role admin) or TANDEM_ADMIN_KEY`,
            type: 'permission_error',
            param: null,
            code: 'role_not_allowed',
          },
        },
        403,
      );
    return c.json(
      {
        error: {
          message:
            'admin endpoints need "Authorization: Bearer <TANDEM_ADMIN_KEY>" or a key with the admin role',
          type: 'authentication_error',
          param: null,
          code: 'invalid_admin_key',
        },
      },
      401,
    );
  });
  // Each key with what it spent today and this month (UTC), the periods its budgets count.
  app.get('/admin/keys', async (c) => {
    const data = await Promise.all(
      (await keys.list()).map(async (k) => ({ ...k, spend: await spendThisPeriod(keys, k.id) })),
    );
    return c.json({ data });
  });
  app.post('/admin/keys', async (c) => {
    const b = await readJson(c, createSchema);
    if (!b.ok) {
      const e = bodyError(b);
      return c.json(e.body, e.status);
    }
    const { name, ...limits } = b.value;
    try {
      const { key, secret } = await issueKey(keys, name, limits);
      await changed({ type: 'created', name });
      return c.json({ ...key, secret }, 201);
    } catch (err) {
      if (!isTandemError(err)) throw err;
      const e = badRequest(err.hint ? `${err.message} (${err.hint})` : err.message, 'name');
      return c.json(e.body, e.status);
    }
  });
  app.delete('/admin/keys/:name', async (c) => {
    if (await keys.revoke(c.req.param('name'))) {
      await changed({ type: 'revoked', name: c.req.param('name') });
      return c.json({ revoked: c.req.param('name') });
    }
    return c.json(notFound(`no active key "${c.req.param('name')}"`, 'name').body, 404);
  });
}

// 'absent' while the server has neither an admin key nor any key: there is no one these paths could serve.
// A known key without the admin role is answered with what it is (a 403), an unknown one with a 401.
async function adminAllowed(
  c: Context,
  access: AdminAccess,
): Promise<'ok' | 'refused' | 'absent' | ApiKeyRecord> {
  if (access.adminKey && bearerMatches(c, access.adminKey)) return 'ok';
  if (!access.adminKey && !(await access.cache.any())) return 'absent';
  const auth = c.req.header('authorization') ?? '';
  const secret = auth.toLowerCase().startsWith('bearer ') ? auth.slice(7).trim() : c.req.header('x-api-key');
  if (!secret) return 'refused';
  const key = await access.cache.findByHash(hashSecret(secret.trim()));
  if (!key || key.revokedAt) return 'refused';
  return key.role === 'admin' ? 'ok' : key;
}
