import type OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { chatCompletion } from '../../../test/support/openai-wire.js';
import { fromOpenAICompletion } from './from-openai-completion.js';

const completion = (c: unknown) => c as OpenAI.Chat.Completions.ChatCompletion;

describe('fromOpenAICompletion', () => {
  it('reads the text, finish reason, usage and the model that answered', () => {
    expect(
      fromOpenAICompletion(completion(chatCompletion('Hello', { usage: [12, 5] })), 'gpt-4o-mini'),
    ).toEqual({
      text: 'Hello',
      toolCalls: [],
      finishReason: 'stop',
      usage: { inputTokens: 12, outputTokens: 5, totalTokens: 17 },
      model: 'gpt-4o-mini-2024-07-18',
    });
  });

  it('parses function tool calls, keeps bad arguments raw and skips other kinds', () => {
    const wire = chatCompletion('', { toolCalls: [{ id: 'call_1', name: 'lookup', args: { id: 7 } }] });
    const calls = wire.choices[0]!.message.tool_calls as unknown[];
    calls.push(
      { id: 'call_2', type: 'function', function: { name: 'lookup', arguments: '{"id":' } },
      { id: 'call_3', type: 'custom', custom: { name: 'grep', input: 'x' } },
    );
    const answer = fromOpenAICompletion(completion(wire), 'gpt-4o-mini');
    expect(answer.text).toBe('');
    expect(answer.finishReason).toBe('tool-calls');
    expect(answer.toolCalls).toEqual([
      { id: 'call_1', name: 'lookup', args: { id: 7 } },
      { id: 'call_2', name: 'lookup', args: { _raw: '{"id":' } },
    ]);
  });

  it('falls back to the model asked for, and to zero usage, when a local server sends neither', () => {
    const wire = { ...chatCompletion('ok'), model: '', usage: undefined };
    const answer = fromOpenAICompletion(completion(wire), 'llama3');
    expect(answer.model).toBe('llama3');
    expect(answer.usage).toEqual({ inputTokens: 0, outputTokens: 0, totalTokens: 0 });
  });
});
