import type Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { anthropicMessage } from '../../../test/support/anthropic-wire.js';
import { fromAnthropicMessage } from './from-anthropic-message.js';

const message = (m: unknown) => m as Anthropic.Messages.Message;

describe('fromAnthropicMessage', () => {
  it('reads the text, stop reason, usage and the model that answered', () => {
    expect(
      fromAnthropicMessage('claude', message(anthropicMessage('Bonjour', { usage: [20, 6] })), 'x'),
    ).toEqual({
      text: 'Bonjour',
      toolCalls: [],
      finishReason: 'stop',
      usage: { inputTokens: 20, outputTokens: 6, totalTokens: 26 },
      model: 'claude-sonnet-4-6',
    });
  });

  it('joins text blocks and turns tool_use blocks into tool calls', () => {
    const wire = anthropicMessage('Let me look.', {
      toolUse: { id: 'tu_1', name: 'lookup', input: { id: 7 } },
    });
    wire.content.push({ type: 'text', text: ' One moment.' });
    const answer = fromAnthropicMessage('claude', message(wire), 'x');
    expect(answer.text).toBe('Let me look. One moment.');
    expect(answer.toolCalls).toEqual([{ id: 'tu_1', name: 'lookup', args: { id: 7 } }]);
    expect(answer.finishReason).toBe('tool-calls');
  });

  it('falls back to the model asked for, and refuses an answer without content blocks', () => {
    expect(
      fromAnthropicMessage('claude', message({ ...anthropicMessage('ok'), model: '' }), 'asked').model,
    ).toBe('asked');
    expect(() => fromAnthropicMessage('claude', message({ type: 'message' }), 'x')).toThrow(
      expect.objectContaining({
        code: 'PROVIDER_BAD_RESPONSE',
        message: 'claude: response has no content blocks',
      }),
    );
  });
});
