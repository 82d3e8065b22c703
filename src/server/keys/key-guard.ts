/**
 * @module The key check in front of the model and app endpoints. Until the first key is created the server
 * is open (and `tandem serve` binds loopback only); from then on every call needs an active key, within
 * its models, rate and budget (counted by `key-counters.ts`). What a call spends is charged to its key when
 * the answer is complete.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Usage } from '../../core/index.js';
import type { ApiKeyRecord } from '../../store/index.js';
import { anthropicError } from '../anthropic/messages-response.js';
import { jsonBody } from '../request-body.js';
import { hashSecret } from './issue-key.js';
import type { KeyCache } from './key-cache.js';
import { type KeyCounters, localCounters } from './key-counters.js';
import type { Denial } from './key-denials.js';

/** Charges a finished call to the key that made it. */
export interface Meter {
  key: ApiKeyRecord;
  charge(usage: Usage, costUsd: number): Promise<void>;
}

declare module 'hono' {
  interface ContextVariableMap {
    meter: Meter;
  }
}

/** `{ apiKey: name }` for a request that came with a key, to record on its trace. */
export const apiKeyOf = (c: Context): { apiKey?: string } => {
  const name = c.get('meter')?.key.name;
  return name ? { apiKey: name } : {};
};

const secretOf = (c: Context) => {
  const auth = c.req.header('authorization');
  if (auth?.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim();
  return c.req.header('x-api-key')?.trim();
};

/** The model a request asks for, to check it against the key's allowed routes. */
async function requestedModel(c: Context): Promise<string | undefined> {
  const app = /^\/api\/apps\/([^/]+)\/run$/.exec(c.req.path);
  if (app) return `app:${decodeURIComponent(app[1]!)}`;
  if (c.req.method !== 'POST' || !c.req.path.startsWith('/v1/')) return undefined;
  // Parsed once per request: the handler reads it again for free (and reports a bad body).
  const body = await jsonBody(c);
  if (!body.ok) return undefined;
  const model = (body.value as { model?: unknown } | null)?.model;
  return typeof model === 'string' ? model : undefined;
}

/** The middleware, reading keys through `keys` (a cache over the store) and counting calls in `counters`. */
export function keyGuard(keys: KeyCache, counters: KeyCounters = localCounters(keys)): MiddlewareHandler {
  return async (c, next) => {
    if (!(await keys.any())) return next();
    const found = await identify(c, keys);
    if ('status' in found) return deny(c, found);
    const { key } = found;
    const refused = await modelRefused(c, key);
    if (refused) return deny(c, refused);
    const admitted = await counters.admit(key);
    if ('status' in admitted) return deny(c, admitted);
    let charged = false;
    c.set('meter', {
      key,
      async charge(usage, costUsd) {
        charged = true;
        await admitted.charge(usage, costUsd);
      },
    });
    await next();
    // A call that failed before any answer gives back what admitting it held (a stream cut short without a
    // charge leaves its hold to lapse).
    if (!charged && c.res.status >= 400) await admitted.release();
  };
}

// The key the request came with: missing, unknown and revoked keys are refused.
async function identify(c: Context, keys: KeyCache): Promise<{ key: ApiKeyRecord } | Denial> {
  const secret = secretOf(c);
  if (!secret)
    return {
      status: 401,
      message:
        'missing API key: send "Authorization: Bearer tdm_…" or "x-api-key: tdm_…" (create one with `tandem keys create --name <name>`)',
      code: 'missing_api_key',
    };
  const key = await keys.findByHash(hashSecret(secret));
  if (!key)
    return { status: 401, message: `invalid API key ${secret.slice(0, 10)}…`, code: 'invalid_api_key' };
  if (key.revokedAt)
    return { status: 401, message: `API key "${key.name}" was revoked`, code: 'revoked_api_key' };
  return { key };
}

async function modelRefused(c: Context, key: ApiKeyRecord): Promise<Denial | undefined> {
  if (!key.routes) return undefined;
  const model = await requestedModel(c);
  if (model === undefined || key.routes.includes(model)) return undefined;
  return {
    status: 403,
    message: `API key "${key.name}" may not call "${model}" (allowed: ${key.routes.join(', ')})`,
    code: 'model_not_allowed',
  };
}

// The refusal in the wire format the endpoint speaks (Anthropic's on /v1/messages, OpenAI's elsewhere).
function deny(c: Context, d: Denial): Response {
  if (d.retryAfterS !== undefined) c.header('retry-after', String(d.retryAfterS));
  if (c.req.path === '/v1/messages') return c.json(anthropicError(d.status, d.message), d.status);
  return c.json({ error: { message: d.message, type: errorType(d), param: null, code: d.code } }, d.status);
}

function errorType(d: Denial): string {
  if (d.status === 401) return 'authentication_error';
  if (d.status === 403) return 'permission_error';
  if (d.status === 503) return 'service_unavailable';
  return d.code === 'insufficient_quota' ? 'insufficient_quota' : 'rate_limit_error';
}
