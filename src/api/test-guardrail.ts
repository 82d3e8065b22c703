/**
 * @module Measuring a guardrail like a model: run its check on every row of a labelled JSONL file, through
 * the same `runCheck` an app uses, and score the verdicts against the labels (precision, recall, F1, the
 * errors behind them) with each row's latency.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type GuardrailStage, guardrailStage, TandemError } from '../core/index.js';
import {
  type GuardrailMetrics,
  type JudgeFailure,
  judgeFailure,
  type LabelledRow,
  type LatencySummary,
  latencySummary,
  measureRows,
  type NamedGuardrail,
  parseLabelledRows,
  type RowOutcome,
  runCheck,
  type ScoredRow,
} from '../guardrails/index.js';
import { type GuardrailUnderTest, guardrailUnderTest } from './guardrail-under-test.js';
import type { ProjectSource } from './open-project.js';

export interface TestGuardrailOptions {
  /** A JSONL file, one row a line: `{ id?, text, label?, pii?, on?, lang?, category? }`. */
  file: string;
  /** A guardrail declared in the project's tandem.yaml, or a check type with its defaults (`pii`, `injection`). */
  check: string;
  /** The field holding the text to check (default `text`). */
  field?: string;
  /** The project that declares guardrails; a directory without a config file means none. */
  project?: ProjectSource;
  /** Called after each row (progress, streamed output). */
  onRow?: (result: GuardrailRowResult, done: number, total: number) => void;
  signal?: AbortSignal;
}

/** The verdict on one row, and how long the check took. */
export interface GuardrailRowResult extends RowOutcome {
  id: string;
  line: number;
  ms: number;
}

/** A row that was not checked, with what is wrong with it. */
export interface SkippedRow {
  file: string;
  line: number;
  message: string;
}

export interface GuardrailTestResult {
  /**
   * What was measured; `declared`: a guardrail of the project (else a check type with its defaults); `kinds`:
   * the only PII kinds it looks for, `route`: its judge, when it says.
   */
  guardrail: { name: string; check: string; declared: boolean; kinds?: string[]; route?: string };
  rows: GuardrailRowResult[];
  skipped: SkippedRow[];
  /** Scores against the labels the rows carry (none when they carry none). */
  metrics: GuardrailMetrics;
  /** Set when most rows failed because the judge gave no verdict: the scores then measure the judge route. */
  judgeFailure?: JudgeFailure;
  /** Per row, after one untimed warm-up run on the first row. */
  latency?: LatencySummary;
}

/**
 * Runs one guardrail over a labelled file and scores it.
 *
 * @example
 * const { metrics, latency } = await testGuardrail({ file: 'rows.jsonl', check: 'pii' });
 */
export async function testGuardrail(o: TestGuardrailOptions): Promise<GuardrailTestResult> {
  const under = await guardrailUnderTest(o.check, o.project);
  try {
    const rows = await rowsOf(o.file, o.field);
    const scored = await checkRows(under, rows.rows, o);
    const { guardrail, declared } = under;
    const { kinds, route } = guardrail.config;
    const failure = judgeFailure(scored.map((s) => s.outcome));
    return {
      guardrail: {
        name: guardrail.name,
        check: guardrail.config.check,
        declared,
        ...(kinds ? { kinds } : {}),
        ...(route ? { route } : {}),
      },
      rows: scored.map((s) => s.result),
      skipped: rows.problems.map((p) => ({ file: o.file, ...p })),
      metrics: measureRows(scored, { spans: guardrail.config.check === 'pii', kinds }),
      ...(failure ? { judgeFailure: failure } : {}),
      latency: latencySummary(scored.map((s) => s.result.ms)),
    };
  } finally {
    await under.close();
  }
}

// The rows of `file`; a file with none, or whose rows all lack the text field, is one clear error rather
// than a report on nothing (or a bad-row line for every row).
async function rowsOf(file: string, field = 'text'): Promise<ReturnType<typeof parseLabelledRows>> {
  const parsed = parseLabelledRows(await readRows(file), { field });
  if (parsed.rows.length) return parsed;
  if (!parsed.problems.length)
    throw new TandemError('USAGE', `no rows in ${file}`, {
      hint: 'give a JSONL file, one { "text": … } object a line',
    });
  if (parsed.fields.length && !parsed.fields.includes(field))
    throw new TandemError('USAGE', `no row in ${file} has a "${field}" field`, {
      hint: `the rows have ${parsed.fields.join(', ')}: give --field one of them`,
    });
  return parsed;
}

async function readRows(file: string): Promise<string> {
  try {
    return await readFile(resolve(file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(err);
    throw new TandemError('NOT_FOUND', `cannot read ${file}: ${why}`, {
      hint: 'give a JSONL file, one { "text": … } object a line',
    });
  }
}

// One row at a time, so each row's latency is its own; the first row is checked once untimed before, so the
// first timing is not the check's warm-up (loading a model or module, JIT), which would skew a small file.
async function checkRows(
  { guardrail, deps }: GuardrailUnderTest,
  rows: LabelledRow[],
  o: TestGuardrailOptions,
): Promise<Array<ScoredRow & { result: GuardrailRowResult }>> {
  const check = (row: LabelledRow) =>
    runCheck(guardrail, row.text, stageOf(row, guardrail), deps, { redactions: new Map(), signal: o.signal });
  if (rows[0]) await check(rows[0]);
  const scored: Array<ScoredRow & { result: GuardrailRowResult }> = [];
  for (const row of rows) {
    if (o.signal?.aborted) throw new TandemError('ABORTED', 'stopped before every row was checked');
    const started = performance.now();
    const v = await check(row);
    const ms = performance.now() - started;
    const outcome: RowOutcome = {
      pass: v.passed,
      ...(v.score !== undefined ? { score: v.score } : {}),
      findings: v.findings ?? [],
      ...(v.evidence.length ? { evidence: v.evidence } : {}),
    };
    const result = { id: row.id, line: row.line, ...outcome, ms };
    scored.push({ row, outcome, result });
    o.onRow?.(result, scored.length, rows.length);
  }
  return scored;
}

// Retrieved text is checked as retrieved text (the injection check reads it differently); a row that names
// no stage is checked where the guardrail runs in an app.
function stageOf(row: LabelledRow, g: NamedGuardrail): GuardrailStage {
  if (row.on === 'retrieved' || row.on === 'input' || row.on === 'output') return row.on;
  return guardrailStage(g.config);
}
