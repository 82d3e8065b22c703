import type Database from 'better-sqlite3';
import type { EvalResultRecord, EvalRunRecord, EvalStore } from '../store.js';

interface RunRow {
  id: string;
  suite: string;
  suite_hash: string;
  status: EvalRunRecord['status'];
  started_at: number;
  finished_at: number | null;
  config: string;
  summary: string | null;
}

interface ResultRow {
  run_id: string;
  variant: string;
  case_id: string;
  sample: number;
  status: EvalResultRecord['status'];
  score: number;
  output: string | null;
  assertions: string;
  latency_ms: number | null;
  cost_usd: number | null;
  tokens: number | null;
  cached: number;
  trace_id: string | null;
  error: string | null;
  retrieved: string | null;
  grounding: string | null;
}

const toRun = (r: RunRow): EvalRunRecord => ({
  id: r.id,
  suite: r.suite,
  suiteHash: r.suite_hash,
  status: r.status,
  startedAt: r.started_at,
  ...(r.finished_at !== null ? { finishedAt: r.finished_at } : {}),
  config: JSON.parse(r.config),
  ...(r.summary ? { summary: JSON.parse(r.summary) } : {}),
});

const toResult = (r: ResultRow): EvalResultRecord => ({
  runId: r.run_id,
  variant: r.variant,
  caseId: r.case_id,
  sample: r.sample,
  status: r.status,
  score: r.score,
  ...(r.output !== null ? { output: r.output } : {}),
  assertions: JSON.parse(r.assertions),
  ...(r.latency_ms !== null ? { latencyMs: r.latency_ms } : {}),
  ...(r.cost_usd !== null ? { costUsd: r.cost_usd } : {}),
  ...(r.tokens !== null ? { tokens: r.tokens } : {}),
  cached: r.cached === 1,
  ...(r.trace_id ? { traceId: r.trace_id } : {}),
  ...(r.error ? { error: r.error } : {}),
  ...(r.retrieved ? { retrieved: JSON.parse(r.retrieved) } : {}),
  ...(r.grounding ? { grounding: JSON.parse(r.grounding) } : {}),
});

/** Evaluation runs and results in SQLite. */
export function createSqliteEvalStore(db: Database.Database): EvalStore {
  const insertResult = db.prepare(
    `INSERT OR REPLACE INTO eval_results (run_id, variant, case_id, sample, status, score, output, assertions, latency_ms, cost_usd,
       tokens, cached, trace_id, error, created_at, retrieved, grounding) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const firstPage = db.prepare(
    'SELECT * FROM eval_results WHERE run_id = ? ORDER BY variant, case_id, sample LIMIT ?',
  );
  const pageAfter = db.prepare(
    'SELECT * FROM eval_results WHERE run_id = ? AND (variant, case_id, sample) > (?, ?, ?) ORDER BY variant, case_id, sample LIMIT ?',
  );
  return {
    async createRun(run) {
      db.prepare(
        'INSERT INTO eval_runs (id, suite, suite_hash, status, started_at, finished_at, config, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(
        run.id,
        run.suite,
        run.suiteHash,
        run.status,
        run.startedAt,
        run.finishedAt ?? null,
        JSON.stringify(run.config),
        run.summary ? JSON.stringify(run.summary) : null,
      );
    },
    async updateRun(id, patch) {
      if (patch.status) db.prepare('UPDATE eval_runs SET status = ? WHERE id = ?').run(patch.status, id);
      if (patch.finishedAt !== undefined)
        db.prepare('UPDATE eval_runs SET finished_at = ? WHERE id = ?').run(patch.finishedAt, id);
      if (patch.summary)
        db.prepare('UPDATE eval_runs SET summary = ? WHERE id = ?').run(JSON.stringify(patch.summary), id);
    },
    async getRun(id) {
      const row = db.prepare('SELECT * FROM eval_runs WHERE id = ?').get(id) as RunRow | undefined;
      return row ? toRun(row) : undefined;
    },
    async listRuns(filter = {}) {
      const rows = (
        filter.suite
          ? db
              .prepare('SELECT * FROM eval_runs WHERE suite = ? ORDER BY started_at DESC, id DESC LIMIT ?')
              .all(filter.suite, filter.limit ?? 50)
          : db
              .prepare('SELECT * FROM eval_runs ORDER BY started_at DESC, id DESC LIMIT ?')
              .all(filter.limit ?? 50)
      ) as RunRow[];
      return rows.map(toRun);
    },
    async saveResult(r) {
      insertResult.run(
        r.runId,
        r.variant,
        r.caseId,
        r.sample,
        r.status,
        r.score,
        r.output ?? null,
        JSON.stringify(r.assertions),
        r.latencyMs ?? null,
        r.costUsd ?? null,
        r.tokens ?? null,
        r.cached ? 1 : 0,
        r.traceId ?? null,
        r.error ?? null,
        Date.now(),
        r.retrieved ? JSON.stringify(r.retrieved) : null,
        r.grounding ? JSON.stringify(r.grounding) : null,
      );
    },
    async resultPage(runId, { after, limit }) {
      // Keyset paging over the primary key: each page costs the same however deep into the run it starts.
      const rows = after
        ? pageAfter.all(runId, after.variant, after.caseId, after.sample, limit)
        : firstPage.all(runId, limit);
      return (rows as ResultRow[]).map(toResult);
    },
    async results(runId) {
      return (
        db
          .prepare('SELECT * FROM eval_results WHERE run_id = ? ORDER BY variant, case_id, sample')
          .all(runId) as ResultRow[]
      ).map(toResult);
    },
  };
}
