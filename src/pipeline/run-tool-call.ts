/**
 * @module Executes one tool call from a model: validates its arguments, runs it, and turns any failure into
 * a message the model can read (the loop goes on; the model may fix its call).
 */
import type { Message, SpanHandle, ToolCall } from '../core/index.js';
import { describeAjvErrors, validatorFor } from '../prompts/index.js';
import type { ToolContext, ToolDefinition } from './define-tool.js';

export interface ToolCallRecord {
  id: string;
  name: string;
  args: Record<string, unknown>;
  result?: unknown;
  error?: string;
  durationMs: number;
}

/** Runs `call` against `tools`; never throws for a tool's own failure. */
export async function runToolCall(
  call: ToolCall,
  tools: Map<string, ToolDefinition>,
  ctx: ToolContext,
  parent?: SpanHandle,
): Promise<{ message: Message; record: ToolCallRecord }> {
  const span = parent?.child(`tool ${call.name}`, 'tool', { tool: call.name, args: call.args });
  const started = performance.now();
  let result: unknown;
  let error: string | undefined;
  const tool = tools.get(call.name);
  if (!tool) {
    error = `unknown tool "${call.name}"; available tools: ${[...tools.keys()].join(', ') || 'none'}`;
  } else if ('_raw' in call.args) {
    error = `arguments are not valid JSON: ${String(call.args._raw).slice(0, 200)}`;
  } else {
    const validate = validatorFor(tool.parameters);
    if (!validate(call.args)) {
      error = `invalid arguments: ${describeAjvErrors(validate.errors, call.args).join('; ')}`;
    } else {
      try {
        result = await tool.execute(call.args, ctx);
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
      }
    }
  }
  const durationMs = performance.now() - started;
  span?.end(
    error ? { error, attributes: { feedback: 'error returned to the model' } } : { attributes: { result } },
  );
  const content = error
    ? JSON.stringify({ error })
    : typeof result === 'string'
      ? result
      : JSON.stringify(result ?? null);
  return {
    message: { role: 'tool', toolCallId: call.id, name: call.name, content },
    record: {
      id: call.id,
      name: call.name,
      args: call.args,
      ...(error ? { error } : { result }),
      durationMs,
    },
  };
}
