/**
 * @module What a project's own files import from 'tandem' (tandem.config.ts, tools/*.ts, script providers):
 * the define helpers and the types. Kept tiny because it is loaded into every such file.
 */
export { defineConfig } from './core/config/define-config.js';
export type { TandemConfigInput } from './core/config/schema.js';
export type * from './core/types.js';
export { defineTool, type ToolContext, type ToolDefinition } from './pipeline/define-tool.js';
export type { ScriptProviderFactory, ScriptProviderImpl } from './providers/script-provider.js';
