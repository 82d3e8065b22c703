import type { EvalResultRecord, EvalRunRecord } from '../../store/index.js';
import type { CaseSummary, SuiteSummary } from '../summarize.js';

/** One suite's run as reports see it. A report holds every suite of one `tandem eval`. */
export interface ReportInput {
  summary: SuiteSummary;
  run: EvalRunRecord;
  results: EvalResultRecord[];
}

export interface ReportOptions {
  /** How a project-relative case file is written in the report (JUnit `file`), e.g. relative to the CI checkout. */
  filePath?: (file: string) => string;
}

/** Why a case did not pass: its error and its failing or unmeasured checks, one per line. */
export function reasonsOf(c: CaseSummary): string[] {
  return [
    c.error,
    ...c.assertions.filter((a) => a.status !== 'pass').map((a) => `${a.type}: ${a.reason}`),
  ].filter((r): r is string => Boolean(r));
}

/** A share as a percentage with one decimal. */
export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
