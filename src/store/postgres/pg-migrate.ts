/**
 * @module Brings a PostgreSQL store's schema up to date when it opens: under an advisory lock, so any number
 * of processes (replicas, workers, CLI commands) may start at once; a database written by a newer tandem is
 * refused rather than misread.
 */
import { TandemError } from '../../core/index.js';
import type { PgSql, PgTx } from './pg-client.js';
import { type PgMigration, pgMigrations } from './pg-migrations.js';

// The first key of the advisory lock ("tand"); the second is the schema's hash, so stores in other schemas
// of the same database migrate without waiting for each other.
const LOCK_CLASS = 0x74616e64;

export interface MigrateTarget {
  /** The schema tandem's tables go in; created when missing. Absent: the connection's current schema. */
  schema?: string;
  /** The store's URL as messages show it. */
  shown: string;
}

/** Applies every migration newer than the database's, in one transaction; refuses a newer schema. */
export async function migratePg(sql: PgSql, target: MigrateTarget, list = pgMigrations): Promise<void> {
  const latest = list[list.length - 1]?.version ?? 0;
  // A current schema needs no lock and no DDL: each command and replica opening the store pays one query.
  const seen = await schemaVersion(sql);
  if (seen !== undefined) refuseNewer(seen, latest, target.shown);
  if (seen === latest) return;
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::int, hashtext(${target.schema ?? ''}))`;
    if (target.schema) await createSchema(tx, target.schema);
    await tx.unsafe(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`,
    );
    // Read again under the lock: another process may have migrated while this one waited.
    const [row] = await tx<{ v: number | null }[]>`SELECT MAX(version) AS v FROM schema_migrations`;
    const current = row?.v ?? 0;
    refuseNewer(current, latest, target.shown);
    for (const m of pending(list, current)) {
      await tx.unsafe(m.sql);
      await tx`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${m.version}, ${m.name}, ${Date.now()})`;
    }
  });
}

/** The highest applied version, or undefined before the first migration (no table yet). */
async function schemaVersion(sql: PgSql): Promise<number | undefined> {
  try {
    const [row] = await sql<{ v: number | null }[]>`SELECT MAX(version) AS v FROM schema_migrations`;
    return row?.v ?? 0;
  } catch (err) {
    if ((err as { code?: string }).code === '42P01') return undefined; // undefined_table
    throw err;
  }
}

// CREATE SCHEMA IF NOT EXISTS checks the CREATE privilege before it looks, so a user allowed only into an
// existing schema would be refused; look first.
async function createSchema(tx: PgTx, schema: string): Promise<void> {
  const found = await tx`SELECT 1 FROM pg_namespace WHERE nspname = ${schema}`;
  if (!found.length) await tx.unsafe(`CREATE SCHEMA "${schema}"`);
}

function pending(list: PgMigration[], current: number): PgMigration[] {
  return list.filter((m) => m.version > current);
}

function refuseNewer(current: number, latest: number, shown: string): void {
  if (current <= latest) return;
  throw new TandemError(
    'STORE_ERROR',
    `the PostgreSQL store at ${shown} was written by a newer tandem (schema ${current} > ${latest})`,
    {
      hint:
        'Upgrade tandem, or point TANDEM_STORE (or store.url in tandem.yaml) at another database or ' +
        '?schema= for this version.',
    },
  );
}
