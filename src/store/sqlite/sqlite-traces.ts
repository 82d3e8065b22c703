import type Database from 'better-sqlite3';
import {
  jsonText as json,
  likePattern,
  METRIC_COLUMNS,
  type MetricRow,
  type SpanRow,
  type TraceRow,
  toMetricPoint,
  toSpan,
  toTrace,
} from '../rows.js';
import type { TraceFilter, TraceRecord, TraceStore } from '../store.js';
import type { WriteOp, WriteWorker } from './write-worker.js';

const INSERT_TRACE = `INSERT OR REPLACE INTO traces (id, name, kind, status, started_at, duration_ms, input_tokens,
  output_tokens, cost_usd, input, output, error, api_key, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_SPAN = `INSERT OR REPLACE INTO spans (id, trace_id, parent_id, name, kind, started_at, duration_ms, status,
  attributes, input_tokens, output_tokens, cost_usd, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
/** The statements a write worker runs for this store, by index: 0 a trace, 1 a span. */
export const TRACE_WRITE_STATEMENTS = [INSERT_TRACE, INSERT_SPAN];

/** The rows of a batch of traces, as statement runs. */
function traceOps(traces: TraceRecord[]): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const t of traces) {
    ops.push([
      0,
      [
        t.id,
        t.name,
        t.kind,
        t.status,
        t.startedAt,
        t.durationMs,
        t.usage.inputTokens,
        t.usage.outputTokens,
        t.costUsd,
        json(t.input),
        json(t.output),
        t.error ?? null,
        t.apiKey ?? null,
        t.model ?? null,
      ],
    ]);
    for (const s of t.spans)
      ops.push([
        1,
        [
          s.id,
          t.id,
          s.parentId ?? null,
          s.name,
          s.kind,
          s.startedAt,
          s.durationMs,
          s.status,
          JSON.stringify(s.attributes),
          s.usage?.inputTokens ?? null,
          s.usage?.outputTokens ?? null,
          s.costUsd ?? null,
          s.error ?? null,
        ],
      ]);
  }
  return ops;
}

/**
 * Traces and their spans in SQLite; a batch is written in one transaction, by `writer` (a worker thread on
 * a second connection) when given, else on this connection.
 */
export function createSqliteTraceStore(db: Database.Database, writer?: WriteWorker): TraceStore {
  const statements = TRACE_WRITE_STATEMENTS.map((sql) => db.prepare(sql));
  const writeHere = db.transaction((ops: WriteOp[]) => {
    for (const [i, params] of ops) statements[i]!.run(params);
  });
  let worker = writer;
  // Spans go with their trace (ON DELETE CASCADE); feedback has no foreign key and is deleted by id.
  const pruneHere = db.transaction((before: number, limit: number): number => {
    const ids = db
      .prepare('SELECT id FROM traces WHERE started_at < ? ORDER BY started_at LIMIT ?')
      .pluck()
      .all(before, limit) as string[];
    if (!ids.length) return 0;
    const list = `(${ids.map(() => '?').join(',')})`;
    db.prepare(`DELETE FROM trace_feedback WHERE trace_id IN ${list}`).run(...ids);
    return db.prepare(`DELETE FROM traces WHERE id IN ${list}`).run(...ids).changes;
  });
  const write = async (traces: TraceRecord[]) => {
    const ops = traceOps(traces);
    if (worker) {
      try {
        return await worker.run(ops);
      } catch {
        // The thread is gone (or its connection failed): this connection takes over, nothing is dropped.
        worker = undefined;
      }
    }
    writeHere(ops);
  };
  return {
    async addFeedback(traceId, f) {
      const createdAt = Date.now();
      db.prepare('INSERT INTO trace_feedback (trace_id, score, comment, created_at) VALUES (?, ?, ?, ?)').run(
        traceId,
        f.score,
        f.comment ?? null,
        createdAt,
      );
      return { traceId, score: f.score, ...(f.comment ? { comment: f.comment } : {}), createdAt };
    },
    async feedback(traceId) {
      const rows = db
        .prepare('SELECT * FROM trace_feedback WHERE trace_id = ? ORDER BY id')
        .all(traceId) as Array<{ score: number; comment: string | null; created_at: number }>;
      return rows.map((r) => ({
        traceId,
        score: r.score,
        ...(r.comment ? { comment: r.comment } : {}),
        createdAt: r.created_at,
      }));
    },
    async write(traces) {
      if (traces.length) await write(traces);
    },
    async get(id) {
      const row = db.prepare('SELECT * FROM traces WHERE id = ?').get(id) as TraceRow | undefined;
      if (!row) return undefined;
      const spans = db
        .prepare('SELECT * FROM spans WHERE trace_id = ? ORDER BY started_at, rowid')
        .all(id) as SpanRow[];
      return { ...toTrace(row), spans: spans.map(toSpan) };
    },
    async prune(before, limit) {
      return pruneHere(before, limit);
    },
    async list(filter = {}) {
      const { sql, args } = traceListSql(filter);
      return (db.prepare(sql).all(...args) as TraceRow[]).map(toTrace);
    },
    async metricPoints(window) {
      const rows = db
        .prepare(
          `SELECT ${METRIC_COLUMNS} FROM traces WHERE started_at >= ? AND started_at < ? ORDER BY started_at LIMIT ?`,
        )
        .all(window.since, window.until, window.limit) as MetricRow[];
      return rows.map(toMetricPoint);
    },
  };
}

