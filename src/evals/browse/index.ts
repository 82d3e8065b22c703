/** @module Stored eval runs as people browse them: lists, a run's case matrix, comparisons, a case's samples. */

export { type AnswerDiff, answerDiff } from './answer-diff.js';
export {
  caseMatrixPage,
  type MatrixCell,
  type MatrixPage,
  type MatrixQuery,
  type MatrixRow,
} from './case-matrix.js';
export { type CaseSamples, caseSamples } from './case-samples.js';
export {
  type CompareQuery,
  type CompareSide,
  compareRuns,
  type Delta,
  type RunComparison,
  runSummaryOf,
} from './compare-runs.js';
export { resolveRunId } from './resolve-run-id.js';
export { type RunDigest, runDigest, type VariantDigest } from './run-digest.js';
export { type TraceEvidence, traceEvidence, withTraceEvidence } from './trace-evidence.js';
