import { type ModelResponse, TandemError } from '../../core/index.js';
import { parseStructured, reaskMessage } from '../structured-output.js';
import { addReask, type Turn } from './turn.js';

export type StructuredOutcome = { kind: 'accept'; output?: unknown } | { kind: 'reask'; problems: string[] };

/**
 * Stage 5, structured output: a JSON answer is parsed and checked against the output schema; the first
 * failure is sent back to the model once, the second is an error.
 */
export function structuredOutputStage(turn: Turn, res: ModelResponse): StructuredOutcome {
  if (!turn.json) return { kind: 'accept' };
  const parsed = parseStructured(res.text, turn.schema);
  if (parsed.ok) return { kind: 'accept', output: parsed.value };
  if (turn.reasked) {
    throw new TandemError(
      'OUTPUT_INVALID',
      `the answer does not match the output schema: ${parsed.problems.join('; ')}`,
      { hint: 'Tighten the prompt, or check that the model supports structured output.' },
    );
  }
  turn.reasked = true;
  addReask(turn, res.text, reaskMessage(parsed.problems, turn.schema));
  return { kind: 'reask', problems: parsed.problems };
}
