/**
 * @module Copying a project's history from its SQLite store into an empty PostgreSQL store, table by table
 * in batches: prompt versions and labels, traces with their spans and feedback, the cache, eval runs and
 * results, approvals, keys and their spend, stored responses. Identity columns are left to PostgreSQL,
 * with rows inserted in their SQLite order so "newest first" stays the same. The knowledge index is not
 * copied: it is rebuilt from the documents (`tandem ingest`).
 */
import type Database from 'better-sqlite3';
import { TandemError } from '../../core/index.js';
import type { PgSql } from './pg-client.js';
import { pgText } from './pg-text.js';

/** A table to copy: its columns in both stores (identity columns aside), and the order rows go in. */
interface TableCopy {
  table: string;
  columns: string[];
  order: string;
  /** Columns SQLite keeps as 0/1 that PostgreSQL keeps as booleans. */
  booleans?: string[];
}

const TABLES: TableCopy[] = [
  {
    table: 'prompt_versions',
    columns: ['name', 'version', 'source', 'partials', 'created_at'],
    order: 'rowid',
  },
  { table: 'prompt_labels', columns: ['name', 'label', 'version', 'updated_at'], order: 'rowid' },
  {
    table: 'label_moves',
    columns: ['name', 'label', 'version', 'previous', 'by', 'note', 'moved_at'],
    order: 'id',
  },
  {
    table: 'traces',
    columns: [
      'id',
      'name',
      'kind',
      'status',
      'started_at',
      'duration_ms',
      'input_tokens',
      'output_tokens',
      'cost_usd',
      'input',
      'output',
      'error',
      'api_key',
      'model',
    ],
    order: 'rowid',
  },
  {
    table: 'spans',
    columns: [
      'id',
      'trace_id',
      'parent_id',
      'name',
      'kind',
      'started_at',
      'duration_ms',
      'status',
      'attributes',
      'input_tokens',
      'output_tokens',
      'cost_usd',
      'error',
    ],
    order: 'rowid',
  },
  { table: 'trace_feedback', columns: ['trace_id', 'score', 'comment', 'created_at'], order: 'id' },
  { table: 'cache', columns: ['key', 'value', 'expires_at'], order: 'rowid' },
  {
    table: 'eval_runs',
    columns: [
      'id',
      'suite',
      'suite_hash',
      'status',
      'started_at',
      'finished_at',
      'config',
      'summary',
      'case_summary',
    ],
    order: 'rowid',
  },
  {
    table: 'eval_results',
    columns: [
      'run_id',
      'variant',
      'case_id',
      'sample',
      'status',
      'score',
      'output',
      'assertions',
      'latency_ms',
      'cost_usd',
      'tokens',
      'cached',
      'trace_id',
      'error',
      'created_at',
      'retrieved',
      'grounding',
    ],
    order: 'rowid',
    booleans: ['cached'],
  },
  {
    table: 'approvals',
    columns: [
      'app',
      'prompt',
      'version',
      'app_version',
      'reviewed',
      'by',
      'role',
      'decision',
      'note',
      'approved_at',
    ],
    order: 'id',
  },
  {
    table: 'api_keys',
    columns: [
      'id',
      'name',
      'prefix',
      'secret_hash',
      'rpm',
      'tpm',
      'budget_usd_day',
      'budget_usd_month',
      'routes',
      'role',
      'created_at',
      'revoked_at',
    ],
    order: 'rowid',
  },
  { table: 'key_spend', columns: ['key_id', 'day', 'requests', 'tokens', 'cost_usd'], order: 'rowid' },
  {
    table: 'responses',
    columns: ['id', 'created_at', 'model', 'conversation', 'body', 'upstream'],
    order: 'rowid',
  },
];

const BATCH = 1000;

/** Rows copied per table. */
export type CopyCounts = Record<string, number>;

/** Copies every table of `from` into `to`, which must hold none of tandem's rows yet. */
export async function copySqliteToPostgres(
  from: Database.Database,
  to: PgSql,
  onTable?: (table: string, rows: number) => void,
): Promise<CopyCounts> {
  await refuseNonEmpty(to);
  const counts: CopyCounts = {};
  await to.begin(async (tx) => {
    for (const t of TABLES) {
      counts[t.table] = await copyTable(from, tx as unknown as PgSql, t);
      onTable?.(t.table, counts[t.table]!);
    }
  });
  return counts;
}

/** Copies one table in batches of rows read in their SQLite order. */
async function copyTable(from: Database.Database, to: PgSql, t: TableCopy): Promise<number> {
  const select = from.prepare(
    `SELECT ${t.columns.join(', ')} FROM ${t.table} ORDER BY ${t.order} LIMIT ? OFFSET ?`,
  );
  let copied = 0;
  for (;;) {
    const rows = select.all(BATCH, copied) as Array<Record<string, unknown>>;
    if (!rows.length) return copied;
    await to`INSERT INTO ${to(t.table)} ${to(
      rows.map((r) => pgRow(r, t)),
      ...t.columns,
    )}`;
    copied += rows.length;
  }
}

/** A SQLite row as PostgreSQL takes it: booleans as booleans, text without NUL. */
function pgRow(row: Record<string, unknown>, t: TableCopy): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of t.columns) {
    const v = row[c];
    out[c] = t.booleans?.includes(c) ? v === 1 : typeof v === 'string' ? pgText(v) : (v ?? null);
  }
  return out;
}

/** A copy into a store that already has history would mix two projects' rows (and duplicate feedback). */
async function refuseNonEmpty(to: PgSql): Promise<void> {
  for (const table of ['traces', 'eval_runs', 'prompt_versions', 'api_keys']) {
    const [row] = await to<{ n: number }[]>`SELECT count(*)::int AS n FROM ${to(table)}`;
    if (row && row.n > 0)
      throw new TandemError('STORE_ERROR', `the target store already holds ${row.n} rows in ${table}`, {
        hint: 'Migrate into an empty store: a new database, or a new ?schema= in the URL.',
      });
  }
}
