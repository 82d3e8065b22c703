import type { EvalResultRecord, EvalRunRecord, EvalStore } from '../../store/index.js';
import { readCaseDetails, readResults } from '../read-results.js';
import type { CaseSummary, DetailedCase, SuiteSummary } from '../summarize.js';

/**
 * One suite's run as reports see it. A report holds every suite of one `tandem eval`. The summary holds
 * figures; answers and results are read from the store as the report is written, a page at a time.
 */
export interface ReportInput {
  summary: SuiteSummary;
  run: EvalRunRecord;
  /** The run's graded samples, in the store's order. */
  results(): AsyncIterable<EvalResultRecord>;
  /** These cases with their shown sample's answer and checks. */
  details(cases: readonly CaseSummary[]): Promise<DetailedCase[]>;
}

export interface ReportOptions {
  /** How a project-relative case file is written in the report (JUnit `file`), e.g. relative to the CI checkout. */
  filePath?: (file: string) => string;
}

/** A suite's run as a report input, reading from `store` (which must stay open while the report is written). */
export function reportInput(
  store: EvalStore,
  { run, summary }: Pick<ReportInput, 'run' | 'summary'>,
): ReportInput {
  return {
    run,
    summary,
    results: () => readResults(store, run.id),
    details: (cases) => readCaseDetails(store, run.id, cases),
  };
}

/** Cases read with their answers this many at a time. */
const DETAIL_PAGE = 200;

/** `cases` (default: all of the summary's) with their answers, read a page at a time. */
export async function* detailedCases(
  input: ReportInput,
  cases: readonly CaseSummary[] = input.summary.cases,
): AsyncGenerator<DetailedCase> {
  for (let i = 0; i < cases.length; i += DETAIL_PAGE)
    yield* await input.details(cases.slice(i, i + DETAIL_PAGE));
}

/** Why a case did not pass: its error and its failing or unmeasured checks, one per line. */
export function reasonsOf(c: DetailedCase): string[] {
  return [
    c.error,
    ...c.assertions.filter((a) => a.status !== 'pass').map((a) => `${a.type}: ${a.reason}`),
  ].filter((r): r is string => Boolean(r));
}

/** A share as a percentage with one decimal. */
export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
