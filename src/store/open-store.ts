import { dirname, isAbsolute, join, relative } from 'node:path';
import { TandemError } from '../core/index.js';
import type { Store } from './store.js';

/** Where the project's config puts the store: a SQLite file, or a PostgreSQL URL (which wins). */
export interface StoreLocation {
  path: string;
  url?: string;
}

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/**
 * Opens the store named by `TANDEM_STORE`, else the config's `store.url`, else its `store.path`: a
 * postgres:// or postgresql:// URL opens the PostgreSQL store; anything else is a SQLite file (or
 * ':memory:').
 */
export async function openStore(
  root: string,
  configured: string | StoreLocation,
  env = process.env,
  opts: { tracesOffThread?: boolean } = {},
): Promise<Store> {
  const where = typeof configured === 'string' ? { path: configured } : configured;
  const target = env.TANDEM_STORE || where.url || where.path;
  if (POSTGRES_URL.test(target)) {
    const { openPostgresStore } = await import('./postgres/postgres-store.js');
    return openPostgresStore(target);
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
  const file = target === ':memory:' || isAbsolute(target) ? target : join(root, target);
  try {
    return openSqliteStore(file, opts);
  } catch (err) {
    throw damagedStoreError(err, file) ?? err;
  }
}

// SQLite's codes for a file that is not (or no longer) a database: truncated, overwritten, half-copied.
const DAMAGED = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/** A damaged database file as what happened, where, and the way out (a fresh store beside the old file). */
function damagedStoreError(err: unknown, file: string): TandemError | undefined {
  if (!DAMAGED.has((err as { code?: string }).code ?? '')) return undefined;
  // Named as the user would type it from where they stand, so the `mv` in the hint works as written.
  const near = relative(process.cwd(), file);
  const shown = near && !near.startsWith('..') && !isAbsolute(near) ? near : file;
  // The glob takes the -wal and -shm files too, when there are any: a stale log must not meet a new store.
  const aside = join(dirname(shown), 'broken');
  return new TandemError(
    'STORE_ERROR',
    `the store ${shown} is damaged or not a tandem database (${(err as Error).message})`,
    {
      hint:
        `Move it aside and run the command again; tandem then starts a new, empty store: ` +
        `mkdir -p ${aside} && mv ${shown}* ${aside}/\n` +
        `  Runs, traces, prompt versions, labels, approvals and API keys stored in it are not carried over; ` +
        `knowledge bases are indexed again on first use (or by tandem ingest).`,
      cause: err,
    },
  );
}
