/**
 * @module A run's results read back from the store a page at a time (a run may have more than memory should
 * hold), and the one sample of a case that a report shows, found by its key.
 */
import type { EvalResultRecord, EvalStore } from '../store/index.js';
import type { CaseSummary, DetailedCase } from './summarize.js';

/** Results read from the store per query while paging through a run. */
export const RESULT_PAGE = 500;

/** Every result of a run in the store's order (variant, case, sample), one page in memory at a time. */
export async function* readResults(
  store: EvalStore,
  runId: string,
  pageSize = RESULT_PAGE,
): AsyncGenerator<EvalResultRecord> {
  let after: EvalResultRecord | undefined;
  for (;;) {
    const page = await store.resultPage(runId, { ...(after ? { after } : {}), limit: pageSize });
    yield* page;
    if (page.length < pageSize) return;
    after = page.at(-1);
  }
}

/** The cases with their shown sample's answer and checks (those that carry them already are kept as they are). */
export async function readCaseDetails(
  store: EvalStore,
  runId: string,
  cases: readonly CaseSummary[],
): Promise<DetailedCase[]> {
  const out: DetailedCase[] = [];
  for (const c of cases)
    out.push(c.assertions ? (c as DetailedCase) : withDetails(c, await shownOf(store, runId, c)));
  return out;
}

// The key just before the shown sample's: the page after it starts with that sample.
async function shownOf(
  store: EvalStore,
  runId: string,
  c: CaseSummary,
): Promise<EvalResultRecord | undefined> {
  const [r] = await store.resultPage(runId, {
    after: { variant: c.variant, caseId: c.caseId, sample: c.shownSample - 1 },
    limit: 1,
  });
  return r && r.variant === c.variant && r.caseId === c.caseId && r.sample === c.shownSample ? r : undefined;
}

function withDetails(c: CaseSummary, r: EvalResultRecord | undefined): DetailedCase {
  return {
    ...c,
    ...(r?.output !== undefined ? { output: r.output } : {}),
    assertions: r?.assertions ?? [],
    ...(r?.grounding ? { grounding: r.grounding } : {}),
    ...(r?.error ? { error: r.error } : {}),
  };
}
