/**
 * @module The shared store: everything tandem persists, in PostgreSQL, behind the same `Store` interface as
 * the embedded SQLite file, so replicas of `tandem serve`, workers and CLI commands see one state.
 */
import { createPgApprovalStore } from './pg-approvals.js';
import { createPgCache } from './pg-cache.js';
import { createPgClient, type PgClientOptions } from './pg-client.js';
import { connectionError, openError, withConnectionErrors } from './pg-errors.js';
import { createPgEvalStore } from './pg-evals.js';
import { createPgKeyStore } from './pg-keys.js';
import { migratePg } from './pg-migrate.js';
import { createPgPromptStore } from './pg-prompts.js';
import { createPgResponseStore } from './pg-responses.js';
import { parsePgUrl } from './pg-target.js';
import { createPgTraceStore } from './pg-traces.js';
import type { PostgresStore } from './postgres-store-type.js';

export type PostgresStoreOptions = PgClientOptions;

/**
 * Connects to `url` (postgres:// or postgresql://; `?schema=name` puts the tables in that schema, created
 * when missing) and brings its schema up to date. Errors are STORE_ERRORs naming the URL without its
 * password.
 */
export async function openPostgresStore(
  url: string,
  opts: PostgresStoreOptions = {},
): Promise<PostgresStore> {
  const target = parsePgUrl(url);
  const sql = createPgClient(target, opts);
  try {
    await migratePg(sql, target);
  } catch (err) {
    await sql.end({ timeout: 1 }).catch(() => {});
    throw openError(err, target.shown);
  }
  const guard = <T extends object>(part: T) => withConnectionErrors(part, target.shown);
  return {
    kind: 'postgres',
    sql,
    ...(target.schema ? { schema: target.schema } : {}),
    url: target.shown,
    prompts: guard(createPgPromptStore(sql)),
    traces: guard(createPgTraceStore(sql)),
    cache: guard(createPgCache(sql)),
    evals: guard(createPgEvalStore(sql)),
    approvals: guard(createPgApprovalStore(sql)),
    keys: guard(createPgKeyStore(sql)),
    responses: guard(createPgResponseStore(sql)),
    async close() {
      // Waits for queries under way (a last trace batch), then closes every connection of the pool.
      await sql.end({ timeout: 5 }).catch((err: unknown) => {
        throw connectionError(err, target.shown);
      });
    },
  };
}
