/**
 * A throwaway PostgreSQL schema for one suite: made before its tests, with a pool whose search_path is that
 * schema alone, and dropped (pool ended) after them, so parallel workers and repeated runs never meet.
 * Call it inside a `describeWithPostgres` block.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll } from 'vitest';
import { PG_URL } from './services.js';

export interface PgTestSchema {
  /** The suite's pool (search_path: the schema). */
  readonly sql: postgres.Sql;
  readonly schema: string;
  /** Another pool on the same database with the server's default search_path. */
  readonly admin: postgres.Sql;
}

/** Registers the schema's setup and teardown; its parts are there once the suite's tests run. */
export function usePgTestSchema(prefix = 'kb'): PgTestSchema {
  const schema = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const quiet = { onnotice: () => {}, max: 4 };
  let sql: postgres.Sql | undefined;
  let admin: postgres.Sql | undefined;
  beforeAll(async () => {
    admin = postgres(PG_URL, quiet);
    await admin.unsafe(`CREATE SCHEMA "${schema}"`);
    sql = postgres(PG_URL, { ...quiet, connection: { search_path: `"${schema}"` } });
  });
  afterAll(async () => {
    await sql?.end({ timeout: 5 });
    await admin?.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin?.end({ timeout: 5 });
  });
  return {
    get sql() {
      return sql!;
    },
    get admin() {
      return admin!;
    },
    schema,
  };
}
