/**
 * @module The assertions a suite may write, one strict zod shape per type joined in a union on `type`, so a
 * wrong value, a missing field, a score out of range or an unknown field is reported when the suite loads,
 * at its line, with an example of the right form.
 */
import { z } from 'zod';
import { compilePattern } from './assertions/pattern.js';

const text = z.union([z.string(), z.number()]);
const textList = z.array(text).min(1);
const score = z.number().min(0).max(1);
const atMost = (what: string) => z.number().min(0).optional().describe(what);
const reference = z.string().optional().describe("Reference text (default: the case's expected answer)");
const sources = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .describe("Expected source ids or paths (default: the case's sources)");
const passAt = (by: string) => score.optional().describe(`Pass when the score reaches it (default ${by})`);

const pattern = text.superRefine((v, ctx) => {
  try {
    compilePattern(String(v));
  } catch (err) {
    ctx.addIssue({
      code: 'custom',
      message: `invalid regular expression ${JSON.stringify(String(v))}: ${(err as Error).message}`,
      params: { hint: 'write /pattern/flags, e.g. value: "/refund(s)?/i"' },
    });
  }
});

// Fields every assertion may have.
const common = {
  weight: z.number().min(0).default(1).describe('Weight in the case score'),
  metric: z.string().optional().describe('Name under which the score is reported (default: the type)'),
};

/** One assertion type: its fields, and an example of the right form (the hint when a suite gets it wrong). */
function shape<T extends string, S extends z.ZodRawShape>(type: T, usage: string, fields: S) {
  return z
    .object({
      type: z.enum([type, `not-${type}`] as [T, `not-${T}`]).describe(`${type}, or not-${type} to negate`),
      ...fields,
      ...common,
    })
    .strict()
    .meta({ description: usage });
}

// A budget or a size needs one bound at least.
function needsOneOf<T extends z.ZodObject>(schema: T, fields: string[]): T {
  return schema.superRefine((spec, ctx) => {
    if (fields.some((f) => (spec as Record<string, unknown>)[f] !== undefined)) return;
    const type = String((spec as { type: unknown }).type);
    ctx.addIssue({
      code: 'custom',
      message: `${type} needs ${fields.map((f) => `${f}:`).join(' or ')}`,
    });
  }) as T;
}

const budget = <T extends string>(type: T, unit: string, example: number) => {
  const usage = `{ type: ${type}, threshold: ${example} }   # the most ${unit} allowed`;
  return needsOneOf(
    shape(type, usage, {
      threshold: atMost(`The most ${unit} allowed`),
      max: atMost(`The most ${unit} allowed (same as threshold)`),
    }),
    ['threshold', 'max'],
  );
};

const size = <T extends string>(type: T, unit: string) => {
  const usage = `{ type: ${type}, max: 120 }   # min: and/or max: ${unit}`;
  return needsOneOf(shape(type, usage, { min: atMost(`Fewest ${unit}`), max: atMost(`Most ${unit}`) }), [
    'min',
    'max',
  ]);
};

const needle = <T extends string>(type: T) =>
  shape(type, `{ type: ${type}, value: refund }`, { value: text.describe('The text to look for') });
const needles = <T extends string>(type: T) =>
  shape(type, `{ type: ${type}, value: [refund, "5 days"] }`, {
    value: textList.describe('The texts to look for (a list)'),
  });
const graded = <T extends string>(type: T) => shape(type, `{ type: ${type} }`, {});
const ranked = <T extends string>(type: T, by: number) =>
  shape(type, `{ type: ${type}, k: 3 }`, {
    value: sources,
    k: z.int().positive().optional().describe('How many retrieved passages count (default 5)'),
    threshold: passAt(String(by)),
  });