// Each filter field as a condition (a function of its value); only the fields that are set.
const TRACE_FILTERS: Array<[keyof TraceFilter, (v: never) => { sql: string; args: unknown[] }]> = [
  ['name', (v: string) => ({ sql: 'name = ?', args: [v] })],
  ['status', (v: string) => ({ sql: 'status = ?', args: [v] })],
  // The cursor is the last trace of the previous page: what comes after it in (started_at, id) order. Each
  // filter's index ends in (started_at, id), so a page is one range of an index, however old its window.
  [
    'before',
    (v: string) => ({
      sql: '(started_at, id) < ((SELECT started_at FROM traces WHERE id = ?), ?)',
      args: [v, v],
    }),
  ],
  ['apiKey', (v: string) => ({ sql: 'api_key = ?', args: [v] })],
  ['since', (v: number) => ({ sql: 'started_at >= ?', args: [v] })],
  ['until', (v: number) => ({ sql: 'started_at < ?', args: [v] })],
  // Content and feedback narrow a page the filters above bound; LIKE finds the text inside the stored JSON
  // (a %, _ or \ in the search matches only itself).
  [
    'text',
    (v: string) => ({
      sql: "(input LIKE ? ESCAPE '\\' OR output LIKE ? ESCAPE '\\')",
      args: [likePattern(v), likePattern(v)],
    }),
  ],
  [
    'feedback',
    (v: NonNullable<TraceFilter['feedback']>) => ({
      sql: `EXISTS (SELECT 1 FROM trace_feedback fb WHERE fb.trace_id = traces.id${v === 'good' ? ' AND fb.score >= 0.5' : v === 'bad' ? ' AND fb.score < 0.5' : ''})`,
      args: [],
    }),
  ],
];

/** The query of a page of traces, newest first by start time (exported so a test can check its plan). */
export function traceListSql(filter: TraceFilter): { sql: string; args: unknown[] } {
  const { where, args } = traceFilterSql(filter);
  return {
    sql: `SELECT * FROM traces ${where} ORDER BY started_at DESC, id DESC LIMIT ?`,
    args: [...args, filter.limit ?? 50],
  };
}

function traceFilterSql(filter: TraceFilter): { where: string; args: unknown[] } {
  const parts = TRACE_FILTERS.filter(([key]) => filter[key] !== undefined && filter[key] !== '').map(
    ([key, condition]) => condition(filter[key] as never),
  );
  return {
    where: parts.length ? `WHERE ${parts.map((p) => p.sql).join(' AND ')}` : '',
    args: parts.flatMap((p) => p.args),
  };
}
