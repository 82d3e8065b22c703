/**
 * @module The Anthropic Messages request as clients send it, validated, and translated to a ModelRequest:
 * system blocks, text / tool_use / tool_result content blocks, tools with input_schema and tool_choice.
 */
import { z } from 'zod';
import { type Message, type ModelRequest, TandemError, type ToolCall } from '../../core/index.js';
import { between, tokenLimit } from '../request-numbers.js';

const textBlock = z.object({ type: z.literal('text'), text: z.string() }).loose();
const toolUseBlock = z
  .object({
    type: z.literal('tool_use'),
    id: z.string(),
    name: z.string(),
    input: z.record(z.string(), z.unknown()),
  })
  .loose();
const toolResultBlock = z
  .object({
    type: z.literal('tool_result'),
    tool_use_id: z.string(),
    content: z
      .union([z.string(), z.array(z.object({ type: z.string(), text: z.string().optional() }).loose())])
      .optional(),
    is_error: z.boolean().optional(),
  })
  .loose();
// Blocks we do not translate (image, document, thinking…) still parse, so the error can name them.
const otherBlock = z.object({ type: z.string() }).loose();
const block = z.union([textBlock, toolUseBlock, toolResultBlock, otherBlock]);

const jsonSchemaFormat = z
  .object({ type: z.literal('json_schema'), schema: z.record(z.string(), z.unknown()) })
  .loose();

export const messagesRequestSchema = z
  .object({
    model: z.string().min(1),
    max_tokens: tokenLimit,
    system: z.union([z.string(), z.array(textBlock)]).optional(),
    messages: z
      .array(
        z
          .object({ role: z.enum(['user', 'assistant']), content: z.union([z.string(), z.array(block)]) })
          .loose(),
      )
      .min(1),
    stream: z.boolean().optional(),
    temperature: between(0, 1).optional(),
    top_p: between(0, 1).optional(),
    stop_sequences: z.array(z.string()).optional(),
    tools: z
      .array(
        z
          .object({
            name: z.string(),
            description: z.string().optional(),
            input_schema: z.record(z.string(), z.unknown()),
          })
          .loose(),
      )
      .optional(),
    tool_choice: z
      .union([
        z.object({ type: z.enum(['auto', 'any', 'none']) }).loose(),
        z.object({ type: z.literal('tool'), name: z.string() }).loose(),
      ])
      .optional(),
    // Structured output: `output_config.format` (current), `output_format` (the earlier beta).
    output_config: z.object({ format: jsonSchemaFormat.optional() }).loose().optional(),
    output_format: jsonSchemaFormat.optional(),
  })
  .loose();

export type MessagesRequest = z.infer<typeof messagesRequestSchema>;

/** A count_tokens request: a Messages request without `max_tokens` or `stream`. */
export const countTokensRequestSchema = messagesRequestSchema.omit({ max_tokens: true, stream: true });
type Block = z.infer<typeof block>;

const joinText = (blocks: Array<{ type: string; text?: string }>) =>
  blocks
    .filter((b) => b.type === 'text')
    .map((b) => b.text ?? '')
    .join('');

/** The request as a ModelRequest. Tool results become tool messages named after the tool_use they answer. */
export function toModelRequest(body: MessagesRequest): ModelRequest {
  const system =
    body.system === undefined ? '' : typeof body.system === 'string' ? body.system : joinText(body.system);
  const messages: Message[] = system ? [{ role: 'system', content: system }] : [];
  const toolNames = new Map<string, string>();
  body.messages.forEach((m, i) => {
    const blocks = supportedBlocks(m.content, i);
    messages.push(
      ...(m.role === 'assistant' ? [assistantTurn(blocks, toolNames)] : userTurn(blocks, toolNames)),
    );
  });
  const choice = body.tool_choice;
  const format = body.output_config?.format ?? body.output_format;
  // A forced tool ("type": "tool") is the only tool offered, with a call required.
  const tools = (body.tools ?? [])
    .filter((t) => choice?.type !== 'tool' || t.name === (choice as { name: string }).name)
    .map((t) => ({ name: t.name, description: t.description ?? '', parameters: t.input_schema }));
  return {
    messages,
    maxTokens: body.max_tokens,
    ...(body.temperature !== undefined ? { temperature: body.temperature } : {}),
    ...(body.top_p !== undefined ? { topP: body.top_p } : {}),
    ...(body.stop_sequences?.length ? { stop: body.stop_sequences } : {}),
    ...(tools.length ? { tools } : {}),
    ...(choice ? { toolChoice: TOOL_CHOICE[choice.type] } : {}),
    ...(format ? { responseFormat: { type: 'json' as const, schema: format.schema } } : {}),
  };
}

const TOOL_CHOICE: Record<string, 'auto' | 'none' | 'required'> = {
  auto: 'auto',
  none: 'none',
  any: 'required',
  tool: 'required',
};

// A turn's blocks, refusing kinds tandem cannot pass on (images, documents…) with where they are.
function supportedBlocks(content: MessagesRequest['messages'][number]['content'], i: number): Block[] {
  const blocks: Block[] = typeof content === 'string' ? [{ type: 'text', text: content }] : content;
  const j = blocks.findIndex((b) => !['text', 'tool_use', 'tool_result'].includes(b.type));
  if (j >= 0)
    throw new TandemError(
      'PROVIDER_UNSUPPORTED',
      `messages.${i}.content.${j}: "${blocks[j]!.type}" blocks are not supported`,
      {
        hint: 'send text, tool_use and tool_result blocks',
      },
    );
  return blocks;
}

// An assistant turn: its text and the tools it called (remembered, so their results can be named).
function assistantTurn(blocks: Block[], toolNames: Map<string, string>): Message {
  const toolCalls: ToolCall[] = blocks
    .filter((b): b is z.infer<typeof toolUseBlock> => b.type === 'tool_use')
    .map((b) => ({ id: b.id, name: b.name, args: b.input }));
  for (const c of toolCalls) toolNames.set(c.id, c.name);
  const text = joinText(blocks as Array<{ type: string; text?: string }>);
  return { role: 'assistant', content: text, ...(toolCalls.length ? { toolCalls } : {}) };
}

// A user turn: a tool message per tool_result, then its text (a turn of only tool results has none).
function userTurn(blocks: Block[], toolNames: Map<string, string>): Message[] {
  const results = blocks.filter((b): b is z.infer<typeof toolResultBlock> => b.type === 'tool_result');
  const out: Message[] = results.map((r) => {
    const content = typeof r.content === 'string' ? r.content : joinText(r.content ?? []);
    return {
      role: 'tool',
      toolCallId: r.tool_use_id,
      name: toolNames.get(r.tool_use_id) ?? '',
      content: r.is_error ? `error: ${content}` : content,
    };
  });
  const text = joinText(blocks as Array<{ type: string; text?: string }>);
  if (text || !results.length) out.push({ role: 'user', content: text });
  return out;
}
