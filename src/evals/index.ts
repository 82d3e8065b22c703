export { type AddedCase, addCaseToSuite, type CaseFromTrace, caseFromTrace } from './add-case-to-suite.js';
export { runAssertions } from './assertions/run-assertions.js';
export type { AssertionContext, AssertionResult } from './assertions/types.js';
export { type CiVerdict, ciVerdict } from './ci-gate.js';
export { type EvalCase, type LoadedSuite, loadSuite } from './load-suite.js';
export {
  type EvalProgress,
  type RunSuiteOptions,
  runSuite,
  type SuiteRun,
  variantsOf,
} from './runner/run-suite.js';
export * from './stats/index.js';
export { type AssertionSpec, type SuiteSpec, suiteSchema } from './suite-schema.js';
export {
  type CaseSummary,
  type SuiteSummary,
  summarize,
  type ThresholdVerdict,
  type VariantSummary,
} from './summarize.js';
