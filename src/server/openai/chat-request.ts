/**
 * @module The Chat Completions request as clients send it, validated, and translated to a ModelRequest.
 */
import { z } from 'zod';
import type { Message, ModelRequest, ToolCall } from '../../core/index.js';
import { parseToolArgs } from '../../providers/index.js';
import { between, tokenLimit } from '../request-numbers.js';

const temperature = between(0, 2);
const topP = between(0, 1);

const content = z.union([
  z.string(),
  z.array(z.object({ type: z.string(), text: z.string().optional() }).loose()),
  z.null(),
]);

export const chatRequestSchema = z
  .object({
    model: z.string().min(1),
    messages: z
      .array(
        z
          .object({
            role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
            content: content.optional(),
            tool_calls: z
              .array(
                z
                  .object({
                    id: z.string(),
                    type: z.literal('function').optional(),
                    function: z.object({ name: z.string(), arguments: z.string() }),
                  })
                  .loose(),
              )
              .optional(),
            tool_call_id: z.string().optional(),
            name: z.string().optional(),
          })
          .loose(),
      )
      .min(1),
    stream: z.boolean().optional(),
    stream_options: z.object({ include_usage: z.boolean().optional() }).loose().nullable().optional(),
    temperature: temperature.nullable().optional(),
    top_p: topP.nullable().optional(),
    max_tokens: tokenLimit.nullable().optional(),
    max_completion_tokens: tokenLimit.nullable().optional(),
    stop: z
      .union([z.string(), z.array(z.string())])
      .nullable()
      .optional(),
    tools: z
      .array(
        z
          .object({
            type: z.literal('function'),
            function: z
              .object({
                name: z.string(),
                description: z.string().optional(),
                parameters: z.record(z.string(), z.unknown()).optional(),
              })
              .loose(),
          })
          .loose(),
      )
      .optional(),
    tool_choice: z.union([z.enum(['auto', 'none', 'required']), z.object({}).loose()]).optional(),
    response_format: z
      .union([
        z.object({ type: z.literal('text') }).loose(),
        z.object({ type: z.literal('json_object') }).loose(),
        z
          .object({
            type: z.literal('json_schema'),
            json_schema: z
              .object({ name: z.string().optional(), schema: z.record(z.string(), z.unknown()).optional() })
              .loose(),
          })
          .loose(),
      ])
      .optional(),
  })
  .loose();

export type ChatRequest = z.infer<typeof chatRequestSchema>;

const text = (c: z.infer<typeof content> | undefined) =>
  typeof c === 'string' ? c : Array.isArray(c) ? c.map((p) => p.text ?? '').join('') : '';

/** The request as a ModelRequest (the wire's `developer` role is a system message). */
export function toModelRequest(body: ChatRequest): ModelRequest {
  const messages: Message[] = body.messages.map((m): Message => {
    if (m.role === 'system' || m.role === 'developer') return { role: 'system', content: text(m.content) };
    if (m.role === 'user') return { role: 'user', content: text(m.content) };
    if (m.role === 'tool')
      return { role: 'tool', toolCallId: m.tool_call_id ?? '', name: m.name ?? '', content: text(m.content) };
    const toolCalls: ToolCall[] = (m.tool_calls ?? []).map((c) => ({
      id: c.id,
      name: c.function.name,
      args: parseToolArgs(c.function.arguments),
    }));
    return { role: 'assistant', content: text(m.content), ...(toolCalls.length ? { toolCalls } : {}) };
  });
  const rf = body.response_format;
  return {
    messages,
    ...(body.temperature != null ? { temperature: body.temperature } : {}),
    ...(body.top_p != null ? { topP: body.top_p } : {}),
    ...((body.max_completion_tokens ?? body.max_tokens) != null
      ? { maxTokens: (body.max_completion_tokens ?? body.max_tokens)! }
      : {}),
    ...(body.stop != null ? { stop: Array.isArray(body.stop) ? body.stop : [body.stop] } : {}),
    ...(body.tools?.length
      ? {
          tools: body.tools.map((t) => ({
            name: t.function.name,
            description: t.function.description ?? '',
            parameters: t.function.parameters ?? { type: 'object' },
          })),
        }
      : {}),
    ...(typeof body.tool_choice === 'string' ? { toolChoice: body.tool_choice } : {}),
    ...(rf && rf.type === 'json_schema'
      ? {
          responseFormat: {
            type: 'json',
            schema: (rf as { json_schema: { schema?: Record<string, unknown>; name?: string } }).json_schema
              .schema,
            name: (rf as { json_schema: { name?: string } }).json_schema.name,
          },
        }
      : {}),
    ...(rf && rf.type === 'json_object' ? { responseFormat: { type: 'json' } } : {}),
  };
}
