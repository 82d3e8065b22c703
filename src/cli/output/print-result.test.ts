import { describe, expect, it } from 'vitest';
import type { AppResult } from '../../pipeline/index.js';
import { formatResultDetails } from './print-result.js';

const result = (citations: AppResult['citations']) =>
  ({
    citations,
    guardrails: [],
    toolCalls: [],
    usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
    provider: 'model',
    model: 'm',
    latencyMs: 1,
    costUsd: 0,
  }) as unknown as AppResult;

describe('the sources under an answer', () => {
  it('numbers each as the answer cites it, and marks a superseded one', () => {
    const text = formatResultDetails(
      result([
        { id: '2', marker: 2, source: 'kb/travel.md', snippet: 'The cap is £190.' },
        {
          id: '1',
          marker: 1,
          source: 'kb/travel-2022.md',
          status: 'superseded',
          snippet: 'The cap was £160.',
        },
      ]),
    ).replace(/\u001b\[[0-9;]*m/g, '');
    expect(text).toContain('  [2] kb/travel.md\n');
    expect(text).toContain('  [1] kb/travel-2022.md [superseded]\n');
    expect(text.indexOf('[2] kb/travel.md')).toBeLessThan(text.indexOf('[1] kb/travel-2022.md'));
  });
});
