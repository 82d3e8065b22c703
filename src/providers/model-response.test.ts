import { describe, expect, it } from 'vitest';
import { toModelResponse } from './model-response.js';

const answer = {
  text: 'Hi',
  toolCalls: [],
  finishReason: 'stop' as const,
  usage: { inputTokens: 3, outputTokens: 1, totalTokens: 4 },
  model: 'm-1',
};

describe('toModelResponse', () => {
  it('adds who answered, the cost and the time since the call started; no toolCalls key when there are none', () => {
    const started = performance.now() - 250;
    const res = toModelResponse(answer, { provider: 'p', started, costUsd: 0.002 });
    expect(Object.keys(res)).toEqual([
      'text',
      'finishReason',
      'usage',
      'model',
      'provider',
      'latencyMs',
      'costUsd',
    ]);
    expect(res).toMatchObject({
      text: 'Hi',
      finishReason: 'stop',
      model: 'm-1',
      provider: 'p',
      costUsd: 0.002,
    });
    expect(res.latencyMs).toBeGreaterThanOrEqual(250);
  });

  it('keeps the tool calls when there are some', () => {
    const toolCalls = [{ id: 'c1', name: 'lookup', args: { id: 7 } }];
    const res = toModelResponse({ ...answer, toolCalls }, { provider: 'p', started: 0, costUsd: undefined });
    expect(res.toolCalls).toEqual(toolCalls);
    expect(res.costUsd).toBe(undefined);
  });
});
