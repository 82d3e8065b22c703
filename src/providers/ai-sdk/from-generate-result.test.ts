import { describe, expect, it } from 'vitest';
import { fromGenerateResult } from './from-generate-result.js';
import { mapFinishReason } from './map-finish-reason.js';
import { mapUsage } from './map-usage.js';
import type { SpecGenerateResult } from './spec.js';
import { createToolCallMemory } from './tool-call-memory.js';

const usage = (input: number, output: number) => ({
  inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: undefined },
  outputTokens: { total: output, text: output, reasoning: 0 },
});

const result = (over: Partial<SpecGenerateResult>): SpecGenerateResult => ({
  content: [],
  finishReason: { unified: 'stop', raw: 'STOP' },
  usage: usage(10, 2),
  warnings: [],
  ...over,
});

describe('fromGenerateResult', () => {
  it('joins text parts and reads tool calls; reasoning and provider-run tools stay out', () => {
    const memory = createToolCallMemory();
    const answer = fromGenerateResult(
      'p',
      result({
        content: [
          { type: 'reasoning', text: 'thinking…' },
          { type: 'text', text: 'Let me ' },
          { type: 'text', text: 'check.' },
          {
            type: 'tool-call',
            toolCallId: 'c1',
            toolName: 'lookup',
            input: '{"id":7}',
            providerMetadata: { google: { thoughtSignature: 's1' } },
          },
          {
            type: 'tool-call',
            toolCallId: 'c2',
            toolName: 'web_search',
            input: '{}',
            providerExecuted: true,
          },
        ],
        finishReason: { unified: 'tool-calls', raw: 'STOP' },
        response: { modelId: 'gemini-2.5-flash-001' },
      }),
      'gemini-2.5-flash',
      memory,
    );
    expect(answer).toEqual({
      text: 'Let me check.',
      toolCalls: [{ id: 'c1', name: 'lookup', args: { id: 7 } }],
      finishReason: 'tool-calls',
      usage: { inputTokens: 10, outputTokens: 2, totalTokens: 12 },
      model: 'gemini-2.5-flash-001',
    });
    expect(memory.recall('c1')).toEqual({ google: { thoughtSignature: 's1' } });
  });

  it('keeps invalid tool-call JSON raw, takes the structured-output text when given, and the asked model when none is named', () => {
    const answer = fromGenerateResult(
      'p',
      result({
        content: [
          { type: 'text', text: 'draft' },
          { type: 'tool-call', toolCallId: 'c1', toolName: 'lookup', input: '{"id":' },
        ],
        structuredOutputText: '{"ok":true}',
      }),
      'asked-model',
    );
    expect(answer.text).toBe('{"ok":true}');
    expect(answer.toolCalls).toEqual([{ id: 'c1', name: 'lookup', args: { _raw: '{"id":' } }]);
    expect(answer.model).toBe('asked-model');
  });

  it('calls a result without content a bad response', () => {
    expect(() =>
      fromGenerateResult('p', { finishReason: 'stop' } as unknown as SpecGenerateResult, 'm'),
    ).toThrow(
      expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE', message: 'p: the model returned no content' }),
    );
  });
});

describe('mapFinishReason and mapUsage', () => {
  it('keeps the reasons tandem shares and calls the rest other', () => {
    expect(
      ['stop', 'length', 'content-filter', 'tool-calls', 'error', 'interrupted', 'other'].map((unified) =>
        mapFinishReason({ unified: unified as 'stop', raw: undefined }),
      ),
    ).toEqual(['stop', 'length', 'content-filter', 'tool-calls', 'error', 'other', 'other']);
    expect(mapFinishReason('length')).toBe('length');
    expect(mapFinishReason(undefined)).toBe('other');
  });

  it('reads nested totals, plain numbers, and counts a missing one as 0', () => {
    expect(mapUsage(usage(5, 3))).toEqual({ inputTokens: 5, outputTokens: 3, totalTokens: 8 });
    expect(mapUsage({ inputTokens: 4, outputTokens: undefined })).toEqual({
      inputTokens: 4,
      outputTokens: 0,
      totalTokens: 4,
    });
    expect(mapUsage(undefined)).toEqual({ inputTokens: 0, outputTokens: 0, totalTokens: 0 });
  });
});
