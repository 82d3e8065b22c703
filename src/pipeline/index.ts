export type { App, AppEvent, AppInput, AppResult, RunContext } from './app-types.js';
export { type AppParts, createApp } from './create-app.js';
export { defineTool, type ToolContext, type ToolDefinition } from './define-tool.js';
export {
  type AppOverrides,
  firstRequiredInput,
  type LoadProjectOptions,
  loadProject,
  type Project,
  routeNameFor,
} from './project.js';
export {
  type AppKnowledge,
  citationsFromMarkers,
  contextVariables,
  toContextDocument,
} from './retrieval-context.js';
export { runToolCall, type ToolCallRecord } from './run-tool-call.js';
export { type SearchAsAskedOptions, searchAsAsked } from './search-as-asked.js';
export { parseStructured, reaskMessage } from './structured-output.js';
export { createToolRegistry, type ToolRegistry } from './tool-registry.js';
