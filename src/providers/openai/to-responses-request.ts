/**
 * @module A ModelRequest as a Responses API body (`POST /responses`), for upstreams configured with
 * `api: responses`. The conversation goes in `input` as items (messages, function calls and their outputs);
 * tandem keeps the conversation itself, so the upstream is asked not to store it.
 */
import type { Message, ModelRequest } from '../../core/index.js';

/** One item of a Responses `input`. */
export type ResponsesInputItem =
  | { role: 'system' | 'user' | 'assistant'; content: string }
  | { type: 'function_call'; call_id: string; name: string; arguments: string }
  | { type: 'function_call_output'; call_id: string; output: string };

/** Our messages as Responses input items: an assistant turn with tool calls becomes one item per call. */
export function toResponsesInput(messages: Message[]): ResponsesInputItem[] {
  return messages.flatMap((m): ResponsesInputItem[] => {
    if (m.role === 'tool')
      return [{ type: 'function_call_output', call_id: m.toolCallId, output: m.content }];
    if (m.role !== 'assistant' || !m.toolCalls?.length) return [{ role: m.role, content: m.content }];
    const calls = m.toolCalls.map(
      (c): ResponsesInputItem => ({
        type: 'function_call',
        call_id: c.id,
        name: c.name,
        arguments: JSON.stringify(c.args),
      }),
    );
    return m.content ? [{ role: 'assistant', content: m.content }, ...calls] : calls;
  });
}

/** A ModelRequest as a Responses body (without `stream`). `stop` has no Responses equivalent and is not sent. */
export function toResponsesRequest(req: ModelRequest, model: string): Record<string, unknown> {
  const body: Record<string, unknown> = { model, input: toResponsesInput(req.messages), store: false };
  if (req.temperature !== undefined) body.temperature = req.temperature;
  if (req.maxTokens !== undefined) body.max_output_tokens = req.maxTokens;
  if (req.topP !== undefined) body.top_p = req.topP;
  if (req.tools?.length) {
    body.tools = req.tools.map((t) => ({
      type: 'function',
      name: t.name,
      description: t.description,
      parameters: t.parameters,
      strict: false,
    }));
    if (req.toolChoice) body.tool_choice = req.toolChoice;
  }
  if (req.responseFormat?.type === 'json') {
    const format = req.responseFormat.schema
      ? {
          type: 'json_schema',
          name: req.responseFormat.name ?? 'output',
          schema: req.responseFormat.schema,
          strict: false,
        }
      : { type: 'json_object' };
    body.text = { format };
  }
  return body;
}
