import type Database from 'better-sqlite3';
import { type ResultRow, RUN_LIST_COLUMNS, type RunRow, summaryColumns, toResult, toRun } from '../rows.js';
import type { EvalStore } from '../store.js';

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
  // A range on the primary key, not LIKE: an id may hold `_`, and the range uses the index.
  const findByPrefix = db.prepare('SELECT id FROM eval_runs WHERE id >= ? AND id < ? ORDER BY id LIMIT ?');
  return {
    async createRun(run) {
      const columns = summaryColumns(run.summary);
      db.prepare(
        'INSERT INTO eval_runs (id, suite, suite_hash, status, started_at, finished_at, config, summary, case_summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(
        run.id,
        run.suite,
        run.suiteHash,
        run.status,
        run.startedAt,
        run.finishedAt ?? null,
        JSON.stringify(run.config),
        columns.summary,
        columns.cases,
      );
    },
    async updateRun(id, patch) {
      updateRunRow(db, id, patch);
    },
    async getRun(id) {
      const row = db.prepare('SELECT * FROM eval_runs WHERE id = ?').get(id) as RunRow | undefined;
      return row ? toRun(row) : undefined;
    },
    async findRunIds(prefix, limit) {
      return (findByPrefix.all(prefix, `${prefix}\uffff`, limit) as Array<{ id: string }>).map((r) => r.id);
    },
    async listRuns(filter = {}) {
      const rows = (
        filter.suite
          ? db
              .prepare(
                `SELECT ${RUN_LIST_COLUMNS} FROM eval_runs WHERE suite = ? ORDER BY started_at DESC, id DESC LIMIT ?`,
              )
              .all(filter.suite, filter.limit ?? 50)
          : db
              .prepare(`SELECT ${RUN_LIST_COLUMNS} FROM eval_runs ORDER BY started_at DESC, id DESC LIMIT ?`)
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
    async prune(before, limit) {
      // Results go with their run (ON DELETE CASCADE); a run still going is never pruned.
      return db
        .prepare(
          `DELETE FROM eval_runs WHERE id IN (SELECT id FROM eval_runs WHERE started_at < ? AND status != 'running'
             ORDER BY started_at LIMIT ?)`,
        )
        .run(before, limit).changes;
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

// Only the fields given change, in one transaction (a reader never sees a finished run without its summary).
function updateRunRow(db: Database.Database, id: string, patch: Parameters<EvalStore['updateRun']>[1]): void {
  db.transaction(() => {
    if (patch.status) db.prepare('UPDATE eval_runs SET status = ? WHERE id = ?').run(patch.status, id);
    if (patch.finishedAt !== undefined)
      db.prepare('UPDATE eval_runs SET finished_at = ? WHERE id = ?').run(patch.finishedAt, id);
    if (patch.summary) {
      const columns = summaryColumns(patch.summary);
      db.prepare('UPDATE eval_runs SET summary = ?, case_summary = ? WHERE id = ?').run(
        columns.summary,
        columns.cases,
        id,
      );
    }
  })();
}
