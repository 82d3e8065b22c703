/**
 * @module The connection pool of a PostgreSQL store (postgres.js): prepared statements, BIGINT read as a
 * number, server notices kept out of the user's terminal.
 */
import postgres from 'postgres';
import { type PgTarget, searchPathOf } from './pg-target.js';

export type PgSql = postgres.Sql;
/** A transaction's connection, inside `sql.begin`. */
export type PgTx = postgres.TransactionSql;

export interface PgClientOptions {
  /** Most connections held open at once (postgres.js default 10). */
  max?: number;
}

/** Opens the pool lazily: nothing connects until the first query. */
export function createPgClient(target: PgTarget, opts: PgClientOptions = {}): PgSql {
  return postgres(target.url, {
    max: opts.max ?? 10,
    // A wrong host fails in seconds, not postgres.js's 30.
    connect_timeout: 10,
    // "schema … already exists, skipping" and the like are not the user's business.
    onnotice: () => {},
    types: {
      // Times (epoch ms), token counts and sums are BIGINT; all fit a double exactly (< 2^53), and callers
      // want the numbers the SQLite store gives, not strings.
      int8: { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) },
    },
    connection: {
      application_name: 'tandem',
      ...(target.setsSearchPath && target.schema ? { search_path: searchPathOf(target.schema) } : {}),
    },
  }) as unknown as PgSql;
}
