import { TandemError } from '../../core/index.js';
import { type KeyRow, toApiKey, utcDay } from '../rows.js';
import type { ApiKeyStore, KeySpend } from '../store.js';
import type { PgSql } from './pg-client.js';

/** Virtual API keys and their daily spend in PostgreSQL. */
export function createPgKeyStore(sql: PgSql): ApiKeyStore {
  return {
    async create(r, secretHash) {
      const createdAt = Date.now();
      try {
        await sql`
          INSERT INTO api_keys (id, name, prefix, secret_hash, rpm, tpm, budget_usd_day, budget_usd_month, routes,
            role, created_at)
          VALUES (${r.id}, ${r.name}, ${r.prefix}, ${secretHash}, ${r.rpm ?? null}, ${r.tpm ?? null},
            ${r.budgetUsdDay ?? null}, ${r.budgetUsdMonth ?? null}, ${r.routes ? JSON.stringify(r.routes) : null},
            ${r.role ?? null}, ${createdAt})`;
      } catch (err) {
        if ((err as { code?: string }).code === '23505')
          throw new TandemError('USAGE', `an active key named "${r.name}" exists`, {
            hint: `revoke it first (tandem keys revoke ${r.name}) or pick another --name`,
          });
        throw err;
      }
      return { ...r, createdAt };
    },
    async findByHash(hash) {
      const [row] = await sql<KeyRow[]>`SELECT * FROM api_keys WHERE secret_hash = ${hash}`;
      return row ? toApiKey(row) : undefined;
    },
    async list() {
      return (await sql<KeyRow[]>`SELECT * FROM api_keys ORDER BY created_at, id`).map(toApiKey);
    },
    async revoke(nameOrId) {
      const res = await sql`
        UPDATE api_keys SET revoked_at = ${Date.now()}
        WHERE (name = ${nameOrId} OR id = ${nameOrId}) AND revoked_at IS NULL`;
      return res.count > 0;
    },
    async any() {
      return (await sql`SELECT 1 FROM api_keys LIMIT 1`).length > 0;
    },
    async addSpend(keyId, s, at = Date.now()) {
      // One statement adds to the day's row: replicas charging the same key at once never lose an update.
      await sql`
        INSERT INTO key_spend (key_id, day, requests, tokens, cost_usd)
        VALUES (${keyId}, ${utcDay(at)}, ${s.requests}, ${s.tokens}, ${s.costUsd})
        ON CONFLICT (key_id, day) DO UPDATE SET requests = key_spend.requests + excluded.requests,
          tokens = key_spend.tokens + excluded.tokens, cost_usd = key_spend.cost_usd + excluded.cost_usd`;
    },
    async spendSince(keyId, sinceDay) {
      const [row] = await sql<KeySpend[]>`
        SELECT COALESCE(SUM(requests), 0)::int8 AS requests, COALESCE(SUM(tokens), 0)::int8 AS tokens,
          COALESCE(SUM(cost_usd), 0)::float8 AS "costUsd"
        FROM key_spend WHERE key_id = ${keyId} AND day >= ${sinceDay}`;
      return row ?? { requests: 0, tokens: 0, costUsd: 0 };
    },
  };
}
