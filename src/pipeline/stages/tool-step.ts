import { type ModelResponse, TandemError } from '../../core/index.js';
import type { AppEvent, AppResult } from '../app-types.js';
import type { ToolDefinition } from '../define-tool.js';
import { runToolCall } from '../run-tool-call.js';
import { type RunState, refusal } from './run-state.js';
import type { Turn } from './turn.js';

/**
 * Stage 4b, tools: runs the tool calls of one model response and adds their results to the conversation,
 * each checked by the guardrails on outside text first. Returns the refusal when a guardrail blocks.
 */
export async function* toolStep(
  s: RunState,
  turn: Turn,
  res: ModelResponse,
  tools: Map<string, ToolDefinition>,
): AsyncGenerator<AppEvent, AppResult | undefined> {
  if (++turn.toolSteps >= s.parts.maxSteps) throw stepLimit(s.parts.name, s.parts.maxSteps);
  turn.messages.push({ role: 'assistant', content: res.text, toolCalls: res.toolCalls });
  if (res.text) turn.stepTexts.push(res.text);
  for (const call of res.toolCalls ?? []) {
    yield { type: 'tool-call', toolCall: call };
    const toolCtx = { signal: s.ctx.signal, app: s.parts.name };
    const { message, record } = await runToolCall(call, tools, toolCtx, s.trace.root);
    turn.toolCalls.push(record);
    yield { type: 'tool-result', record };
    if (s.guard && message.role === 'tool') {
      const checked = await s.guard.toolResult(call.name, message.content, s.trace.root, s.ctx.signal);
      if (checked.blocked) return refusal(s, checked.blocked, turn.responses);
      message.content = checked.content;
    }
    turn.messages.push(message);
  }
  return undefined;
}

function stepLimit(app: string, maxSteps: number): TandemError {
  return new TandemError(
    'TOOL_STEP_LIMIT',
    `app "${app}" stopped after ${maxSteps} model calls: the model kept calling tools`,
    { hint: `Raise apps.${app}.maxSteps in tandem.yaml, or tell the prompt when to stop calling tools.` },
  );
}
