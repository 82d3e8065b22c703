export { type AddedCase, addCaseToSuite, type CaseFromTrace, caseFromTrace } from './add-case-to-suite.js';
export { runAssertions } from './assertions/run-assertions.js';
export type { AssertionContext, AssertionResult } from './assertions/types.js';
export * from './browse/index.js';
export {
  caseSelected,
  checkTagFilter,
  describeTagFilter,
  hasTagFilter,
  parseTagList,
  sameTagFilter,
  selectCases,
  storedTagFilter,
  type TagFilter,
} from './case-filter.js';
export { type CiVerdict, ciVerdict } from './ci-gate.js';
export { type EvalCase, type LoadedSuite, loadSuite } from './load-suite.js';
export { readCaseDetails, readResults } from './read-results.js';
export * from './redteam/index.js';
export { isReportFile, type ReportInput, renderReport, reportInput, toJsonReport } from './report/formats.js';
export { formatTerminalReport } from './report/terminal.js';
export type { SuiteEstimate } from './runner/estimate.js';
export {
  type EvalProgress,
  type RunSuiteOptions,
  runSuite,
  type SuiteRun,
  variantsOf,
} from './runner/run-suite.js';
export type { WatchIteration, WatchOptions } from './runner/watch-suite.js';
export * from './stats/index.js';
export type { StoredCase, StoredSummary, StoredVariant } from './stored-summary.js';
export { findSuiteFiles } from './suite-files.js';
export { type AssertionSpec, type SuiteSpec, suiteSchema } from './suite-schema.js';
export {
  type CaseSummary,
  DETAILED_CASES,
  type DetailedCase,
  type SuiteSummary,
  summarize,
  type ThresholdVerdict,
  type VariantSummary,
} from './summarize.js';
export { SummaryAccumulator } from './summary-accumulator.js';
export type { TagSummary } from './tag-summary.js';
export { selectVariants } from './variant-filter.js';

/** The cost estimator of `--dry-run`, loaded only when asked for. */
export const loadEstimator = () => import('./runner/estimate.js');
/** The file watcher of `--watch` (chokidar), loaded only when asked for. */
export const loadWatcher = () => import('./runner/watch-suite.js');
export type { QueueTarget, SampleQueue, SampleWorker, SampleWorkerOptions } from './fanout/index.js';
/** The fan-out (local worker processes, or BullMQ on Redis), loaded only by a run that fans out and by workers. */
export const loadFanout = () => import('./fanout/index.js');
