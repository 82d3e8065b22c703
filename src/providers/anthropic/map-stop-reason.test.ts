import { describe, expect, it } from 'vitest';
import { mapAnthropicStopReason } from './map-stop-reason.js';

describe('mapAnthropicStopReason', () => {
  it.each([
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['max_tokens', 'length'],
    ['tool_use', 'tool-calls'],
    ['refusal', 'content-filter'],
    ['pause_turn', 'other'],
    [null, 'other'],
  ])('%s → %s', (wire, ours) => {
    expect(mapAnthropicStopReason(wire)).toBe(ours);
  });
});
