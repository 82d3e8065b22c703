import { describe, expect, it } from 'vitest';
import type { AppResult } from '../../pipeline/index.js';
import { formatResultDetails, readingNote } from './print-result.js';

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

describe('how a question was read, under its answer', () => {
  const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
  it('shows the reading and why it was not grounded, in tandem run and tandem chat alike', () => {
    const r = {
      ...result([]),
      grounding: {
        grounded: false,
        reason: 'no passage about "And the Single. Why" holds a reason',
        coverage: 1,
        question: 'And the Single. Why?',
      },
    } as AppResult;
    const note =
      'read as: And the Single. Why?\nnot grounded: no passage about "And the Single. Why" holds a reason\n';
    expect(plain(readingNote(r))).toBe(note);
    expect(plain(formatResultDetails(r))).toContain(note);
  });

  it('says nothing of a question read as it was asked', () => {
    const r = { ...result([]), grounding: { grounded: true, reason: 'covered', coverage: 1 } } as AppResult;
    expect(readingNote(r)).toBe('');
    expect(plain(formatResultDetails(r))).not.toContain('read as');
  });
});
