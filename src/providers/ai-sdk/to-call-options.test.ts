import { describe, expect, it } from 'vitest';
import { toCallOptions } from './to-call-options.js';
import { createToolCallMemory } from './tool-call-memory.js';

describe('toCallOptions', () => {
  it('sends the prompt in the specification’s shape and only the settings a request sets', () => {
    expect(toCallOptions({ messages: [{ role: 'user', content: 'Hi' }] })).toEqual({
      prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
    });
    const signal = new AbortController().signal;
    const opts = toCallOptions(
      {
        messages: [{ role: 'user', content: 'Hi' }],
        maxTokens: 64,
        temperature: 0.1,
        topP: 0.9,
        stop: ['END'],
        signal,
      },
      { providerOptions: { google: { thinkingConfig: { thinkingBudget: 0 } } } },
    );
    expect(opts).toEqual({
      prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
      maxOutputTokens: 64,
      temperature: 0.1,
      topP: 0.9,
      stopSequences: ['END'],
      abortSignal: signal,
      providerOptions: { google: { thinkingConfig: { thinkingBudget: 0 } } },
    });
  });

  it('joins every system text into one leading system message', () => {
    const { prompt } = toCallOptions({
      messages: [
        { role: 'system', content: 'Be brief' },
        { role: 'user', content: 'Hi' },
        { role: 'system', content: 'Answer in French' },
      ],
    });
    expect(prompt).toEqual([
      { role: 'system', content: 'Be brief\n\nAnswer in French' },
      { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
    ]);
  });

  it('sends tools as function tools with an object schema, and the tool choice', () => {
    const opts = toCallOptions({
      messages: [{ role: 'user', content: 'find 7' }],
      tools: [
        { name: 'lookup', description: 'Look up', parameters: { properties: { id: { type: 'number' } } } },
      ],
      toolChoice: 'required',
    });
    expect(opts.tools).toEqual([
      {
        type: 'function',
        name: 'lookup',
        description: 'Look up',
        inputSchema: { type: 'object', properties: { id: { type: 'number' } } },
      },
    ]);
    expect(opts.toolChoice).toEqual({ type: 'required' });
  });

  it('asks for JSON with the schema and its name', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } } };
    expect(
      toCallOptions({ messages: [], responseFormat: { type: 'json', schema, name: 'answer' } })
        .responseFormat,
    ).toEqual({ type: 'json', schema, name: 'answer' });
    expect(toCallOptions({ messages: [], responseFormat: { type: 'json' } }).responseFormat).toEqual({
      type: 'json',
    });
    expect(toCallOptions({ messages: [], responseFormat: { type: 'text' } }).responseFormat).toBeUndefined();
  });

  it('sends tool calls with their remembered metadata, and a turn’s tool results in one tool message', () => {
    const memory = createToolCallMemory();
    memory.remember('a', { google: { thoughtSignature: 'sig-a' } });
    const { prompt } = toCallOptions(
      {
        messages: [
          { role: 'user', content: 'find 7 and 8' },
          {
            role: 'assistant',
            content: 'Looking.',
            toolCalls: [
              { id: 'a', name: 'lookup', args: { id: 7 } },
              { id: 'b', name: 'lookup', args: { id: 8 } },
            ],
          },
          { role: 'tool', toolCallId: 'a', name: 'lookup', content: 'seven' },
          { role: 'tool', toolCallId: 'b', name: 'lookup', content: 'eight' },
        ],
      },
      { memory },
    );
    expect(prompt.slice(1)).toEqual([
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Looking.' },
          {
            type: 'tool-call',
            toolCallId: 'a',
            toolName: 'lookup',
            input: { id: 7 },
            providerOptions: { google: { thoughtSignature: 'sig-a' } },
          },
          { type: 'tool-call', toolCallId: 'b', toolName: 'lookup', input: { id: 8 } },
        ],
      },
      {
        role: 'tool',
        content: [
          {
            type: 'tool-result',
            toolCallId: 'a',
            toolName: 'lookup',
            output: { type: 'text', value: 'seven' },
          },
          {
            type: 'tool-result',
            toolCallId: 'b',
            toolName: 'lookup',
            output: { type: 'text', value: 'eight' },
          },
        ],
      },
    ]);
  });
});

describe('createToolCallMemory', () => {
  it('forgets the oldest call past its limit and ignores calls without metadata', () => {
    const memory = createToolCallMemory(2);
    memory.remember('a', { p: { x: 1 } });
    memory.remember('b', undefined);
    memory.remember('c', { p: { x: 3 } });
    memory.remember('d', { p: { x: 4 } });
    expect([memory.recall('a'), memory.recall('b'), memory.recall('c'), memory.recall('d')]).toEqual([
      undefined,
      undefined,
      { p: { x: 3 } },
      { p: { x: 4 } },
    ]);
  });
});
