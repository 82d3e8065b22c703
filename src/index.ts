/**
 * @module tandem's public API: what code outside the project imports from 'tandem'. Every name is listed
 * here on purpose (no `export *`), and test/architecture/public-api.test.ts holds the list, so an internal
 * never becomes public by accident.
 *
 * @example
 * import { loadProject, runEval } from 'tandem';
 * const project = await loadProject('.');
 * const answer = await (await project.app('assistant')).run({ vars: { question: 'How do I reset my password?' } });
 * const { gate } = await runEval({ project, outputs: ['report.html'] });
 */

// The library API: run, evaluate and serve a project.
export {
  type EvalEvent,
  type EvalGate,
  type EvalRunResult,
  estimateEval,
  type GuardrailRowResult,
  type GuardrailTestResult,
  type RedteamEvent,
  type RedteamReport,
  type RedteamRunResult,
  type RunEvalOptions,
  type RunRedteamOptions,
  runEval,
  runRedteam,
  type ServerEvent,
  type ServerHandle,
  type StartServerOptions,
  startServer,
  type TestGuardrailOptions,
  testGuardrail,
  type UnmatchedSource,
  watchEval,
} from './api/index.js';
// Describing a project in code.
export { defineConfig } from './core/config/define-config.js';
export type { TandemConfig, TandemConfigInput } from './core/config/schema.js';
export { type ErrorCode, isTandemError, TandemError } from './core/errors.js';
// The central types: messages, model requests and responses, providers, streams, usage.
export type * from './core/types.js';
export { detectInjection, findPii, type GuardrailDecision, type PiiFinding } from './guardrails/index.js';
export {
  type App,
  type AppEvent,
  type AppInput,
  type AppResult,
  createApp,
  defineTool,
  type LoadProjectOptions,
  loadProject,
  type Project,
  type RunContext,
  type ToolContext,
  type ToolDefinition,
} from './pipeline/index.js';
// Providers, and the helpers a custom provider is written with.
export {
  completeResponse,
  createEchoProvider,
  createExtractiveProvider,
  createProvider,
  streamFromResponse,
} from './providers/index.js';
// Routes: each takes a provider and returns one, so they compose.
export {
  balance,
  cache,
  cheapest,
  fallback,
  fastest,
  limit,
  type ProviderMiddleware,
  rateLimit,
  retry,
  timeout,
  withModel,
  wrapProvider,
} from './router/index.js';
export { openSqliteStore, openStore, type Store } from './store/index.js';
export { memorySink, startTrace, storeSink, type TraceSink } from './tracing/index.js';
