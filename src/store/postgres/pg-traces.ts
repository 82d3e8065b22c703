import {
  jsonText,
  likePattern,
  METRIC_COLUMNS,
  type MetricRow,
  type SpanRow,
  type TraceRow,
  toMetricPoint,
  toSpan,
  toTrace,
} from '../rows.js';
import type { SpanRecord, TraceFilter, TraceRecord, TraceStore } from '../store.js';
import type { PgSql, PgTx } from './pg-client.js';
import { pgText } from './pg-text.js';

/**
 * Traces and their spans in PostgreSQL. A batch is one transaction of three pipelined statements whose
 * text never changes (rows travel as one array per column, `unnest`ed by the server), so a busy gateway's
 * writes are a prepared statement each, whatever the batch size.
 */
export function createPgTraceStore(sql: PgSql): TraceStore {
  return {
    async write(traces) {
      if (traces.length) await sql.begin((tx) => writeBatch(tx, traces));
    },
    async addFeedback(traceId, f) {
      const createdAt = Date.now();
      await sql`
        INSERT INTO trace_feedback (trace_id, score, comment, created_at)
        VALUES (${traceId}, ${f.score}, ${pgText(f.comment)}, ${createdAt})`;
      return { traceId, score: f.score, ...(f.comment ? { comment: f.comment } : {}), createdAt };
    },
    async feedback(traceId) {
      const rows = await sql<{ score: number; comment: string | null; created_at: number }[]>`
        SELECT score, comment, created_at FROM trace_feedback WHERE trace_id = ${traceId} ORDER BY id`;
      return rows.map((r) => ({
        traceId,
        score: r.score,
        ...(r.comment ? { comment: r.comment } : {}),
        createdAt: r.created_at,
      }));
    },
    async get(id) {
      const [rows, spans] = await Promise.all([
        sql<TraceRow[]>`SELECT * FROM traces WHERE id = ${id}`,
        sql<SpanRow[]>`SELECT * FROM spans WHERE trace_id = ${id} ORDER BY started_at, seq`,
      ]);
      const row = rows[0];
      return row ? { ...toTrace(row), spans: spans.map(toSpan) } : undefined;
    },
    async prune(before, limit) {
      // Spans go with their trace (ON DELETE CASCADE); feedback has no foreign key and is deleted by id.
      return sql.begin(async (tx) => {
        const ids = (
          await tx<{ id: string }[]>`
            SELECT id FROM traces WHERE started_at < ${before} ORDER BY started_at LIMIT ${limit}`
        ).map((r) => r.id);
        if (!ids.length) return 0;
        await tx`DELETE FROM trace_feedback WHERE trace_id = ANY(${ids})`;
        return (await tx`DELETE FROM traces WHERE id = ANY(${ids})`).count;
      });
    },
    async list(filter = {}) {
      const where = traceFilterSql(sql, filter);
      const rows = await sql<
        TraceRow[]
      >`SELECT * FROM traces ${where} ORDER BY started_at DESC, id DESC LIMIT ${filter.limit ?? 50}`;
      return rows.map(toTrace);
    },
    async metricPoints(window) {
      const rows = await sql<MetricRow[]>`
        SELECT ${sql.unsafe(METRIC_COLUMNS)} FROM traces
        WHERE started_at >= ${window.since} AND started_at < ${window.until} ORDER BY started_at LIMIT ${window.limit}`;
      return rows.map(toMetricPoint);
    },
  };
}

/**
 * The batch's statements, pipelined in one transaction. Writing a trace again replaces it and its spans,
 * as SQLite's INSERT OR REPLACE does (the delete cascades to the old spans); within a batch the last
 * copy of an id wins, as it would row by row.
 */
function writeBatch(tx: PgTx, traces: TraceRecord[]) {
  const batch = [...new Map(traces.map((t) => [t.id, t])).values()];
  const spans = [
    ...new Map(batch.flatMap((t) => t.spans.map((s) => [s.id, { ...s, traceId: t.id }]))).values(),
  ];
  const ids = batch.map((t) => t.id);
  const statements = [
    // The batch's commit does not wait for the disk (3-4x the batches a second). As with SQLite's
    // synchronous=NORMAL, a crash of the database server may lose the last fraction of a second of traces
    // (a crash of tandem loses none); a later ordinary commit (an eval result) flushes the log up to them,
    // so no stored result ever points at a lost trace.
    tx`SET LOCAL synchronous_commit = off`,
    tx`DELETE FROM traces WHERE id = ANY(${ids}::text[])`,
    insertTraces(tx, batch),
  ];
  if (spans.length) statements.push(insertSpans(tx, spans));
  return statements;
}

const column = <T, V>(rows: T[], pick: (row: T) => V) => rows.map(pick);

