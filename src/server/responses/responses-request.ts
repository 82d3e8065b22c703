/**
 * @module The Responses API request (`POST /v1/responses`) as clients send it, validated, and translated to a
 * ModelRequest: `input` as a string or items (messages, function calls and their outputs), `instructions`,
 * function tools, `tool_choice`, `text.format`, `max_output_tokens` and the sampling settings. Built-in tools
 * (web search, file search, computer use…) and inputs tandem cannot pass on (images, files) are refused with a
 * 400 that names them.
 */
import { z } from 'zod';
import type { Message, ModelRequest, ToolCall } from '../../core/index.js';
import { parseToolArgs } from '../../providers/index.js';
import { between, tokenLimit } from '../request-numbers.js';

const textPart = z.object({ type: z.enum(['input_text', 'output_text', 'text']), text: z.string() }).loose();
const otherPart = z.object({ type: z.string() }).loose();

const messageItem = z
  .object({
    type: z.literal('message').optional(),
    role: z.enum(['user', 'system', 'developer', 'assistant']),
    content: z.union([z.string(), z.array(z.union([textPart, otherPart]))]),
  })
  .loose();
const functionCallItem = z
  .object({ type: z.literal('function_call'), call_id: z.string(), name: z.string(), arguments: z.string() })
  .loose();
const functionOutputItem = z
  .object({
    type: z.literal('function_call_output'),
    call_id: z.string(),
    output: z.union([z.string(), z.array(z.union([textPart, otherPart]))]),
  })
  .loose();
// Reasoning items come back from reasoning models and are sent again by SDKs: nothing a translation can use.
const reasoningItem = z.object({ type: z.literal('reasoning') }).loose();
const otherItem = z.object({ type: z.string() }).loose();

const functionTool = z
  .object({
    type: z.literal('function'),
    name: z.string().min(1),
    description: z.string().nullable().optional(),
    parameters: z.record(z.string(), z.unknown()).nullable().optional(),
    strict: z.boolean().nullable().optional(),
  })
  .loose();

export const responsesRequestSchema = z
  .object({
    model: z.string().min(1),
    input: z.union([
      z.string(),
      z.array(z.union([functionCallItem, functionOutputItem, reasoningItem, messageItem, otherItem])),
    ]),
    instructions: z.string().nullable().optional(),
    tools: z.array(z.union([functionTool, z.object({ type: z.string() }).loose()])).optional(),
    tool_choice: z
      .union([
        z.enum(['auto', 'none', 'required']),
        z.object({ type: z.literal('function'), name: z.string() }).loose(),
        z.object({ type: z.string() }).loose(),
      ])
      .optional(),
    text: z
      .object({
        format: z
          .union([
            z.object({ type: z.literal('text') }).loose(),
            z.object({ type: z.literal('json_object') }).loose(),
            z
              .object({
                type: z.literal('json_schema'),
                name: z.string().optional(),
                schema: z.record(z.string(), z.unknown()),
                strict: z.boolean().nullable().optional(),
              })
              .loose(),
          ])
          .optional(),
      })
      .loose()
      .optional(),
    max_output_tokens: tokenLimit.nullable().optional(),
    temperature: between(0, 2).nullable().optional(),
    top_p: between(0, 1).nullable().optional(),
    metadata: z.record(z.string(), z.string()).nullable().optional(),
    store: z.boolean().nullable().optional(),
    previous_response_id: z.string().nullable().optional(),
    stream: z.boolean().nullable().optional(),
    parallel_tool_calls: z.boolean().nullable().optional(),
  })
  .loose();

export type ResponsesRequest = z.infer<typeof responsesRequestSchema>;

/** What a request asks that tandem cannot do, as a 400's message and the field it is about. */
export interface Unsupported {
  message: string;
  param: string;
}

/** The first thing in the request tandem cannot translate, if any. */
export function unsupportedIn(body: ResponsesRequest): Unsupported | undefined {
  const tool = (body.tools ?? []).findIndex((t) => t.type !== 'function');
  if (tool >= 0)
    return {
      message: `built-in tool "${body.tools![tool]!.type}" is not supported: tandem serves function tools only (type: "function")`,
      param: `tools[${tool}]`,
    };
  if (typeof body.tool_choice === 'object' && body.tool_choice.type !== 'function')
    return { message: `tool_choice "${body.tool_choice.type}" is not supported`, param: 'tool_choice' };
  const named =
    typeof body.tool_choice === 'object' ? (body.tool_choice as { name?: string }).name : undefined;
  if (named !== undefined && !(body.tools ?? []).some((t) => (t as { name?: string }).name === named))
    return {
      message: `tool_choice names "${named}", which is not one of the request's tools`,
      param: 'tool_choice.name',
    };
  return typeof body.input === 'string' ? undefined : unsupportedInput(body.input);
}

