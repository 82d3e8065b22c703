import { checkTagFilter, loadEstimator, type SuiteEstimate, selectCases } from '../evals/index.js';
import { loadSuites } from './eval-suites.js';
import { openProject, type ProjectSource } from './open-project.js';

/** What `estimateEval` looks at. */
export type EstimateEvalOptions = ProjectSource & {
  /** Suite files relative to the project; default every tests/**\/*.yaml. */
  suites?: readonly string[];
  /** Count only the cases with any of these tags (as `runEval` would run them). */
  tags?: readonly string[];
  /** Leave out the cases with any of these tags. */
  excludeTags?: readonly string[];
};

/** Estimates the calls, tokens and cost of the suites without running them (`tandem eval --dry-run`). */
export async function estimateEval(o: EstimateEvalOptions): Promise<SuiteEstimate[]> {
  const { project, close } = await openProject(o, { batchTraces: true });
  try {
    const suites = await loadSuites(project, o.suites);
    const filter = { tags: o.tags ?? [], excludeTags: o.excludeTags ?? [] };
    checkTagFilter(suites, filter);
    const { estimateSuite } = await loadEstimator();
    const estimates: SuiteEstimate[] = [];
    for (const s of suites.map((all) => selectCases(all, filter)))
      if (s.cases.length) estimates.push(await estimateSuite(project, s));
    return estimates;
  } finally {
    await close();
  }
}
