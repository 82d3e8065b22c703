/**
 * @module tandem's public API: config helpers for `tandem.config.ts` and `tools/*.ts`, the central types,
 * and the building blocks (project, apps, providers, routes, store) for use from code.
 */
export * from './core/index.js';
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
export * from './providers/index.js';
export * from './router/index.js';
export { openSqliteStore, openStore, type Store } from './store/index.js';
export { memorySink, startTrace, storeSink, type TraceSink } from './tracing/index.js';
