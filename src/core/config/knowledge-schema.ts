/**
 * @module The `knowledge:` section of tandem.yaml: where documents come from, how they are read, chunked,
 * embedded and retrieved; and how an app uses a knowledge base.
 */
import { z } from 'zod';

const name = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'use letters, digits, "-", "_" or "." (no spaces, no "/" or ":")');
const fieldList = z.union([z.string(), z.array(z.string()).min(1)]);

export const retrievalModes = ['bm25', 'vector', 'hybrid'] as const;

// "2027-03-12", a day the calendar has (not "2027-02-30").
function isCalendarDay(text: string): boolean {
  const m = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.getUTCMonth() === Number(m[2]) - 1 && day.getUTCDate() === Number(m[3]);
}

/** Metadata equality filters: `{ category: billing }` or `{ category: [billing, account] }`. */
export const filterSchema = z
  .record(
    z.string(),
    z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]),
  )
  .describe('Keep chunks whose document metadata equals the value (or one of the listed values)');

export const retrievalSchema = z
  .object({
    mode: z.enum(retrievalModes).optional().describe('Default: hybrid with an embedder, else bm25'),
    k: z.int().min(1).max(100).default(5).describe('Chunks given to the prompt'),
    candidates: z
      .int()
      .min(1)
      .max(1000)
      .default(50)
      .describe('Chunks each retriever returns before fusion, MMR and rerank'),
    mmr: z
      .union([z.literal(false), z.number().min(0).max(1)])
      .default(false)
      .describe('Maximal marginal relevance: the λ trading relevance (1) against diversity (0), or false'),
    minScore: z.number().min(0).optional().describe('Drop chunks scoring below this (mode-specific scale)'),
    superseded: z
      .enum(['demote', 'filter', 'keep'])
      .default('demote')
      .describe(
        'Passages of superseded documents: ranked below current ones (demote), left out, or kept as scored; drafts are ranked below unless kept',
      ),
    rerank: z
      .object({
        route: name.describe('A route or provider that scores relevance'),
        candidates: z.int().min(1).max(100).default(20),
      })
      .strict()
      .optional(),
    rewrite: z
      .object({
        module: z.string().min(1).describe('TS/JS module: export default (query) => string | string[]'),
      })
      .strict()
      .optional()
      .describe('Rewrite or expand the query before searching'),
    filter: filterSchema.optional(),
    lexicalEngine: z
      .enum(['memory', 'fts5'])
      .default('memory')
      .describe(
        "memory: BM25 on an in-memory index (fast, saved in the store); fts5: SQLite FTS5's bm25() (holds no memory)",
      ),
    fieldWeights: z
      .object({
        title: z.number().min(0).max(100).default(1).describe("The document's title"),
        headings: z.number().min(0).max(100).default(1).describe('The headings above the chunk'),
        text: z.number().min(0).max(100).default(1).describe("The chunk's own text"),
      })
      .strict()
      .refine((w) => w.title + w.headings + w.text > 0, {
        message: 'at least one field weight must be above 0',
        params: {
          hint: 'leave fieldWeights out for 1 each, or give title, headings or text a weight above 0',
        },
      })
      .optional()
      .describe('How much a word counts in each field for BM25 (both engines); 1 each unless set'),
    expansion: z
      .union([
        z.literal([false, 'rm3']),
        z
          .object({
            method: z.literal('rm3'),
            fbDocs: z.int().min(1).max(100).default(10).describe('First results read for terms'),
            fbTerms: z.int().min(1).max(100).default(10).describe('Terms taken from each, and kept in all'),
            originalWeight: z
              .number()
              .min(0)
              .max(1)
              .default(0.5)
              .describe("The original query's share of the weight"),
          })
          .strict(),
      ])
      .default(false)
      .describe(
        'Query expansion on the lexical side by pseudo-relevance feedback: rm3 (fbDocs 10, fbTerms 10, originalWeight 0.5, as Anserini), or false',
      ),
    stemming: z
      .enum(['porter', 'derivational'])
      .default('derivational')
      .describe(
        'porter: Porter stems; derivational: Porter stems, and a word meets the words derived from it (Austria/Austrian, employ/employee/employment)',
      ),
  })
  .strict();

