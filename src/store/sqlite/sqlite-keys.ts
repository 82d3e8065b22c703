import type Database from 'better-sqlite3';
import { TandemError } from '../../core/index.js';
import { type KeyRow, toApiKey, utcDay } from '../rows.js';
import type { ApiKeyStore, KeySpend } from '../store.js';

/** Virtual API keys and their daily spend in SQLite. */
export function createSqliteKeyStore(db: Database.Database): ApiKeyStore {
  const byHash = db.prepare('SELECT * FROM api_keys WHERE secret_hash = ?');
  const anyKey = db.prepare('SELECT 1 FROM api_keys LIMIT 1');
  const upsertSpend = db.prepare(
    `INSERT INTO key_spend (key_id, day, requests, tokens, cost_usd) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (key_id, day) DO UPDATE SET requests = requests + excluded.requests,
       tokens = tokens + excluded.tokens, cost_usd = cost_usd + excluded.cost_usd`,
  );
  const sumSpend = db.prepare(
    `SELECT COALESCE(SUM(requests), 0) AS requests, COALESCE(SUM(tokens), 0) AS tokens,
       COALESCE(SUM(cost_usd), 0) AS costUsd FROM key_spend WHERE key_id = ? AND day >= ?`,
  );
  return {
    async create(r, secretHash) {
      const createdAt = Date.now();
      try {
        db.prepare(
          `INSERT INTO api_keys (id, name, prefix, secret_hash, rpm, tpm, budget_usd_day, budget_usd_month, routes, role, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          r.id,
          r.name,
          r.prefix,
          secretHash,
          r.rpm ?? null,
          r.tpm ?? null,
          r.budgetUsdDay ?? null,
          r.budgetUsdMonth ?? null,
          r.routes ? JSON.stringify(r.routes) : null,
          r.role ?? null,
          createdAt,
        );
      } catch (err) {
        if (String(err).includes('UNIQUE'))
          throw new TandemError('USAGE', `an active key named "${r.name}" exists`, {
            hint: `revoke it first (tandem keys revoke ${r.name}) or pick another --name`,
          });
        throw err;
      }
      return { ...r, createdAt };
    },
    async findByHash(hash) {
      const row = byHash.get(hash) as KeyRow | undefined;
      return row ? toApiKey(row) : undefined;
    },
    async list() {
      return (db.prepare('SELECT * FROM api_keys ORDER BY created_at, id').all() as KeyRow[]).map(toApiKey);
    },
    async revoke(nameOrId) {
      const res = db
        .prepare('UPDATE api_keys SET revoked_at = ? WHERE (name = ? OR id = ?) AND revoked_at IS NULL')
        .run(Date.now(), nameOrId, nameOrId);
      return res.changes > 0;
    },
    async any() {
      return anyKey.get() !== undefined;
    },
    async addSpend(keyId, s, at = Date.now()) {
      upsertSpend.run(keyId, utcDay(at), s.requests, s.tokens, s.costUsd);
    },
    async spendSince(keyId, sinceDay) {
      return sumSpend.get(keyId, sinceDay) as KeySpend;
    },
  };
}
