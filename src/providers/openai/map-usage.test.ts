import { describe, expect, it } from 'vitest';
import { mapOpenAIUsage } from './map-usage.js';

describe('mapOpenAIUsage', () => {
  it('maps prompt and completion tokens and sums them', () => {
    expect(mapOpenAIUsage({ prompt_tokens: 12, completion_tokens: 5 })).toEqual({
      inputTokens: 12,
      outputTokens: 5,
      totalTokens: 17,
    });
  });

  it('counts missing or null counts, and no usage at all, as 0', () => {
    expect(mapOpenAIUsage({ prompt_tokens: 3 })).toEqual({ inputTokens: 3, outputTokens: 0, totalTokens: 3 });
    const nulls = { prompt_tokens: null, completion_tokens: 4 } as unknown as { prompt_tokens?: number };
    expect(mapOpenAIUsage(nulls)).toEqual({ inputTokens: 0, outputTokens: 4, totalTokens: 4 });
    expect(mapOpenAIUsage(null)).toEqual({ inputTokens: 0, outputTokens: 0, totalTokens: 0 });
  });
});
