import { describe, expect, it } from 'vitest';
import type { SpecStreamPart } from './spec.js';
import { createStreamLedger } from './stream-ledger.js';

const finish = (unified: 'stop' | 'tool-calls' | 'interrupted'): SpecStreamPart => ({
  type: 'finish',
  finishReason: { unified, raw: undefined },
  usage: {
    inputTokens: { total: 9, noCache: 9, cacheRead: 0, cacheWrite: undefined },
    outputTokens: { total: 4, text: 4, reasoning: 0 },
  },
});

describe('createStreamLedger', () => {
  it('turns text deltas and tool calls into events and keeps the whole answer for the finish', () => {
    const ledger = createStreamLedger('asked');
    const parts: SpecStreamPart[] = [
      { type: 'stream-start', warnings: [] },
      { type: 'response-metadata', modelId: 'answered' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'Hel' },
      { type: 'text-delta', id: 't', delta: '' },
      { type: 'reasoning-delta', id: 'r', delta: 'hmm' },
      { type: 'text-delta', id: 't', delta: 'lo' },
      { type: 'tool-input-start', id: 'c1', toolName: 'lookup' },
      { type: 'tool-input-delta', id: 'c1', delta: '{"id":1}' },
      { type: 'tool-call', toolCallId: 'c1', toolName: 'lookup', input: '{"id":1}' },
      finish('tool-calls'),
    ];
    expect(parts.flatMap((p) => ledger.add(p))).toEqual([
      { type: 'text-delta', text: 'Hel' },
      { type: 'text-delta', text: 'lo' },
      { type: 'tool-call', toolCall: { id: 'c1', name: 'lookup', args: { id: 1 } } },
    ]);
    expect(ledger.finished()).toBe(true);
    expect(ledger.answer()).toEqual({
      text: 'Hello',
      toolCalls: [{ id: 'c1', name: 'lookup', args: { id: 1 } }],
      finishReason: 'tool-calls',
      usage: { inputTokens: 9, outputTokens: 4, totalTokens: 13 },
      model: 'answered',
    });
  });

  it('is not finished without a finish part, nor by one that says the stream was interrupted', () => {
    const ledger = createStreamLedger('m');
    ledger.add({ type: 'text-delta', id: 't', delta: 'Hi' });
    expect(ledger.finished()).toBe(false);
    ledger.add(finish('interrupted'));
    expect(ledger.finished()).toBe(false);
    expect(ledger.usage()).toEqual({ inputTokens: 9, outputTokens: 4, totalTokens: 13 });
  });
});
