/**
 * @module The library API: what the interfaces (the CLI, the server's /api/ routes, the studio) call, so a
 * policy (resume, budgets, the CI gate, approvals, draining) is decided once, here, and never in a CLI file.
 */

/** Copies a project's SQLite history into an empty PostgreSQL store (`tandem store migrate`). */
export { migrateStore } from '../store/index.js';
export { type Announcement, announceKeyChange } from './announce-key-change.js';
export { describeUnmatchedSource, type UnmatchedSource } from './check-sources.js';
export { ensureKnowledge, type KnowledgeFirstUse } from './ensure-knowledge.js';
export { type EstimateEvalOptions, estimateEval } from './estimate-eval.js';
export { DEFAULT_QUEUE, type FanOut } from './eval-fanout.js';
export type { KnowledgeSync } from './eval-suites.js';
export type { ProjectSource } from './open-project.js';
export { type PruneCounts, pruneStore, type RetentionAges } from './prune-store.js';
export {
  checkReportFiles,
  type EvalEvent,
  type EvalGate,
  type EvalRunResult,
  type RunEvalOptions,
  runEval,
} from './run-eval.js';
export {
  type AttackOutcome,
  checkRedteamFiles,
  DEFAULT_ATTACKS,
  type RedteamEvent,
  type RedteamReport,
  type RedteamRunResult,
  type RunRedteamOptions,
  runRedteam,
} from './run-redteam.js';
export { type RunWorkerOptions, runWorker } from './run-worker.js';
export type { RedisEvent } from './shared-redis.js';
export {
  type ServerEvent,
  type ServerHandle,
  type StartServerOptions,
  startServer,
} from './start-server.js';
export {
  type GuardrailRowResult,
  type GuardrailTestResult,
  type SkippedRow,
  type TestGuardrailOptions,
  testGuardrail,
} from './test-guardrail.js';
export { type WatchEvalEvent, type WatchEvalOptions, watchEval } from './watch-eval.js';
