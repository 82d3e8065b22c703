/**
 * @module The format of a suite file (tests/*.yaml): cases, assertions, defaults, thresholds, variants and
 * datasets, validated with the same error quality as tandem.yaml.
 */
import { z } from 'zod';
import {
  ASSERTION_SHAPES,
  type AssertionSpec,
  type AssertionType,
  assertionSchema,
  MODEL_GRADED_TYPES,
} from './assertion-schema.js';

export {
  ASSERTION_TYPES,
  type AssertionSpec,
  type AssertionType,
  assertionSchema,
  MODEL_GRADED_TYPES,
} from './assertion-schema.js';

const varsSchema = z.record(z.string(), z.unknown());
const tags = z.array(z.string()).default([]);

export const caseSchema = z
  .object({
    name: z.string().optional(),
    description: z.string().optional(),
    vars: varsSchema.default({}),
    history: z
      .array(z.object({ role: z.enum(['user', 'assistant']), content: z.string().min(1) }).strict())
      .optional()
      .describe("The conversation before the case's question (a follow-up is tested with what it follows)"),
    expected: z
      .string()
      .optional()
      .describe('The right answer, for factuality, similar, levenshtein, rouge-l, bleu'),
    sources: z
      .array(z.string())
      .optional()
      .describe('Document ids or paths a good retrieval finds (RAG assertions)'),
    assert: z.array(assertionSchema).default([]),
    tags,
    repeat: z.int().min(1).max(100).optional(),
  })
  .strict();

export type CaseSpec = z.infer<typeof caseSchema>;

