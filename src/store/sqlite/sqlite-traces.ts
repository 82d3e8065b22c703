import type Database from 'better-sqlite3';
import type { SpanRecord, TraceFilter, TraceRecord, TraceStore } from '../store.js';
import type { WriteOp, WriteWorker } from './write-worker.js';

interface TraceRow {
  id: string;
  name: string;
  kind: TraceRecord['kind'];
  status: TraceRecord['status'];
  started_at: number;
  duration_ms: number;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number;
  input: string | null;
  output: string | null;
  error: string | null;
  api_key: string | null;
}
interface SpanRow {
  id: string;
  trace_id: string;
  parent_id: string | null;
  name: string;
  kind: SpanRecord['kind'];
  started_at: number;
  duration_ms: number;
  status: SpanRecord['status'];
  attributes: string;
  input_tokens: number | null;
  output_tokens: number | null;
  cost_usd: number | null;
  error: string | null;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
const parse = (s: string | null) => (s === null ? undefined : JSON.parse(s));

function toTrace(r: TraceRow): Omit<TraceRecord, 'spans'> {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    status: r.status,
    startedAt: r.started_at,
    durationMs: r.duration_ms,
    usage: {
      inputTokens: r.input_tokens,
      outputTokens: r.output_tokens,
      totalTokens: r.input_tokens + r.output_tokens,
    },
    costUsd: r.cost_usd,
    input: parse(r.input),
    output: parse(r.output),
    ...(r.error ? { error: r.error } : {}),
    ...(r.api_key ? { apiKey: r.api_key } : {}),
  };
}

function toSpan(r: SpanRow): SpanRecord {
  return {
    id: r.id,
    traceId: r.trace_id,
    ...(r.parent_id ? { parentId: r.parent_id } : {}),
    name: r.name,
    kind: r.kind,
    startedAt: r.started_at,
    durationMs: r.duration_ms,
    status: r.status,
    attributes: JSON.parse(r.attributes),
    ...(r.input_tokens !== null
      ? {
          usage: {
            inputTokens: r.input_tokens,
            outputTokens: r.output_tokens ?? 0,
            totalTokens: r.input_tokens + (r.output_tokens ?? 0),
          },
        }
      : {}),
    ...(r.cost_usd !== null ? { costUsd: r.cost_usd } : {}),
    ...(r.error ? { error: r.error } : {}),
  };
}

const INSERT_TRACE = `INSERT OR REPLACE INTO traces (id, name, kind, status, started_at, duration_ms, input_tokens,
  output_tokens, cost_usd, input, output, error, api_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
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
    async list(filter = {}) {
      const { where, args } = traceFilterSql(filter);
      const sql = `SELECT * FROM traces ${where} ORDER BY id DESC LIMIT ?`;
      return (db.prepare(sql).all(...args, filter.limit ?? 50) as TraceRow[]).map(toTrace);
    },
  };
}

// Each filter field as a condition; only the fields that are set.
const TRACE_FILTERS: Array<[keyof TraceFilter, string]> = [
  ['name', 'name = ?'],
  ['status', 'status = ?'],
  ['before', 'id < ?'],
  ['apiKey', 'api_key = ?'],
  ['since', 'started_at >= ?'],
  ['until', 'started_at < ?'],
];

function traceFilterSql(filter: TraceFilter): { where: string; args: unknown[] } {
  const set = TRACE_FILTERS.filter(([key]) => filter[key] !== undefined && filter[key] !== '');
  return {
    where: set.length ? `WHERE ${set.map(([, sql]) => sql).join(' AND ')}` : '',
    args: set.map(([key]) => filter[key]),
  };
}
