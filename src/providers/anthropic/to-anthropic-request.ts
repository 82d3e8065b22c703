import type Anthropic from '@anthropic-ai/sdk';
import type { Message, ModelRequest } from '../../core/index.js';

type Params = Anthropic.Messages.MessageCreateParamsNonStreaming;
type AMessage = Anthropic.Messages.MessageParam;
type Block = Anthropic.Messages.ContentBlockParam;

/**
 * Our messages in the Messages API shape: system text goes to `system`, tool results become `tool_result`
 * blocks in a user turn, and consecutive turns of one role are merged (the API requires alternation).
 */
export function toAnthropicMessages(messages: Message[]): { system: string; messages: AMessage[] } {
  const system: string[] = [];
  const out: AMessage[] = [];
  const push = (role: 'user' | 'assistant', blocks: Block[]) => {
    const last = out[out.length - 1];
    if (last && last.role === role && Array.isArray(last.content)) (last.content as Block[]).push(...blocks);
    else out.push({ role, content: blocks });
  };
  for (const m of messages) {
    if (m.role === 'system') system.push(m.content);
    else if (m.role === 'user') push('user', [{ type: 'text', text: m.content }]);
    else if (m.role === 'tool')
      push('user', [{ type: 'tool_result', tool_use_id: m.toolCallId, content: m.content }]);
    else {
      const blocks: Block[] = m.content ? [{ type: 'text', text: m.content }] : [];
      for (const c of m.toolCalls ?? [])
        blocks.push({ type: 'tool_use', id: c.id, name: c.name, input: c.args });
      push('assistant', blocks);
    }
  }
  return { system: system.join('\n\n'), messages: out };
}

/** A ModelRequest as Messages API parameters. JSON output is asked for in the system prompt. */
export function toAnthropicRequest(req: ModelRequest, model: string, defaultMaxTokens: number): Params {
  const { system, messages } = toAnthropicMessages(req.messages);
  let systemText = system;
  const params: Params = { model, max_tokens: req.maxTokens ?? defaultMaxTokens, messages };
  if (req.responseFormat?.type === 'json') {
    if (req.responseFormat.schema) {
      params.output_config = { format: { type: 'json_schema', schema: req.responseFormat.schema } };
    } else {
      systemText += `${systemText ? '\n\n' : ''}Reply with a single JSON value. No prose, no code fences.`;
    }
  }
  if (systemText) params.system = systemText;
  // Sampling fields left the SDK's types but the API still takes them for the models that support them.
  const sampling = params as Params & { temperature?: number; top_p?: number };
  if (req.temperature !== undefined) sampling.temperature = req.temperature;
  if (req.topP !== undefined) sampling.top_p = req.topP;
  if (req.stop?.length) params.stop_sequences = req.stop;
  if (req.tools?.length && req.toolChoice !== 'none') {
    params.tools = req.tools.map((t) => ({
      name: t.name,
      description: t.description,
      input_schema: { type: 'object', ...t.parameters } as Anthropic.Messages.Tool.InputSchema,
    }));
    if (req.toolChoice === 'required') params.tool_choice = { type: 'any' };
  }
  return params;
}
