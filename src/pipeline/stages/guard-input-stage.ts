import type { AppResult } from '../app-types.js';
import { type RunState, recordedInput, refusal } from './run-state.js';

/**
 * Stage 1, guard input: the text inputs and every earlier turn go through the input guardrails; the trace
 * records the input only after they redacted it. Returns the refusal when a guardrail blocks.
 */
export async function guardInputStage(s: RunState): Promise<AppResult | undefined> {
  if (!s.guard) return undefined;
  const checked = await s.guard.input({ vars: s.vars, history: s.history }, s.trace.root, s.ctx.signal);
  s.vars = checked.vars;
  s.history = checked.history;
  s.trace.setInput(recordedInput(s.vars, s.history));
  return checked.blocked ? refusal(s, checked.blocked) : undefined;
}
