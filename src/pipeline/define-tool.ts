import type { JsonSchema } from '../core/index.js';

/** What a tool's `execute` receives besides its arguments. */
export interface ToolContext {
  signal?: AbortSignal;
  /** The app running the tool. */
  app: string;
}

/** A tool the model may call: its spec plus the function that does the work. */
export interface ToolDefinition<Args = Record<string, unknown>> {
  name: string;
  description: string;
  /** JSON Schema of the arguments object. */
  parameters: JsonSchema;
  execute(args: Args, ctx: ToolContext): unknown | Promise<unknown>;
}

/**
 * Declares a tool in `tools/*.ts`; returns its argument with types checked.
 * @example export default defineTool({ name: 'get_order', description: 'Look up an order by id',
 *   parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
 *   execute: async ({ id }) => ({ id, status: 'shipped' }) })
 */
export function defineTool<Args = Record<string, unknown>>(tool: ToolDefinition<Args>): ToolDefinition<Args> {
  return tool;
}
