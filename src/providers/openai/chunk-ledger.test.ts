import { describe, expect, it } from 'vitest';
import { chatStream } from '../../../test/support/openai-wire.js';
import { type ChatChunk, createChunkLedger, isPreamble } from './chunk-ledger.js';

/** The chunks of a wire stream, without its `[DONE]`. */
const chunksOf = (wire: unknown[]) => wire.filter((c): c is ChatChunk => typeof c === 'object');

describe('createChunkLedger', () => {
  it('returns each chunk’s text and keeps the text, finish reason, model and usage of the stream', () => {
    const ledger = createChunkLedger();
    const added = chunksOf(chatStream(['Hel', 'lo'], { usage: [9, 2] })).map((c) => ledger.add(c));
    expect(added).toEqual(['', 'Hel', 'lo', '', '']);
    expect(ledger.text()).toBe('Hello');
    expect(ledger.finishReason()).toBe('stop');
    expect(ledger.model()).toBe('gpt-4o-mini-2024-07-18');
    expect(ledger.reportedUsage()).toEqual({ inputTokens: 9, outputTokens: 2, totalTokens: 11 });
    expect(ledger.toolCalls()).toEqual([]);
  });

  it('assembles tool calls from their fragments, in index order, naming a call without an id', () => {
    const ledger = createChunkLedger();
    for (const c of chunksOf(
      chatStream([], { toolCall: { id: 'call_9', name: 'lookup', args: ['{"id":', ' 5}'] } }),
    ))
      ledger.add(c);
    ledger.add({
      choices: [{ delta: { tool_calls: [{ index: 1, function: { name: 'no', arguments: 'x' } }] } }],
    });
    ledger.add({ choices: [{ delta: { tool_calls: [{ index: 1, function: { name: 'te' } }] } }] });
    expect(ledger.finishReason()).toBe('tool_calls');
    expect(ledger.toolCalls()).toEqual([
      { id: 'call_9', name: 'lookup', args: { id: 5 } },
      { id: 'call_1', name: 'note', args: { _raw: 'x' } },
    ]);
  });

  it('has no usage, finish reason or model before the upstream sends them', () => {
    const ledger = createChunkLedger();
    ledger.add({ choices: [{ delta: { content: 'a' }, finish_reason: null }] });
    expect(ledger.reportedUsage()).toBe(undefined);
    expect(ledger.finishReason()).toBe(null);
    expect(ledger.model()).toBe(undefined);
  });
});

describe('isPreamble', () => {
  it('is true for a role-only first chunk and an empty choice list, false once anything is said', () => {
    const [roleOnly, firstText] = chunksOf(chatStream(['Hi']));
    expect(isPreamble(roleOnly!)).toBe(true);
    expect(isPreamble({ choices: [] })).toBe(true);
    expect(isPreamble(firstText!)).toBe(false);
    expect(isPreamble({ choices: [{ delta: {}, finish_reason: 'stop' }] })).toBe(false);
    expect(isPreamble({ choices: [{ delta: { refusal: 'no' } }] })).toBe(false);
    expect(isPreamble({ choices: [], usage: { prompt_tokens: 1, completion_tokens: 0 } })).toBe(false);
  });
});
