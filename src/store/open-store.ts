import { isAbsolute, join } from 'node:path';
import { TandemError } from '../core/index.js';
import type { Store } from './store.js';

/**
 * Opens the store named by `TANDEM_STORE` or the config's path: a file path (SQLite) today; postgres:// URLs
 * are reserved for the PostgreSQL implementation.
 */
export async function openStore(
  root: string,
  configuredPath: string,
  env = process.env,
  opts: { tracesOffThread?: boolean } = {},
): Promise<Store> {
  const target = env.TANDEM_STORE || configuredPath;
  if (/^postgres(ql)?:\/\//.test(target)) {
    throw new TandemError('STORE_ERROR', 'PostgreSQL stores are not available in this version', {
      hint: 'Unset TANDEM_STORE to use the embedded SQLite store.',
    });
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
  const file = target === ':memory:' || isAbsolute(target) ? target : join(root, target);
  return openSqliteStore(file, opts);
}
