/** @module Every sample of one case in a stored run, per variant, as the studio's case panel shows them. */
import { TandemError } from '../../core/index.js';
import type { EvalResultRecord, EvalStore } from '../../store/index.js';
import type { StoredCase } from '../stored-summary.js';
import type { CaseSummary } from '../summarize.js';
import { runSummaryOf } from './compare-runs.js';

/** A case of a run: its figures per variant and each sample's answer, checks, tokens, cost and trace. */
export interface CaseSamples {
  runId: string;
  suite: string;
  /** The suite file's hash when the run started: the case's definition is read from the file only if it matches. */
  suiteHash: string;
  caseId: string;
  name: string;
  tags: string[];
  location: CaseSummary['location'];
  variants: Array<{ summary: StoredCase; samples: EvalResultRecord[] }>;
}

/** The samples of `caseId` in run `runId` (every variant, or only `variant`); `read` may serve the run from a cache. */
export async function caseSamples(
  store: EvalStore,
  runId: string,
  caseId: string,
  variant?: string,
  read: typeof runSummaryOf = runSummaryOf,
): Promise<CaseSamples> {
  const { run, summary } = await read(store, runId);
  const own = summary.cases.filter((c) => c.caseId === caseId && (!variant || c.variant === variant));
  if (!own.length)
    throw new TandemError(
      'NOT_FOUND',
      `run ${runId} has no case ${caseId}${variant ? ` in variant "${variant}"` : ''}`,
    );
  const variants = [];
  for (const c of own) {
    // Samples are numbered from 0; the page after (case, -1) starts with its first.
    // Errors are not among the stored (measured) samples; runs stored before they were counted (no `passes`)
    // may have some: read a few more and keep the case's.
    const all = c.samples + (c.errors ?? 0);
    const page = await store.resultPage(runId, {
      after: { variant: c.variant, caseId, sample: -1 },
      limit: Math.max(1, all + (c.passes === undefined ? 20 : 0)),
    });
    variants.push({
      summary: c,
      samples: page.filter((r) => r.variant === c.variant && r.caseId === caseId),
    });
  }
  const first = own[0]!;
  return {
    runId,
    suite: run.suite,
    suiteHash: run.suiteHash,
    caseId,
    name: first.name,
    tags: first.tags ?? [],
    location: first.location ?? { file: run.suite },
    variants,
  };
}
