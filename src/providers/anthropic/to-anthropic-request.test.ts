import { describe, expect, it } from 'vitest';
import { toAnthropicRequest } from './to-anthropic-request.js';

describe('toAnthropicRequest', () => {
  it('moves system text to `system`, uses the default max_tokens, and sends only the fields set', () => {
    const params = toAnthropicRequest(
      {
        messages: [
          { role: 'system', content: 'Be brief' },
          { role: 'user', content: 'Hi' },
        ],
      },
      'claude-sonnet-4-6',
      1024,
    );
    expect(params).toEqual({
      model: 'claude-sonnet-4-6',
      max_tokens: 1024,
      system: 'Be brief',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
    });
  });

  it('merges a tool call’s results into one user turn after the assistant turn that asked', () => {
    const params = toAnthropicRequest(
      {
        messages: [
          { role: 'user', content: 'find 7 and 8' },
          {
            role: 'assistant',
            content: '',
            toolCalls: [
              { id: 'a', name: 'lookup', args: { id: 7 } },
              { id: 'b', name: 'lookup', args: { id: 8 } },
            ],
          },
          { role: 'tool', toolCallId: 'a', name: 'lookup', content: 'seven' },
          { role: 'tool', toolCallId: 'b', name: 'lookup', content: 'eight' },
        ],
      },
      'm',
      64,
    );
    expect(params.messages.slice(1)).toEqual([
      {
        role: 'assistant',
        content: [
          { type: 'tool_use', id: 'a', name: 'lookup', input: { id: 7 } },
          { type: 'tool_use', id: 'b', name: 'lookup', input: { id: 8 } },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'a', content: 'seven' },
          { type: 'tool_result', tool_use_id: 'b', content: 'eight' },
        ],
      },
    ]);
  });

  it('asks for JSON in the system prompt without a schema, with output_config with one', () => {
    const plain = toAnthropicRequest({ messages: [], responseFormat: { type: 'json' } }, 'm', 64);
    expect(plain.system).toBe('Reply with a single JSON value. No prose, no code fences.');
    const schema = { type: 'object' };
    const structured = toAnthropicRequest(
      { messages: [], responseFormat: { type: 'json', schema } },
      'm',
      64,
    );
    expect(structured.output_config).toEqual({ format: { type: 'json_schema', schema } });
    expect(structured.system).toBe(undefined);
  });

  it('sends tools with an object input schema, `any` for a required choice, and none for toolChoice none', () => {
    const tools = [{ name: 'lookup', description: 'Look up', parameters: { properties: { id: {} } } }];
    const required = toAnthropicRequest(
      { messages: [], tools, toolChoice: 'required', maxTokens: 10 },
      'm',
      64,
    );
    expect(required.max_tokens).toBe(10);
    expect(required.tools).toEqual([
      { name: 'lookup', description: 'Look up', input_schema: { type: 'object', properties: { id: {} } } },
    ]);
    expect(required.tool_choice).toEqual({ type: 'any' });
    expect(toAnthropicRequest({ messages: [], tools, toolChoice: 'none' }, 'm', 64).tools).toBe(undefined);
  });
});
