import { describe, expect, it } from 'vitest';
import { toOpenAIRequest } from './to-openai-request.js';

describe('toOpenAIRequest', () => {
  it('sends only the sampling fields the request sets', () => {
    expect(toOpenAIRequest({ messages: [{ role: 'user', content: 'Hi' }] }, 'gpt-4o-mini')).toEqual({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hi' }],
    });
    const full = toOpenAIRequest(
      { messages: [], temperature: 0, maxTokens: 50, topP: 0.9, stop: ['END'] },
      'gpt-4o-mini',
    );
    expect(full).toEqual({
      model: 'gpt-4o-mini',
      messages: [],
      temperature: 0,
      max_tokens: 50,
      top_p: 0.9,
      stop: ['END'],
    });
  });

  it('maps tools, tool choice, and JSON output with and without a schema', () => {
    const tools = [{ name: 'lookup', description: 'Look up', parameters: { type: 'object' } }];
    const params = toOpenAIRequest(
      { messages: [], tools, toolChoice: 'required', responseFormat: { type: 'json' } },
      'm',
    );
    expect(params.tools).toEqual([
      {
        type: 'function',
        function: { name: 'lookup', description: 'Look up', parameters: { type: 'object' } },
      },
    ]);
    expect(params.tool_choice).toBe('required');
    expect(params.response_format).toEqual({ type: 'json_object' });
    const schema = { type: 'object' };
    expect(
      toOpenAIRequest({ messages: [], responseFormat: { type: 'json', schema } }, 'm').response_format,
    ).toEqual({
      type: 'json_schema',
      json_schema: { name: 'output', schema, strict: false },
    });
  });

  it('sends an assistant turn with tool calls with null content and JSON arguments, and tool results by id', () => {
    const params = toOpenAIRequest(
      {
        messages: [
          { role: 'assistant', content: '', toolCalls: [{ id: 'c1', name: 'lookup', args: { id: 7 } }] },
          { role: 'tool', toolCallId: 'c1', name: 'lookup', content: '{"ok":true}' },
          { role: 'assistant', content: 'Found it.' },
        ],
      },
      'm',
    );
    expect(params.messages).toEqual([
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'c1', type: 'function', function: { name: 'lookup', arguments: '{"id":7}' } }],
      },
      { role: 'tool', tool_call_id: 'c1', content: '{"ok":true}' },
      { role: 'assistant', content: 'Found it.' },
    ]);
  });
});