/** Every assertion shape, in the order of the docs. */
export const ASSERTION_SHAPES = [
  shape('equals', '{ type: equals, value: "Yes" }   # or a mapping/list to compare JSON', {
    value: z
      .union([text, z.record(z.string(), z.unknown()), z.array(z.unknown())])
      .describe('The whole answer: text, or JSON to compare with'),
  }),
  needle('contains'),
  needle('icontains'),
  needles('contains-any'),
  needles('icontains-any'),
  needles('contains-all'),
  needles('icontains-all'),
  needle('starts-with'),
  shape('regex', '{ type: regex, value: "/refund(s)?/i" }', { value: pattern.describe('/pattern/flags') }),
  shape('is-json', '{ type: is-json }', {}),
  shape('json-schema', '{ type: json-schema, value: { type: object, required: [answer] } }', {
    value: z.record(z.string(), z.unknown()).describe('A JSON Schema the answer must match'),
  }),
  shape('javascript', '{ type: javascript, value: "output.length < 200" }', {
    value: z.string().min(1).describe('An expression over output, vars, expected, result'),
    threshold: z.number().optional().describe('A numeric result passes at or above it (default 0.5)'),
  }),
  shape('script', '{ type: script, value: checks/polite.ts }', {
    value: z.string().min(1).describe('A TS/JS module exporting default (ctx) => boolean | number | verdict'),
    threshold: z.number().optional().describe('A numeric result passes at or above it (default 0.5)'),
  }),
  shape('levenshtein', '{ type: levenshtein, threshold: 5 }   # the most edits allowed', {
    value: reference,
    threshold: atMost('The most edits allowed (default 5)'),
  }),
  shape('rouge-l', '{ type: rouge-l, threshold: 0.5 }   # a score in 0..1', {
    value: reference,
    threshold: passAt('0.5'),
  }),
  shape('bleu', '{ type: bleu, threshold: 0.5 }   # a score in 0..1', {
    value: reference,
    threshold: passAt('0.5'),
  }),
  size('word-count', 'words'),
  size('length', 'characters'),
  budget('latency', 'milliseconds', 2000),
  budget('cost', 'USD', 0.01),
  budget('tokens', 'tokens', 1000),
  shape('tool-called', '{ type: tool-called, value: lookup_order, args: { id: 42 } }', {
    value: z.string().min(1).describe('The tool that must be called'),
    args: z.record(z.string(), z.unknown()).optional().describe('Arguments the call must include'),
  }),
  shape('similar', '{ type: similar, threshold: 0.8 }   # cosine similarity in 0..1', {
    value: reference,
    threshold: passAt('0.8'),
  }),
  shape('llm-rubric', '{ type: llm-rubric, value: "Answers politely and cites a source" }', {
    value: z.string().regex(/\S/, 'must not be empty').describe('The rubric the judge grades against'),
  }),
  shape('factuality', "{ type: factuality }   # against the case's expected:", { value: reference }),
  graded('answer-relevance'),
  graded('context-faithfulness'),
  graded('llm-refusal'),
  ranked('hit-at-k', 1),
  ranked('recall-at-k', 1),
  ranked('ndcg-at-k', 0.5),
  shape('mrr', '{ type: mrr, threshold: 0.5 }', { value: sources, threshold: passAt('0.5') }),
  shape('refusal', '{ type: refusal }   # the answer declines; offline (llm-refusal asks the judge)', {}),
  shape(
    'grounded',
    '{ type: grounded }   # retrieval found passages that can answer (not-grounded: they cannot)',
    {},
  ),
  shape('cites', "{ type: cites }   # cites one of the case's sources:", { value: sources }),
  shape('guardrail', '{ type: guardrail, value: "pii:redacted" }   # name or name:action', {
    value: z.string().min(1).describe('A guardrail name, or name:action (blocked, redacted…)'),
  }),
] as const;

/** One assertion of a case: a union of strict shapes on `type` (`not-<type>` negates). */
export const assertionSchema = z.discriminatedUnion('type', ASSERTION_SHAPES);

export type AssertionSpec = z.infer<typeof assertionSchema>;

/** The assertion types, without their `not-` forms. */
export const ASSERTION_TYPES = ASSERTION_SHAPES.map((s) => s.shape.type.options[0]) as AssertionType[];
export type AssertionType = (typeof ASSERTION_SHAPES)[number]['shape']['type']['options'][0];

/** The shape of an assertion type (with or without `not-`), if it exists. */
export function assertionShape(type: string): (typeof ASSERTION_SHAPES)[number] | undefined {
  const base = type.replace(/^not-/, '');
  return ASSERTION_SHAPES.find((s) => s.shape.type.options[0] === base);
}

/** The types a judge grades (a suite using one needs judge:). */
export const MODEL_GRADED_TYPES = [
  'llm-rubric',
  'factuality',
  'answer-relevance',
  'context-faithfulness',
  'llm-refusal',
] as const satisfies readonly AssertionType[];
