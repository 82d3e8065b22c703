/**
 * @module A run's case matrix, a page at a time: one row per case, one cell per variant (its samples'
 * passes, fails and errors), filtered on the server by variant, status, tag, failed check and text, so a
 * run of 100,000 samples sends the browser only the rows it shows. Read from the run's stored summary.
 */
import type { StoredCase, StoredSummary } from '../stored-summary.js';
import type { CaseSummary } from '../summarize.js';

/** What the matrix is filtered by; every filter given must hold. */
export interface MatrixQuery {
  /** Only this variant's cells (and the status filter applies to it). */
  variant?: string;
  /** Cases with a cell of this status (pass, fail, flaky, error); `not-pass` is any but pass. */
  status?: CaseSummary['status'] | 'not-pass';
  tag?: string;
  /** Cases where this check (a metric name) failed in some sample. */
  check?: string;
  /** Words the case's name, id or file must hold (case-insensitive). */
  text?: string;
  offset?: number;
  limit?: number;
}

/** One variant's figures for a case. */
export interface MatrixCell {
  variant: string;
  samples: number;
  passes: number;
  fails: number;
  errors: number;
  status: CaseSummary['status'];
  passRate?: number;
  latencyMs: number;
  costUsd: number;
  failedChecks?: string[];
}

export interface MatrixRow {
  caseId: string;
  name: string;
  tags: string[];
  location: CaseSummary['location'];
  cells: MatrixCell[];
}

export interface MatrixPage {
  /** Rows matching the filters (all pages). */
  total: number;
  offset: number;
  rows: MatrixRow[];
  /** What the filters can take in this run. */
  variants: string[];
  tags: string[];
  checks: string[];
}

/** The page of the matrix the query asks for. */
export function caseMatrixPage(summary: StoredSummary, q: MatrixQuery = {}): MatrixPage {
  const { rows, tags, checks } = builtMatrix(summary, q.variant);
  const matching = rows.filter(rowFilter(q));
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.min(500, Math.max(1, q.limit ?? 100));
  return {
    total: matching.length,
    offset,
    rows: matching.slice(offset, offset + limit),
    variants: summary.variants.map((v) => v.name),
    tags,
    checks,
  };
}

// The rows of a summary are built once per variant filter: a run page asks for many pages of one summary.
const built = new WeakMap<
  StoredSummary,
  Map<string, { rows: MatrixRow[]; tags: string[]; checks: string[] }>
>();

function builtMatrix(summary: StoredSummary, variant: string | undefined) {
  const forSummary = built.get(summary) ?? new Map();
  built.set(summary, forSummary);
  const key = variant ?? '';
  let matrix = forSummary.get(key);
  if (!matrix) {
    matrix = {
      rows: matrixRows(summary, variant),
      tags: [...new Set(summary.cases.flatMap((c) => c.tags ?? []))].sort(),
      checks: [...new Set(summary.cases.flatMap((c) => c.failedChecks ?? []))].sort(),
    };
    forSummary.set(key, matrix);
  }
  return matrix;
}

// Cases in the suite's order, each with its variants' cells (only `variant`'s when given).
function matrixRows(summary: StoredSummary, variant: string | undefined): MatrixRow[] {
  const byCase = new Map<string, MatrixRow>();
  for (const c of summary.cases) {
    if (variant && c.variant !== variant) continue;
    let row = byCase.get(c.caseId);
    if (!row) {
      row = {
        caseId: c.caseId,
        name: c.name,
        tags: c.tags ?? [],
        location: c.location ?? { file: summary.suite },
        cells: [],
      };
      byCase.set(c.caseId, row);
    }
    row.cells.push(cellOf(c));
  }
  return [...byCase.values()];
}

// A run stored before the counts were kept has its measured samples and pass rate only.
function cellOf(c: StoredCase): MatrixCell {
  const passes = c.passes ?? Math.round((c.passRate ?? 0) * c.samples);
  const fails = c.fails ?? c.samples - passes;
  const errors = c.errors ?? 0;
  // (a current run leaves zero counts out: with `passes` present, a missing `fails` is 0 = samples − passes)
  return {
    variant: c.variant,
    samples: passes + fails + errors,
    passes,
    fails,
    errors,
    status: c.status,
    ...(c.passRate !== undefined ? { passRate: c.passRate } : {}),
    latencyMs: c.latencyMs ?? 0,
    costUsd: c.costUsd ?? 0,
    ...(c.failedChecks ? { failedChecks: c.failedChecks } : {}),
  };
}

function rowFilter(q: MatrixQuery): (row: MatrixRow) => boolean {
  const words = (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const statusOk = (cell: MatrixCell) =>
    !q.status || (q.status === 'not-pass' ? cell.status !== 'pass' : cell.status === q.status);
  return (row) => {
    if (q.tag && !row.tags.includes(q.tag)) return false;
    if (!row.cells.some(statusOk)) return false;
    if (q.check && !row.cells.some((c) => c.failedChecks?.includes(q.check!))) return false;
    if (!words.length) return true;
    const hay = `${row.name} ${row.caseId} ${row.location.file}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  };
}
