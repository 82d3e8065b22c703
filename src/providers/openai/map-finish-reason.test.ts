import { describe, expect, it } from 'vitest';
import { mapOpenAIFinishReason } from './map-finish-reason.js';

describe('mapOpenAIFinishReason', () => {
  it.each([
    ['stop', 'stop'],
    ['length', 'length'],
    ['tool_calls', 'tool-calls'],
    ['function_call', 'tool-calls'],
    ['content_filter', 'content-filter'],
    ['something_new', 'other'],
    [null, 'other'],
  ])('%s → %s', (wire, ours) => {
    expect(mapOpenAIFinishReason(wire)).toBe(ours);
  });
});
