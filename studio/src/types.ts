// The JSON the studio reads: the server's own types, so the two cannot drift apart.
export type {
  AnswerDiff,
  CaseSamples,
  MatrixPage,
  MatrixRow,
  RunComparison,
  RunDigest,
  StoredSummary,
  TraceEvidence,
} from '../../src/evals/index.js';
export type { AppResult } from '../../src/pipeline/index.js';
export type {
  LabelGate,
  LabelMove,
  PlaybookApp,
  ReviewStanding,
} from '../../src/playbook/index.js';
export type { PromptFileDiff, PromptHistory, PromptSummary } from '../../src/prompts/index.js';
export type { BudgetUse } from '../../src/server/routes/metrics-api.js';
export type {
  ApiKeyRecord,
  ApprovalRecord,
  EvalResultRecord,
  FeedbackRecord,
  KeySpend,
  LabelMoveRecord,
  SpanRecord,
  TraceRecord,
} from '../../src/store/index.js';
export type { MetricsOverTime } from '../../src/tracing/index.js';
