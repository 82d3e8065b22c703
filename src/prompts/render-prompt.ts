/**
 * @module Renders a prompt with the `dotprompt` package: defaults, input validation, partials, role markers,
 * history; returns our Message list and the request settings the front-matter asks for.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { type Message as DotMessage, Dotprompt, type PromptFunction } from 'dotprompt';
import type Handlebars from 'handlebars';
import type { JsonSchema, Message, ModelRequest } from '../core/index.js';
import { TandemError } from '../core/index.js';
import { describeAjvErrors, toJsonSchema } from './input-schema.js';
import type { PromptFile } from './prompt-file.js';

export interface RenderedPrompt {
  messages: Message[];
  /** The front-matter's model: a route or provider name, or provider/model. */
  model?: string;
  /** Sampling settings from the front-matter's config. */
  settings: Pick<ModelRequest, 'temperature' | 'maxTokens' | 'topP' | 'stop'>;
  output: { format: 'text' | 'json'; schema?: JsonSchema };
  /** Tool names the prompt declares. */
  tools: string[];
  /** The input after defaults and type coercion. */
  input: Record<string, unknown>;
}

export interface RenderOptions {
  /** Resolves `{{> name}}` to partial source, or null when there is none. */
  partial: (name: string) => string | null | Promise<string | null>;
  /** Earlier conversation turns, placed at `{{history}}` or before the last user turn. */
  history?: Message[];
  /**
   * Variables tandem supplies (retrieved `context`, `documents`, the answerability verdict `grounded` and
   * `grounding`): not part of the input schema.
   */
  extra?: Record<string, unknown>;
  /** Compiled templates by prompt version, kept by the library so a template is compiled once, not per render. */
  compiled?: Map<string, Promise<PromptFunction>>;
}

// Coercion lets `--var count=3` satisfy `count: integer`.
// verbose: an error carries the schema it broke (a misspelt input is told the one it was meant to be).
const inputAjv = new Ajv({
  allErrors: true,
  strict: false,
  coerceTypes: true,
  useDefaults: true,
  verbose: true,
});

/**
 * Throws INPUT_INVALID when `vars` (with the prompt's defaults) do not match its input schema; changes
 * nothing. An app checks before anything else runs, so a misspelt input is reported as such rather than
 * judged by a guardrail.
 */
export async function checkPromptInput(prompt: PromptFile, vars: Record<string, unknown>): Promise<void> {
  const { inputSchema } = await schemasOf(prompt);
  if (inputSchema) requireText(prompt, inputSchema, vars);
  if (inputSchema)
    validateInput(
      prompt,
      inputSchema,
      structuredClone({ ...(prompt.frontMatter.input?.default ?? {}), ...vars }),
    );
}

/** Renders `prompt` with `vars`. Throws INPUT_INVALID when vars do not match the input schema. */
export async function renderPrompt(
  prompt: PromptFile,
  vars: Record<string, unknown>,
  opts: RenderOptions,
): Promise<RenderedPrompt> {
  const fm = prompt.frontMatter;
  const input: Record<string, unknown> = { ...(fm.input?.default ?? {}), ...vars };
  const { inputSchema, outputSchema } = await schemasOf(prompt);
  if (inputSchema) validateInput(prompt, inputSchema, input);

  let rendered: Awaited<ReturnType<Dotprompt['render']>>;
  try {
    const render = await compiledTemplate(prompt, opts);
    rendered = await render(
      // `grounded` is true unless retrieval judged otherwise: a prompt's `{{#unless grounded}}` warning stays
      // silent where nothing was retrieved to judge (an app without a knowledge base, a render on its own).
      {
        input: { grounded: true, ...input, ...opts.extra },
        messages: (opts.history ?? []).map(toDotMessage),
      },
      {},
    );
  } catch (err) {
    const message = (err as Error).message;
    const partial = message.match(/The partial (\S+) could not be found/)?.[1];
    throw new TandemError(
      'PROMPT_INVALID',
      partial ? `partial "${partial}" not found` : message.split('\n')[0]!,
      {
        where: { file: prompt.origin, line: prompt.templateLine },
        hint: partial ? `Create prompts/_${partial}.prompt (partials start with an underscore).` : undefined,
        cause: err,
      },
    );
  }
  const messages = rendered.messages.flatMap(fromDotMessage);
  if (!messages.length) {
    throw new TandemError('PROMPT_INVALID', 'the prompt rendered to no messages', {
      where: { file: prompt.origin, line: prompt.templateLine },
      hint: 'Write the prompt text after the front-matter.',
    });
  }
  const cfg = fm.config ?? {};
  const settings: RenderedPrompt['settings'] = {};
  if (cfg.temperature !== undefined) settings.temperature = cfg.temperature;
  if (cfg.maxOutputTokens !== undefined) settings.maxTokens = cfg.maxOutputTokens;
  if (cfg.topP !== undefined) settings.topP = cfg.topP;
  if (cfg.stopSequences?.length) settings.stop = cfg.stopSequences;
  return {
    messages,
    ...(fm.model ? { model: fm.model } : {}),
    settings,
    output: {
      format: fm.output?.format ?? (outputSchema ? 'json' : 'text'),
      ...(outputSchema ? { schema: outputSchema } : {}),
    },
    tools: fm.tools ?? [],
    input,
  };
}