function unsupportedInput(items: Exclude<ResponsesRequest['input'], string>): Unsupported | undefined {
  for (const [i, item] of items.entries()) {
    const type = item.type ?? 'message';
    if (!['message', 'function_call', 'function_call_output', 'reasoning'].includes(type))
      return { message: `input item type "${type}" is not supported`, param: `input[${i}]` };
    const field = type === 'function_call_output' ? 'output' : 'content';
    const parts = (item as Record<string, unknown>)[field];
    if (Array.isArray(parts)) {
      const part = parts.findIndex((p) => !['input_text', 'output_text', 'text'].includes(String(p?.type)));
      if (part >= 0)
        return {
          message: `content part "${String(parts[part]?.type)}" is not supported: tandem passes text only`,
          param: `input[${i}].${field}[${part}]`,
        };
    }
  }
  return undefined;
}

/** The new turns of a request, in tandem's message shape (instructions apart). */
export function inputMessages(body: ResponsesRequest): Message[] {
  if (typeof body.input === 'string') return [{ role: 'user', content: body.input }];
  const out: Message[] = [];
  const names = new Map<string, string>();
  for (const item of body.input) {
    const type = item.type ?? 'message';
    if (type === 'function_call') {
      const call = item as z.infer<typeof functionCallItem>;
      names.set(call.call_id, call.name);
      const toolCall: ToolCall = { id: call.call_id, name: call.name, args: parseToolArgs(call.arguments) };
      const last = out.at(-1);
      // Calls made together are one assistant turn.
      if (last?.role === 'assistant' && last.toolCalls && !last.content) last.toolCalls.push(toolCall);
      else out.push({ role: 'assistant', content: '', toolCalls: [toolCall] });
    } else if (type === 'function_call_output') {
      const o = item as z.infer<typeof functionOutputItem>;
      out.push({
        role: 'tool',
        toolCallId: o.call_id,
        name: names.get(o.call_id) ?? '',
        content: text(o.output),
      });
    } else if (type === 'message') {
      const m = item as z.infer<typeof messageItem>;
      const role = m.role === 'developer' ? 'system' : m.role;
      out.push({ role, content: text(m.content) } as Message);
    }
  }
  return out;
}

/** The request as a ModelRequest over `history` (a stored conversation continued) and the new input. */
export function toModelRequest(body: ResponsesRequest, history: Message[] = []): ModelRequest {
  const instructions: Message[] = body.instructions ? [{ role: 'system', content: body.instructions }] : [];
  // A named tool_choice forces that tool: it is the only one offered, and calling one is required.
  const named =
    typeof body.tool_choice === 'object' ? (body.tool_choice as { name?: string }).name : undefined;
  const tools = (body.tools ?? []).filter(
    (t) => t.type === 'function' && (named === undefined || (t as { name: string }).name === named),
  ) as Array<z.infer<typeof functionTool>>;
  const format = body.text?.format;
  return {
    messages: [...instructions, ...history, ...inputMessages(body)],
    ...(body.temperature != null ? { temperature: body.temperature } : {}),
    ...(body.top_p != null ? { topP: body.top_p } : {}),
    ...(body.max_output_tokens != null ? { maxTokens: body.max_output_tokens } : {}),
    ...(tools.length
      ? {
          tools: tools.map((t) => ({
            name: t.name,
            description: t.description ?? '',
            parameters: t.parameters ?? { type: 'object' },
          })),
        }
      : {}),
    ...(typeof body.tool_choice === 'string' ? { toolChoice: body.tool_choice } : {}),
    ...(typeof body.tool_choice === 'object' ? { toolChoice: 'required' as const } : {}),
    ...(format?.type === 'json_schema'
      ? {
          responseFormat: {
            type: 'json' as const,
            schema: (format as { schema: Record<string, unknown> }).schema,
            ...((format as { name?: string }).name ? { name: (format as { name: string }).name } : {}),
          },
        }
      : {}),
    ...(format?.type === 'json_object' ? { responseFormat: { type: 'json' as const } } : {}),
  };
}

const text = (c: string | Array<{ type: string; text?: unknown }>) =>
  typeof c === 'string' ? c : c.map((p) => (typeof p.text === 'string' ? p.text : '')).join('');
