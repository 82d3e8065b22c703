import { type ResultRow, RUN_LIST_COLUMNS, type RunRow, summaryColumns, toResult, toRun } from '../rows.js';
import type { EvalStore } from '../store.js';
import type { PgSql } from './pg-client.js';
import { pgText } from './pg-text.js';

/** Evaluation runs and results in PostgreSQL. */
export function createPgEvalStore(sql: PgSql): EvalStore {
  return {
    async createRun(run) {
      const columns = summaryColumns(run.summary);
      await sql`
        INSERT INTO eval_runs (id, suite, suite_hash, status, started_at, finished_at, config, summary, case_summary)
        VALUES (${run.id}, ${run.suite}, ${run.suiteHash}, ${run.status}, ${run.startedAt}, ${run.finishedAt ?? null},
          ${JSON.stringify(run.config)}, ${columns.summary}, ${columns.cases})`;
    },
    async updateRun(id, patch) {
      // Only the fields given change, as in the SQLite store (a missing summary keeps the stored one).
      const set: Record<string, string | number | null> = {};
      if (patch.status) set.status = patch.status;
      if (patch.finishedAt !== undefined) set.finished_at = patch.finishedAt;
      if (patch.summary) {
        const columns = summaryColumns(patch.summary);
        set.summary = columns.summary;
        set.case_summary = columns.cases;
      }
      if (!Object.keys(set).length) return;
      await sql`UPDATE eval_runs SET ${sql(set)} WHERE id = ${id}`;
    },
    async getRun(id) {
      const [row] = await sql<RunRow[]>`SELECT * FROM eval_runs WHERE id = ${id}`;
      return row ? toRun(row) : undefined;
    },
    async findRunIds(prefix, limit) {
      // starts_with, not LIKE: an id may hold `_`.
      const rows = await sql<Array<{ id: string }>>`
        SELECT id FROM eval_runs WHERE starts_with(id, ${prefix}) ORDER BY id LIMIT ${limit}`;
      return rows.map((r) => r.id);
    },
    async listRuns(filter = {}) {
      const limit = filter.limit ?? 50;
      const rows = filter.suite
        ? await sql<RunRow[]>`
            SELECT ${sql.unsafe(RUN_LIST_COLUMNS)} FROM eval_runs WHERE suite = ${filter.suite}
            ORDER BY started_at DESC, id DESC LIMIT ${limit}`
        : await sql<RunRow[]>`
            SELECT ${sql.unsafe(RUN_LIST_COLUMNS)} FROM eval_runs ORDER BY started_at DESC, id DESC LIMIT ${limit}`;
      return rows.map(toRun);
    },
    async saveResult(r) {
      await sql`
        INSERT INTO eval_results (run_id, variant, case_id, sample, status, score, output, assertions, latency_ms,
          cost_usd, tokens, cached, trace_id, error, created_at, retrieved, grounding)
        VALUES (${r.runId}, ${r.variant}, ${r.caseId}, ${r.sample}, ${r.status}, ${r.score}, ${pgText(r.output)},
          ${JSON.stringify(r.assertions)}, ${r.latencyMs ?? null}, ${r.costUsd ?? null}, ${r.tokens ?? null},
          ${r.cached}, ${r.traceId ?? null}, ${pgText(r.error)}, ${Date.now()},
          ${r.retrieved ? JSON.stringify(r.retrieved) : null}, ${r.grounding ? JSON.stringify(r.grounding) : null})
        ON CONFLICT (run_id, variant, case_id, sample) DO UPDATE SET status = excluded.status,
          score = excluded.score, output = excluded.output, assertions = excluded.assertions,
          latency_ms = excluded.latency_ms, cost_usd = excluded.cost_usd, tokens = excluded.tokens,
          cached = excluded.cached, trace_id = excluded.trace_id, error = excluded.error,
          created_at = excluded.created_at, retrieved = excluded.retrieved, grounding = excluded.grounding`;
    },
    async prune(before, limit) {
      // Results go with their run (ON DELETE CASCADE); a run still going is never pruned.
      return (
        await sql`
          DELETE FROM eval_runs WHERE id IN (SELECT id FROM eval_runs WHERE started_at < ${before}
            AND status != 'running' ORDER BY started_at LIMIT ${limit})`
      ).count;
    },
    async resultPage(runId, { after, limit }) {
      // Keyset paging over the primary key, in the order `results` gives (byte order: COLLATE "C").
      const rows = after
        ? await sql<ResultRow[]>`
            SELECT * FROM eval_results WHERE run_id = ${runId}
              AND (variant, case_id, sample) > (${after.variant}, ${after.caseId}, ${after.sample})
            ORDER BY variant, case_id, sample LIMIT ${limit}`
        : await sql<ResultRow[]>`
            SELECT * FROM eval_results WHERE run_id = ${runId} ORDER BY variant, case_id, sample LIMIT ${limit}`;
      return rows.map(toResult);
    },
    async results(runId) {
      const rows = await sql<ResultRow[]>`
        SELECT * FROM eval_results WHERE run_id = ${runId} ORDER BY variant, case_id, sample`;
      return rows.map(toResult);
    },
  };
}
