import { checkTagFilter, loadEstimator, type SuiteEstimate, selectCases } from '../evals/index.js';
import { checkSources, type UnmatchedSource } from './check-sources.js';
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
  /** A `sources:` entry that matches no document is an error (as `runEval`'s `strictSources`). */
  strictSources?: boolean;
  /** Told of each `sources:` entry that matches no document (when not `strictSources`). */
  onUnmatchedSource?: (u: UnmatchedSource) => void;
};

/** Estimates the calls, tokens and cost of the suites without running them (`tandem eval --dry-run`). */
export async function estimateEval(o: EstimateEvalOptions): Promise<SuiteEstimate[]> {
  const { project, close } = await openProject(o, { batchTraces: true });
  try {
    const suites = await loadSuites(project, o.suites);
    const filter = { tags: o.tags ?? [], excludeTags: o.excludeTags ?? [] };
    checkTagFilter(suites, filter);
    const selected = suites.map((all) => selectCases(all, filter)).filter((s) => s.cases.length);
    await checkSources(project, selected, {
      strict: o.strictSources,
      warn: o.onUnmatchedSource ?? (() => {}),
    });
    const { estimateSuite } = await loadEstimator();
    const estimates: SuiteEstimate[] = [];
    for (const s of selected) estimates.push(await estimateSuite(project, s));
    return estimates;
  } finally {
    await close();
  }
}
