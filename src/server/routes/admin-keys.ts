/**
 * @module Key management over HTTP (/admin/keys), for operators who cannot run the CLI next to the store.
 * Enabled only when an admin key is configured (TANDEM_ADMIN_KEY); otherwise these paths do not exist.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { isTandemError } from '../../core/index.js';
import type { KeyChange } from '../../redis/index.js';
import type { ApiKeyStore } from '../../store/index.js';
import { bearerMatches } from '../bearer.js';
import { badRequest, bodyError, notFound } from '../error-response.js';
import { issueKey } from '../keys/issue-key.js';
import { readJson } from '../read-json.js';

const createSchema = z
  .object({
    name: z.string().min(1),
    rpm: z.number().positive().optional(),
    tpm: z.number().positive().optional(),
    budgetUsdDay: z.number().positive().optional(),
    budgetUsdMonth: z.number().positive().optional(),
    routes: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

/**
 * Mounts GET/POST /admin/keys and DELETE /admin/keys/:name behind the admin key. `changed` runs before the
 * answer, so a revocation is in force on every replica it reaches by the time the caller hears it is done.
 */
export function mountAdminKeys(
  app: Hono,
  keys: ApiKeyStore,
  adminKey: string,
  changed: (change: KeyChange) => Promise<void>,
): void {
  app.use('/admin/*', async (c, next) => {
    if (!bearerMatches(c, adminKey))
      return c.json(
        {
          error: {
            message: 'admin endpoints need "Authorization: Bearer <TANDEM_ADMIN_KEY>"',
            type: 'authentication_error',
            param: null,
            code: 'invalid_admin_key',
          },
        },
        401,
      );
    return next();
  });
  // Each key with what it spent today and this month (UTC), the periods its budgets count.
  app.get('/admin/keys', async (c) => {
    const today = new Date().toISOString().slice(0, 10);
    const month = `${today.slice(0, 8)}01`;
    const data = await Promise.all(
      (await keys.list()).map(async (k) => ({
        ...k,
        spend: { today: await keys.spendSince(k.id, today), month: await keys.spendSince(k.id, month) },
      })),
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