// ON CONFLICT covers another process writing the same id between this batch's delete and insert.
function insertTraces(tx: PgTx, t: TraceRecord[]) {
  return tx`
    INSERT INTO traces (id, name, kind, status, started_at, duration_ms, input_tokens, output_tokens, cost_usd,
      input, output, error, api_key, model)
    SELECT * FROM unnest(
      ${column(t, (x) => x.id)}::text[], ${column(t, (x) => x.name)}::text[], ${column(t, (x) => x.kind)}::text[],
      ${column(t, (x) => x.status)}::text[], ${column(t, (x) => x.startedAt)}::int8[],
      ${column(t, (x) => x.durationMs)}::float8[], ${column(t, (x) => x.usage.inputTokens)}::int8[],
      ${column(t, (x) => x.usage.outputTokens)}::int8[], ${column(t, (x) => x.costUsd)}::float8[],
      ${column(t, (x) => jsonText(x.input))}::text[], ${column(t, (x) => jsonText(x.output))}::text[],
      ${column(t, (x) => pgText(x.error))}::text[], ${column(t, (x) => x.apiKey ?? null)}::text[],
      ${column(t, (x) => x.model ?? null)}::text[])
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, status = excluded.status,
      started_at = excluded.started_at, duration_ms = excluded.duration_ms, input_tokens = excluded.input_tokens,
      output_tokens = excluded.output_tokens, cost_usd = excluded.cost_usd, input = excluded.input,
      output = excluded.output, error = excluded.error, api_key = excluded.api_key,
      model = excluded.model`;
}

// WITH ORDINALITY … ORDER BY keeps the batch's order in `seq`, which breaks ties between spans that
// started in the same millisecond.
function insertSpans(tx: PgTx, s: SpanRecord[]) {
  return tx`
    INSERT INTO spans (id, trace_id, parent_id, name, kind, started_at, duration_ms, status, attributes,
      input_tokens, output_tokens, cost_usd, error)
    SELECT id, trace_id, parent_id, name, kind, started_at, duration_ms, status, attributes, input_tokens,
      output_tokens, cost_usd, error
    FROM unnest(
      ${column(s, (x) => x.id)}::text[], ${column(s, (x) => x.traceId)}::text[],
      ${column(s, (x) => x.parentId ?? null)}::text[], ${column(s, (x) => x.name)}::text[],
      ${column(s, (x) => x.kind)}::text[], ${column(s, (x) => x.startedAt)}::int8[],
      ${column(s, (x) => x.durationMs)}::float8[], ${column(s, (x) => x.status)}::text[],
      ${column(s, (x) => JSON.stringify(x.attributes))}::text[], ${column(s, (x) => x.usage?.inputTokens ?? null)}::int8[],
      ${column(s, (x) => x.usage?.outputTokens ?? null)}::int8[], ${column(s, (x) => x.costUsd ?? null)}::float8[],
      ${column(s, (x) => pgText(x.error))}::text[])
      WITH ORDINALITY AS u(id, trace_id, parent_id, name, kind, started_at, duration_ms, status, attributes,
        input_tokens, output_tokens, cost_usd, error, ord)
    ORDER BY ord
    ON CONFLICT (id) DO UPDATE SET trace_id = excluded.trace_id, parent_id = excluded.parent_id,
      name = excluded.name, kind = excluded.kind, started_at = excluded.started_at,
      duration_ms = excluded.duration_ms, status = excluded.status, attributes = excluded.attributes,
      input_tokens = excluded.input_tokens, output_tokens = excluded.output_tokens, cost_usd = excluded.cost_usd,
      error = excluded.error`;
}

/** The filter's conditions as a WHERE fragment; only fields that are set (as the SQLite store reads them). */
function traceFilterSql(sql: PgSql, f: TraceFilter) {
  const set = (v: unknown) => v !== undefined && v !== '';
  const conditions = [
    set(f.name) && sql`name = ${f.name!}`,
    set(f.status) && sql`status = ${f.status!}`,
    // After the previous page's last trace in (started_at, id) order: one range of the filter's index.
    set(f.before) &&
      sql`(started_at, id) < ((SELECT started_at FROM traces WHERE id = ${f.before!}), ${f.before!})`,
    set(f.apiKey) && sql`api_key = ${f.apiKey!}`,
    set(f.since) && sql`started_at >= ${f.since!}`,
    set(f.until) && sql`started_at < ${f.until!}`,
    set(f.text) && sql`(input ILIKE ${likePattern(f.text!)} OR output ILIKE ${likePattern(f.text!)})`,
    set(f.feedback) &&
      sql`EXISTS (SELECT 1 FROM trace_feedback fb WHERE fb.trace_id = traces.id ${feedbackScore(sql, f.feedback!)})`,
  ].filter((c) => c !== false);
  return conditions.reduce((acc, c, i) => sql`${acc} ${i ? sql`AND` : sql`WHERE`} ${c}`, sql``);
}

// A good answer is scored 0.5 or more, a bad one less.
function feedbackScore(sql: PgSql, which: NonNullable<TraceFilter['feedback']>) {
  if (which === 'good') return sql`AND fb.score >= 0.5`;
  if (which === 'bad') return sql`AND fb.score < 0.5`;
  return sql``;
}
