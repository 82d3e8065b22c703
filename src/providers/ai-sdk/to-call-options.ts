/**
 * @module A tandem ModelRequest as the call options of an AI SDK language model (`doGenerate`/`doStream`):
 * the prompt in the specification's message shape, tools, tool choice, JSON output with its schema, and the
 * sampling settings. The package turns these into its own wire format.
 */
import type { Message, ModelRequest } from '../../core/index.js';
import type { SpecCallOptions, SpecMessage } from './spec.js';
import type { ToolCallMemory } from './tool-call-memory.js';

type Part<R extends SpecMessage['role']> = Extract<SpecMessage, { role: R }>['content'][number];

/** What a call adds to the request: options for every call, and the memory of earlier tool calls. */
export interface CallDefaults {
  providerOptions?: Record<string, Record<string, unknown>>;
  memory?: ToolCallMemory;
}

/** The call options for `req`. */
export function toCallOptions(req: ModelRequest, defaults: CallDefaults = {}): SpecCallOptions {
  const opts: SpecCallOptions = { prompt: toPrompt(req.messages, defaults.memory) };
  if (req.maxTokens !== undefined) opts.maxOutputTokens = req.maxTokens;
  if (req.temperature !== undefined) opts.temperature = req.temperature;
  if (req.topP !== undefined) opts.topP = req.topP;
  if (req.stop?.length) opts.stopSequences = req.stop;
  if (req.tools?.length) {
    opts.tools = req.tools.map((t) => ({
      type: 'function' as const,
      name: t.name,
      description: t.description,
      inputSchema: { type: 'object', ...t.parameters } as SpecInputSchema,
    }));
    opts.toolChoice = { type: req.toolChoice ?? 'auto' };
  }
  if (req.responseFormat?.type === 'json') {
    const { schema, name } = req.responseFormat;
    opts.responseFormat = {
      type: 'json',
      ...(schema ? { schema: schema as SpecInputSchema } : {}),
      ...(name ? { name } : {}),
    };
  }
  if (req.signal) opts.abortSignal = req.signal;
  if (defaults.providerOptions)
    opts.providerOptions = defaults.providerOptions as SpecCallOptions['providerOptions'];
  return opts;
}

type SpecInputSchema = NonNullable<Extract<SpecCallOptions['responseFormat'], { type: 'json' }>['schema']>;

/**
 * Our messages as the specification's prompt. System text is joined into one leading system message (several
 * packages refuse one later in the conversation), and consecutive tool results become one tool message, as
 * Gemini wants every answer to a turn's calls together.
 */
export function toPrompt(messages: Message[], memory?: ToolCallMemory): SpecMessage[] {
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content);
  const out: SpecMessage[] = system.length ? [{ role: 'system', content: system.join('\n\n') }] : [];
  for (const m of messages) {
    if (m.role === 'user') out.push({ role: 'user', content: [{ type: 'text', text: m.content }] });
    else if (m.role === 'assistant') out.push({ role: 'assistant', content: assistantParts(m, memory) });
    else if (m.role === 'tool') pushToolResult(out, toolResult(m));
  }
  return out;
}

function assistantParts(
  m: Extract<Message, { role: 'assistant' }>,
  memory?: ToolCallMemory,
): Part<'assistant'>[] {
  const parts: Part<'assistant'>[] = m.content ? [{ type: 'text', text: m.content }] : [];
  for (const c of m.toolCalls ?? []) {
    const metadata = memory?.recall(c.id);
    parts.push({
      type: 'tool-call',
      toolCallId: c.id,
      toolName: c.name,
      input: c.args,
      ...(metadata ? { providerOptions: metadata } : {}),
    });
  }
  return parts;
}

function toolResult(m: Extract<Message, { role: 'tool' }>): Part<'tool'> {
  return {
    type: 'tool-result',
    toolCallId: m.toolCallId,
    toolName: m.name,
    output: { type: 'text', value: m.content },
  };
}

function pushToolResult(out: SpecMessage[], part: Part<'tool'>): void {
  const last = out[out.length - 1];
  if (last?.role === 'tool') last.content.push(part);
  else out.push({ role: 'tool', content: [part] });
}