export const variantSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'use letters, digits, "-", "_" or "."'),
    prompt: z.string().optional().describe('Prompt name, name@label, name@version, or a .prompt file path'),
    route: z.string().optional().describe('Route or provider to answer with'),
    knowledge: z
      .object({
        k: z.int().min(1).max(100).optional(),
        mode: z.enum(['bm25', 'vector', 'hybrid']).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type VariantSpec = z.infer<typeof variantSchema>;

// The types (and their not- forms) that require a `value`: a dataset cell can be that value.
const VALUE_TYPES = ASSERTION_SHAPES.filter((s) => {
  const value = (s.shape as Record<string, z.ZodType | undefined>).value;
  return value !== undefined && !value.safeParse(undefined).success;
}).flatMap((s) => s.shape.type.options) as [AssertionType, ...AssertionType[]];

// A rubric for a type the judge does not grade would be ignored: `refusal` became offline, `llm-refusal` asks.
const judgePrompts = z.record(z.string(), z.string()).superRefine((prompts, ctx) => {
  for (const type of Object.keys(prompts)) {
    if ((MODEL_GRADED_TYPES as readonly string[]).includes(type)) continue;
    ctx.addIssue({
      code: 'custom',
      path: [type],
      message: `the judge grades no "${type}"`,
      params: {
        hint:
          type === 'refusal'
            ? 'refusal is checked offline now; the judge-graded one is llm-refusal (prompts: { llm-refusal: … })'
            : `judge prompts are for ${MODEL_GRADED_TYPES.join(', ')}`,
      },
    });
  }
});

export const datasetSchema = z
  .object({
    file: z.string().describe('A .jsonl or .csv file, relative to the suite file'),
    vars: z
      .record(z.string(), z.string())
      .optional()
      .describe('Variable name → column (default: every column is a variable)'),
    expected: z.string().optional().describe('Column holding the expected answer'),
    sources: z
      .string()
      .optional()
      .describe('Column holding expected source ids (a list, or text separated by |)'),
    name: z.string().optional().describe('Column naming the case'),
    tags: z.string().optional().describe('Column holding tags (a list, or text separated by |)'),
    assert: z.array(assertionSchema).default([]).describe('Assertions of every row'),
    assertColumn: z
      .string()
      .optional()
      .describe("Column holding the row's own assertions: a list of them (JSON text in a CSV cell)"),
    assertColumns: z
      .record(z.string(), z.enum(VALUE_TYPES))
      .optional()
      .describe('Column → assertion type: the cell is its value, e.g. { must_say: icontains }'),
  })
  .strict();

export type DatasetSpec = z.infer<typeof datasetSchema>;

export const suiteSchema = z
  .object({
    description: z.string().optional(),
    app: z.string().optional().describe('The app to test (from tandem.yaml)'),
    prompt: z.string().optional().describe('Or a prompt to test on its own'),
    defaults: z
      .object({
        vars: varsSchema.default({}),
        assert: z.array(assertionSchema).default([]),
        repeat: z.int().min(1).max(100).default(1),
        tags,
      })
      .strict()
      .default({ vars: {}, assert: [], repeat: 1, tags: [] }),
    thresholds: z
      .object({
        passRate: z.number().min(0).max(1).optional().describe('Minimum share of passing cases'),
        passRateLowerBound: z
          .number()
          .min(0)
          .max(1)
          .optional()
          .describe('Minimum of the 95% interval’s lower bound: a lucky run cannot pass'),
        metrics: z
          .record(z.string(), z.number().min(0).max(1))
          .optional()
          .describe('Minimum mean score per metric'),
        maxErrors: z.int().min(0).optional().describe('Most checks that may end in error (default: any)'),
        allowFailures: z
          .boolean()
          .optional()
          .describe(
            'With no other threshold, --ci fails on any case that does not pass; true lets such a suite report without gating',
          ),
      })
      .strict()
      .default({}),
    judge: z
      .object({
        route: z.string().describe('Route or provider that grades model-graded assertions'),
        prompts: judgePrompts.optional(),
      })
      .strict()
      .optional(),
    embedder: z.string().optional().describe('Provider for `similar` (embeddings)'),
    variants: z.array(variantSchema).optional(),
    cases: z.array(caseSchema).default([]),
    dataset: datasetSchema.optional(),
  })
  .strict()
  .superRefine(checkNeeds)
  .superRefine((s, ctx) => {
    if (!s.app && !s.prompt)
      ctx.addIssue({
        code: 'custom',
        path: ['app'],
        message: 'a suite needs app: or prompt:',
        params: { hint: 'app: assistant   # an app from tandem.yaml' },
      });
    if (s.app && s.prompt)
      ctx.addIssue({
        code: 'custom',
        path: ['prompt'],
        message: 'give app: or prompt:, not both',
        params: { hint: 'variants: can change the prompt of an app' },
      });
    if (!s.cases.length && !s.dataset)
      ctx.addIssue({
        code: 'custom',
        path: ['cases'],
        message: 'a suite needs cases: or a dataset:',
        params: { hint: 'cases:\n  - vars: { question: … }\n    assert: [{ type: contains, value: … }]' },
      });
    const names = new Set<string>();
    s.variants?.forEach((v, i) => {
      if (names.has(v.name))
        ctx.addIssue({
          code: 'custom',
          path: ['variants', i, 'name'],
          message: `two variants are named "${v.name}"`,
          params: { hint: 'variant names must be unique' },
        });
      names.add(v.name);
    });
  });

export type SuiteSpec = z.infer<typeof suiteSchema>;

type SuiteFields = { judge?: unknown; embedder?: string; defaults: { assert: AssertionSpec[] } } & {
  cases: Array<{ assert: AssertionSpec[] }>;
  dataset?: { assert: AssertionSpec[] };
};

// A model-graded check needs the suite's judge, `similar` its embedder: said at the first check that needs one.
function checkNeeds(s: SuiteFields, ctx: z.RefinementCtx): void {
  const lists: Lists = [
    [['defaults', 'assert'], s.defaults?.assert ?? []],
    ...(s.cases ?? []).map((c, i): [(string | number)[], AssertionSpec[]] => [
      ['cases', i, 'assert'],
      c?.assert ?? [],
    ]),
    ...(s.dataset
      ? [[['dataset', 'assert'], s.dataset.assert ?? []] as [(string | number)[], AssertionSpec[]]]
      : []),
  ];
  addUnmetNeeds(lists, { judge: Boolean(s.judge), embedder: Boolean(s.embedder) }, ctx);
}

type Lists = Array<[(string | number)[], AssertionSpec[]]>;

function addUnmetNeeds(lists: Lists, has: SuiteHas, ctx: z.RefinementCtx): void {
  const at = (need: (type: string) => boolean) =>
    lists.flatMap(([path, list]) =>
      list.flatMap((a, j) =>
        need(a.type.replace(/^not-/, '')) ? [{ path: [...path, j, 'type'], type: a.type }] : [],
      ),
    )[0];
  const graded = has.judge ? undefined : at((t) => (MODEL_GRADED_TYPES as readonly string[]).includes(t));
  if (graded)
    ctx.addIssue({
      code: 'custom',
      path: graded.path,
      message: `${graded.type} needs a judge, and the suite names none`,
      params: {
        hint: 'add judge: { route: <route or provider> } to the suite; the rubric prompts are in templates/judges/',
      },
    });
  const similar = has.embedder ? undefined : at((t) => t === 'similar');
  if (similar)
    ctx.addIssue({
      code: 'custom',
      path: similar.path,
      message: `${similar.type} needs an embedder, and the suite names none`,
      params: { hint: 'add embedder: <provider with embeddings> to the suite' },
    });
}

/** What a suite names that some assertions need. */
export interface SuiteHas {
  judge: boolean;
  embedder: boolean;
}

/**
 * A dataset row's own assertions, `{ assert: [...] }`: the same shapes as a suite's, and the same errors when
 * one needs a judge or an embedder the suite does not name.
 */
export function rowAssertionsSchema(has: SuiteHas) {
  // Built once per kind of suite: building a zod schema per row made a 5,000-row dataset allocate ~40 MB.
  const key = `${has.judge}:${has.embedder}`;
  const schema = rowSchemas.get(key) ?? makeRowSchema(has);
  rowSchemas.set(key, schema);
  return schema;
}

function makeRowSchema(has: SuiteHas) {
  return z
    .object({ assert: z.array(assertionSchema) })
    .superRefine((row, ctx) => addUnmetNeeds([[['assert'], row.assert]], has, ctx));
}

const rowSchemas = new Map<string, ReturnType<typeof makeRowSchema>>();
