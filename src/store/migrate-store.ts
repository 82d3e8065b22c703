/**
 * @module `migrateStore`: a project's SQLite history copied into an empty PostgreSQL store. Both stores are
 * opened (and so brought to their current schema) first; the copy is one transaction, so a failure leaves
 * the target as empty as it was.
 */
import { existsSync } from 'node:fs';
import { TandemError } from '../core/index.js';
import type { CopyCounts } from './postgres/copy-from-sqlite.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** Copies `from` (a SQLite file) into `to` (a postgres:// URL); returns the rows copied per table. */
export async function migrateStore(
  from: string,
  to: string,
  onTable?: (table: string, rows: number) => void,
): Promise<CopyCounts> {
  if (!existsSync(from))
    throw new TandemError('STORE_ERROR', `no store at ${from}`, {
      hint: 'Give the SQLite file to copy from, e.g. --from .tandem/tandem.db.',
    });
  if (!POSTGRES_URL.test(to))
    throw new TandemError('USAGE', '--to must be a PostgreSQL URL', {
      hint: 'e.g. --to postgres://user@db.example.com:5432/tandem?schema=tandem',
    });
  const source = openSqliteStore(from);
  try {
    const [{ openPostgresStore }, { copySqliteToPostgres }] = await Promise.all([
      import('./postgres/postgres-store.js'),
      import('./postgres/copy-from-sqlite.js'),
    ]);
    const target = await openPostgresStore(to);
    try {
      return await copySqliteToPostgres(source.database, target.sql, onTable);
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