// Schemas are converted and compiled once per prompt version, not on every render.
const schemaCache = new Map<string, Promise<{ inputSchema?: JsonSchema; outputSchema?: JsonSchema }>>();
const validators = new Map<string, ValidateFunction>();

function schemasOf(prompt: PromptFile) {
  let found = schemaCache.get(prompt.version);
  if (!found) {
    found = (async () => ({
      inputSchema: await toJsonSchema(prompt.frontMatter.input?.schema, prompt.origin, 'input.schema'),
      outputSchema: await toJsonSchema(prompt.frontMatter.output?.schema, prompt.origin, 'output.schema'),
    }))();
    schemaCache.set(prompt.version, found);
    found.catch(() => schemaCache.delete(prompt.version));
  }
  return found;
}

function compiledTemplate(prompt: PromptFile, opts: RenderOptions): Promise<PromptFunction> {
  const cached = opts.compiled?.get(prompt.version);
  if (cached) return cached;
  const made = isolatedDotprompt(opts.partial).compile(prompt.template);
  if (opts.compiled) {
    opts.compiled.set(prompt.version, made);
    made.catch(() => opts.compiled?.delete(prompt.version));
  }
  return made;
}

type HandlebarsEnv = ReturnType<typeof Handlebars.create>;

// dotprompt registers partials on the Handlebars environment its constructor takes, which is the module's one
// shared instance; a partial registered once would then serve every later prompt, whatever its version says.
// Each compiled prompt gets its own environment (with dotprompt's helpers), so versions of a partial never mix.
function isolatedDotprompt(partialResolver: RenderOptions['partial']): Dotprompt {
  const dotprompt = new Dotprompt({ partialResolver });
  const internals = dotprompt as unknown as { handlebars: HandlebarsEnv };
  const own = Object.assign(internals.handlebars.create(), { Visitor: internals.handlebars.Visitor });
  for (const [name, helper] of Object.entries(internals.handlebars.helpers)) own.registerHelper(name, helper);
  internals.handlebars = own;
  return dotprompt;
}

// The input a user's message fills (the prompt's first required one) given as nothing but spaces ("", "   ", an
// empty chat message) is a slip, not a question: the same error on every path (the CLI's --var, a chat message
// over HTTP, an eval case), before any guardrail or model. Other inputs may be blank ("notes: ''").
function requireText(prompt: PromptFile, schema: JsonSchema, vars: Record<string, unknown>): void {
  const asked = ((schema.required as string[] | undefined) ?? [])[0];
  const value = asked === undefined ? undefined : vars[asked];
  const empty =
    typeof value === 'string' && !value.replace(/\s|\u200b|\u200c|\u200d|\ufeff/g, '') ? asked : undefined;
  if (empty === undefined) return;
  throw new TandemError('INPUT_INVALID', `input "${empty}" of prompt "${prompt.name}" is empty`, {
    where: { file: prompt.origin, path: `input.schema.${empty}` },
    hint: `give it some text: ${empty} holds no text, or only spaces`,
  });
}

function validateInput(prompt: PromptFile, schema: JsonSchema, input: Record<string, unknown>): void {
  let validate = validators.get(prompt.version);
  if (!validate) {
    validate = inputAjv.compile(schema);
    validators.set(prompt.version, validate);
  }
  if (validate(input)) return;
  const problems = describeAjvErrors(validate.errors, input);
  const props = Object.keys((schema.properties as object | undefined) ?? {});
  const required = new Set((schema.required as string[] | undefined) ?? []);
  throw new TandemError(
    'INPUT_INVALID',
    `input for prompt "${prompt.name}" is invalid: ${problems.join('; ')}`,
    {
      where: { file: prompt.origin, path: 'input.schema' },
      hint: props.length
        ? `expected inputs: ${props.map((p) => (required.has(p) ? p : `${p}?`)).join(', ')} (pass them with --var name=value)`
        : 'this prompt takes no inputs',
    },
  );
}

function toDotMessage(m: Message): DotMessage {
  const role = m.role === 'assistant' ? 'model' : m.role;
  return { role, content: [{ text: m.content }] };
}

function fromDotMessage(m: DotMessage): Message[] {
  const text = m.content
    .map((p) =>
      'text' in p && typeof p.text === 'string'
        ? p.text
        : 'media' in p && p.media
          ? `[media: ${p.media.url}]`
          : '',
    )
    .join('')
    .trim();
  if (!text) return [];
  if (m.role === 'model') return [{ role: 'assistant', content: text }];
  if (m.role === 'tool') return [{ role: 'user', content: text }];
  return [{ role: m.role, content: text }];
}
