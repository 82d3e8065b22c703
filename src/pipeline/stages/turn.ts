import type { Message, ModelResponse } from '../../core/index.js';
import type { ToolCallRecord } from '../run-tool-call.js';
import { STEP_SEPARATOR } from './answer-release.js';
import type { Rendered } from './render-stage.js';

/** The model loop's state: the conversation so far and every call made. */
export interface Turn extends Rendered {
  responses: ModelResponse[];
  toolCalls: ToolCallRecord[];
  /** Model calls that asked for tools. */
  toolSteps: number;
  /** The JSON answer was re-asked once already. */
  reasked: boolean;
  /** Text the model wrote in steps that called tools: part of the answer the user sees. */
  stepTexts: string[];
}

/** A model loop over the rendered prompt. */
export function startTurn(rendered: Rendered): Turn {
  // Object.assign, not a spread: see the note in tracing/trace.ts (a spread copy grows a hidden class per run).
  return Object.assign({}, rendered, {
    responses: [],
    toolCalls: [],
    toolSteps: 0,
    reasked: false,
    stepTexts: [],
  });
}

/**
 * The answer a final response makes: its text after the text of earlier tool-calling steps (what a stream
 * showed). A JSON answer is the final response alone.
 */
export function answerText(turn: Turn, res: ModelResponse): string {
  if (turn.json) return res.text;
  return [...turn.stepTexts, res.text].filter(Boolean).join(STEP_SEPARATOR);
}

/** Adds a rejected answer and the request to fix it to the conversation. */
export function addReask(turn: Turn, answer: string, feedback: string): void {
  turn.messages.push({ role: 'assistant', content: answer }, { role: 'user', content: feedback } as Message);
}
