import type Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { anthropicStream } from '../../../test/support/anthropic-wire.js';
import { createAnthropicStreamLedger } from './anthropic-stream-ledger.js';

const events = (e: unknown[]) => e as Anthropic.Messages.RawMessageStreamEvent[];

describe('createAnthropicStreamLedger', () => {
  it('returns each event’s text and reads the answer, usage and stop of a whole stream', () => {
    const ledger = createAnthropicStreamLedger('asked');
    const added = events(anthropicStream(['Bon', 'jour'], { usage: [30, 9] })).map((e) => ledger.add(e));
    expect(added).toEqual(['', '', 'Bon', 'jour', '', '', '']);
    expect(ledger.stopped()).toBe(true);
    expect(ledger.answer()).toEqual({
      text: 'Bonjour',
      toolCalls: [],
      finishReason: 'stop',
      usage: { inputTokens: 30, outputTokens: 9, totalTokens: 39 },
      model: 'claude-sonnet-4-6',
    });
  });

  it('assembles tool input from its JSON fragments', () => {
    const ledger = createAnthropicStreamLedger('asked');
    const wire = anthropicStream([], { toolUse: { id: 'tu_2', name: 'lookup', json: ['{"id":', ' 5}'] } });
    for (const e of events(wire)) ledger.add(e);
    expect(ledger.answer().toolCalls).toEqual([{ id: 'tu_2', name: 'lookup', args: { id: 5 } }]);
    expect(ledger.answer().finishReason).toBe('tool-calls');
  });

  it('knows the tokens so far and that message_stop has not come, for a stream that stops early', () => {
    const ledger = createAnthropicStreamLedger('asked');
    for (const e of events(anthropicStream(['a', 'b'], { usage: [25, 2] })).slice(0, 3)) ledger.add(e);
    expect(ledger.stopped()).toBe(false);
    expect(ledger.usage()).toEqual({ inputTokens: 25, outputTokens: 1, totalTokens: 26 });
    expect(ledger.answer()).toMatchObject({ text: 'a', finishReason: 'other', model: 'claude-sonnet-4-6' });
  });
});
