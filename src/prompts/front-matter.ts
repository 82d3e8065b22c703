/**
 * @module The front-matter of a .prompt file, validated with the same error quality as tandem.yaml.
 */
import { z } from 'zod';
import { type FieldPath, issuesToError, parseYamlSource, TandemError } from '../core/index.js';

// Dotprompt's fields; unknown top-level fields are rejected so typos surface (namespaced `ext` keys like
// `tandem.owner` stay allowed, as the format reserves dotted keys for extensions).
const frontMatterFields = z.object({
  name: z.string().optional(),
  description: z.string().optional(),
  variant: z.string().optional(),
  version: z.string().optional(),
  model: z.string().optional().describe('A route or provider, or provider/model'),
  config: z
    .object({
      temperature: z.number().min(0).max(2).optional(),
      maxOutputTokens: z.int().positive().optional(),
      topP: z.number().min(0).max(1).optional(),
      topK: z.int().positive().optional(),
      stopSequences: z.array(z.string()).optional(),
    })
    // A misspelt key (`temprature`) would otherwise be dropped and the model run with its default.
    .strict()
    .optional(),
  input: z
    .object({
      schema: z.union([z.record(z.string(), z.unknown()), z.string()]).optional(),
      default: z.record(z.string(), z.unknown()).optional(),
    })
    .strict()
    .optional(),
  output: z
    .object({
      format: z.enum(['text', 'json']).optional(),
      schema: z.union([z.record(z.string(), z.unknown()), z.string()]).optional(),
    })
    .strict()
    .optional(),
  tools: z.array(z.string()).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});

export const frontMatterSchema = frontMatterFields.catchall(z.unknown()).superRefine((fm, ctx) => {
  const unknown = Object.keys(fm).filter((k) => !(k in frontMatterFields.shape) && !k.includes('.'));
  if (unknown.length) ctx.addIssue({ code: 'unrecognized_keys', keys: unknown, path: [], input: fm });
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Splits a .prompt file into front-matter text and template, remembering the template's first line. */
export function splitPromptSource(source: string): {
  frontMatter: string;
  template: string;
  templateLine: number;
} {
  const m = source.match(/^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/);
  if (!m) return { frontMatter: '', template: source, templateLine: 1 };
  return {
    frontMatter: m[1]!,
    template: source.slice(m[0].length),
    templateLine: m[0].split('\n').length,
  };
}

/** Parses and validates front-matter text; errors point at the .prompt file's line. */
export function parseFrontMatter(text: string, file: string): FrontMatter {
  if (!text.trim()) return {};
  // Line 1 of the front-matter is line 2 of the file (after the opening ---).
  const source = parseYamlSource(text, file, 'PROMPT_INVALID', 1);
  const value = source.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new TandemError('PROMPT_INVALID', 'front-matter must be a mapping (model:, input:, output:…)', {
      where: { file, line: 2 },
    });
  }
  const parsed = frontMatterSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const err = issuesToError(
      parsed.error.issues,
      (p: FieldPath) => source.locate(p),
      'PROMPT_INVALID',
      frontMatterFields,
    );
    throw withPromptHint(err);
  }
  return parsed.data;
}

function withPromptHint(err: TandemError): TandemError {
  if (err.hint) return err;
  return new TandemError(err.code, err.message, {
    where: err.where,
    related: err.related,
    hint: 'Front-matter fields: model, config, input.schema, input.default, output.format, output.schema, tools.',
  });
}