export const knowledgeBaseSchema = z
  .object({
    sources: fieldList.describe('Globs relative to the project, e.g. knowledge/**/*.md'),
    exclude: z.array(z.string()).default([]),
    json: z
      .object({
        text: fieldList.describe('Field(s) holding the text'),
        title: z.string().optional(),
        id: z.string().optional().describe('Field giving a stable document id'),
        metadata: z.array(z.string()).default([]),
      })
      .strict()
      .optional()
      .describe('Field mapping for .json (an array of objects) and .jsonl files'),
    csv: z
      .object({
        mode: z
          .enum(['row', 'document'])
          .default('row')
          .describe('row: each row is a document; document: the whole table is one'),
        text: fieldList.optional().describe('Column(s) holding the text (row mode; default: all columns)'),
        title: z.string().optional(),
        id: z.string().optional(),
        metadata: z.array(z.string()).default([]),
        delimiter: z.string().length(1).optional(),
      })
      .strict()
      .optional(),
    asOf: z
      .preprocess(
        (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
        z.string().refine(isCalendarDay, {
          message: 'expected a day written YYYY-MM-DD',
          params: { hint: 'write the day the dates are judged on, e.g. asOf: 2027-03-12' },
        }),
      )
      .optional()
      .describe(
        'Judge the dates documents give ("effective until 31 March 2026") as of this day (YYYY-MM-DD), not today: for tests and benchmarks that must not change with the calendar',
      ),
    judgeByContent: z
      .boolean()
      .optional()
      .describe(
        'Judge a dated document superseded when a later file says most of what it says, though neither names the other (default true; false: judge only by what documents declare, their names, titles and versions)',
      ),
    chunking: z
      .object({
        size: z
          .int()
          .min(32)
          .max(8192)
          .default(300)
          .describe('Target chunk size in tokens (≈ 4 characters each)'),
        overlap: z
          .int()
          .min(0)
          .max(1024)
          .optional()
          .describe(
            'Tokens repeated from the end of the previous chunk (default 40, or a quarter of a smaller size)',
          ),
      })
      .strict()
      // The default overlap fits the size given: `{ size: 32 }` alone is a valid small chunk, not an error about
      // an overlap the user never wrote.
      .transform((c) => ({ size: c.size, overlap: c.overlap ?? Math.min(40, Math.floor(c.size / 4)) }))
      // An overlap as long as the chunk would repeat whole chunks: every chunk would start where the last began.
      .refine((c) => c.overlap < c.size, {
        message: 'overlap must be smaller than size',
        path: ['overlap'],
        params: {
          hint: 'overlap is how many tokens of a chunk repeat from the previous one: e.g. size 300, overlap 40',
        },
      })
      .default({ size: 300, overlap: 40 }),
    embedder: z
      .union([
        name,
        z
          .object({
            provider: name.describe(
              'A provider with embeddings (openai type) or a script provider with embed()',
            ),
            model: z.string().optional(),
            batchSize: z.int().min(1).max(2048).default(64),
          })
          .strict(),
      ])
      .optional()
      .describe('Without one, retrieval is BM25 only'),
    retrieval: retrievalSchema.default({
      k: 5,
      candidates: 50,
      mmr: false,
      lexicalEngine: 'memory',
      stemming: 'derivational',
      expansion: false,
      superseded: 'demote',
    }),
  })
  .strict();

export const appKnowledgeSchema = z.union([
  name.describe('A knowledge base name'),
  z
    .object({
      base: name,
      query: z
        .string()
        .optional()
        .describe("Input variable holding the query (default: the prompt's first required input)"),
      k: z.int().min(1).max(100).optional(),
      mode: z.enum(retrievalModes).optional(),
      filter: filterSchema.optional(),
    })
    .strict(),
]);

export type KnowledgeBaseConfig = z.infer<typeof knowledgeBaseSchema>;
export type RetrievalConfig = z.infer<typeof retrievalSchema>;
export type AppKnowledgeConfig = z.infer<typeof appKnowledgeSchema>;
export type RetrievalMode = (typeof retrievalModes)[number];
export type MetadataFilter = z.infer<typeof filterSchema>;
