import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { TandemError } from '../../core/index.js';
import type { Store } from '../store.js';
import { migrate } from './migrate.js';
import { createSqliteApprovalStore } from './sqlite-approvals.js';
import { createSqliteCache } from './sqlite-cache.js';
import { createSqliteEvalStore } from './sqlite-evals.js';
import { createSqliteKeyStore } from './sqlite-keys.js';
import { createSqlitePromptStore } from './sqlite-prompts.js';
import { createSqliteResponseStore, INSERT_RESPONSE } from './sqlite-responses.js';
import { createSqliteTraceStore, TRACE_WRITE_STATEMENTS } from './sqlite-traces.js';
import { startWriteWorker } from './write-worker.js';

/** The embedded store; `database` is exposed for SQLite-specific siblings (e.g. the knowledge index). */
export interface SqliteStore extends Store {
  readonly kind: 'sqlite';
  readonly database: Database.Database;
  readonly file: string;
}

export interface SqliteStoreOptions {
  /** Write traces and stored responses on a second connection in a worker thread (a server's hot path); not for ':memory:'. */
  tracesOffThread?: boolean;
}

/** Opens (creating and migrating) the SQLite store at `file`; ':memory:' works for tests. */
export function openSqliteStore(file: string, opts: SqliteStoreOptions = {}): SqliteStore {
  let db: Database.Database;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    db = new Database(file);
  } catch (err) {
    throw new TandemError('STORE_ERROR', `cannot open the store at ${file}: ${(err as Error).message}`, {
      hint: 'Check that the directory is writable, or set store.path in tandem.yaml.',
      cause: err,
    });
  }
  // WAL lets readers (a UI, a second CLI) work while a run writes; NORMAL sync is durable across crashes of
  // the process, which is what "a kill loses nothing finished" needs.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, file);
  // Started after migrating, so the worker's connection sees the current schema.
  // Stored responses share the worker: their insert comes after the trace statements.
  const statements = [...TRACE_WRITE_STATEMENTS, INSERT_RESPONSE];
  const writer = opts.tracesOffThread && file !== ':memory:' ? startWriteWorker(file, statements) : undefined;
  return {
    kind: 'sqlite',
    database: db,
    file,
    prompts: createSqlitePromptStore(db),
    traces: createSqliteTraceStore(db, writer),
    cache: createSqliteCache(db),
    evals: createSqliteEvalStore(db),
    approvals: createSqliteApprovalStore(db),
    keys: createSqliteKeyStore(db),
    responses: createSqliteResponseStore(
      db,
      writer && { worker: writer, statement: TRACE_WRITE_STATEMENTS.length },
    ),
    async close() {
      await writer?.close();
      if (db.open) db.close();
    },
  };
}

/** Narrows a Store to the SQLite implementation. */
export function isSqliteStore(store: Store): store is SqliteStore {
  return store.kind === 'sqlite';
}
