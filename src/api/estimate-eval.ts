import { loadEstimator, type SuiteEstimate } from '../evals/index.js';
import { loadSuites } from './eval-suites.js';
import { openProject, type ProjectSource } from './open-project.js';

/** What `estimateEval` looks at. */
export type EstimateEvalOptions = ProjectSource & {
  /** Suite files relative to the project; default every tests/**\/*.yaml. */
  suites?: readonly string[];
};

/** Estimates the calls, tokens and cost of the suites without running them (`tandem eval --dry-run`). */
export async function estimateEval(o: EstimateEvalOptions): Promise<SuiteEstimate[]> {
  const { project, close } = await openProject(o, { batchTraces: true });
  try {
    const suites = await loadSuites(project, o.suites);
    const { estimateSuite } = await loadEstimator();
    const estimates: SuiteEstimate[] = [];
    for (const s of suites) estimates.push(await estimateSuite(project, s));
    return estimates;
  } finally {
    await close();
  }
}
