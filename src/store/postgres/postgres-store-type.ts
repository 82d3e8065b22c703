/**
 * @module What a PostgreSQL store offers beyond `Store`, apart from its code: callers check for it without
 * loading the driver (postgres.js costs ~25 ms at start-up, which SQLite-only commands should not pay).
 */
import type { Store } from '../store.js';
import type { PgSql } from './pg-client.js';

/** A store in PostgreSQL; `sql` (the pool) and `schema` are exposed for PostgreSQL-specific siblings. */
export interface PostgresStore extends Store {
  readonly kind: 'postgres';
  readonly sql: PgSql;
  /** The schema tandem's tables are in, when the URL named one. */
  readonly schema?: string;
  /** The URL without its password, for messages. */
  readonly url: string;
}

/** Narrows a Store to the PostgreSQL implementation. */
export function isPostgresStore(store: Store): store is PostgresStore {
  return store.kind === 'postgres';
}
