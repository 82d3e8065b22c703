import type { ToolSpec } from '../core/index.js';
import type { ToolDefinition } from './define-tool.js';

/** An app's tools, looked up by name when the model calls one and described to the model as specs. */
export interface AppTools {
  byName: Map<string, ToolDefinition>;
  specs: ToolSpec[];
}

/** Built once per app: every run uses the same lookup and the same specs. */
export function appTools(tools: ToolDefinition[]): AppTools {
  return {
    byName: new Map(tools.map((t) => [t.name, t])),
    specs: tools.map((t) => ({ name: t.name, description: t.description, parameters: t.parameters })),
  };
}
