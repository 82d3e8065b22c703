import { describe, expect, it } from 'vitest';
import type { ModelResponse } from '../../core/index.js';
import { structuredOutputStage } from './structured-output-stage.js';
import { answerText, startTurn, type Turn } from './turn.js';

const response = (text: string): ModelResponse => ({
  text,
  finishReason: 'stop',
  usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
  model: 'm',
  provider: 'p',
  latencyMs: 1,
});

const turn = (json: boolean): Turn =>
  startTurn({
    messages: [{ role: 'user', content: 'q' }],
    request: {},
    json,
    ...(json
      ? {
          schema: {
            type: 'object',
            properties: { label: { enum: ['bug', 'question'] } },
            required: ['label'],
          },
        }
      : {}),
  });

describe('the answer of a turn', () => {
  it('is the text of every step that called a tool, then the final text, a blank line apart', () => {
    const t = turn(false);
    t.stepTexts.push('Let me check.', 'Still checking.');
    expect(answerText(t, response('It shipped.'))).toBe('Let me check.\n\nStill checking.\n\nIt shipped.');
    expect(answerText(turn(false), response('Only this.'))).toBe('Only this.');
  });

  it('is the final response alone when the prompt asks for JSON', () => {
    const t = turn(true);
    t.stepTexts.push('Let me check.');
    expect(answerText(t, response('{"label":"bug"}'))).toBe('{"label":"bug"}');
  });
});

describe('the structured-output stage', () => {
  it('accepts plain text as it is, with no output', () => {
    expect(structuredOutputStage(turn(false), response('not json'))).toEqual({ kind: 'accept' });
  });

  it('parses a JSON answer that matches the schema (a fenced one too)', () => {
    expect(structuredOutputStage(turn(true), response('```json\n{"label":"bug"}\n```'))).toEqual({
      kind: 'accept',
      output: { label: 'bug' },
    });
  });

  it('re-asks once with the problems, adding the answer and the request to fix it', () => {
    const t = turn(true);
    const first = structuredOutputStage(t, response('{"label":"feature"}'));
    expect(first).toMatchObject({ kind: 'reask' });
    expect(t.messages.slice(1).map((m) => m.role)).toEqual(['assistant', 'user']);
    expect(t.messages.at(-1)!.content).toContain('Your previous reply could not be used');
    expect(() => structuredOutputStage(t, response('still not json'))).toThrow(
      /the answer does not match the output schema: not valid JSON/,
    );
  });
});
