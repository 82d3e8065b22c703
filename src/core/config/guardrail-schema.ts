/**
 * @module The `guardrails:` section: checks on input, retrieved text and output, each with an on-fail
 * action. Declared once at the top level and referenced by name from apps, or inline in an app.
 */
import { z } from 'zod';
import { DEFAULT_PHONE_REGIONS, isPhoneRegion } from './phone-regions.js';

export const GUARDRAIL_CHECKS = [
  'pii',
  'injection',
  'length',
  'format',
  'citations',
  'banned',
  'topic',
  'language',
  'schema',
  'llm',
  'script',
  'grounded',
] as const;
export const GUARDRAIL_ACTIONS = ['block', 'redact', 'reask', 'fallback', 'warn'] as const;

export const guardrailSchema = z
  .object({
    check: z.enum(GUARDRAIL_CHECKS),
    on: z
      .enum(['input', 'retrieved', 'output'])
      .optional()
      .describe('Default: input for pii, injection and topic; retrieved for grounded; output otherwise'),
    action: z.enum(GUARDRAIL_ACTIONS).default('block').describe('What happens when the check fails'),
    message: z.string().optional().describe('block: the refusal the user sees; fallback: a fixed answer'),
    fallback: z.string().optional().describe('fallback: a route or provider to answer instead'),
    retries: z.int().min(1).max(5).default(1).describe('reask: how many times to ask again with the failure'),
    threshold: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('injection, llm: the score at which the check fails (default 0.5)'),
    description: z
      .string()
      .optional()
      .describe('What the rule is for, in plain words (shown in the playbook)'),
    // check options
    kinds: z
      .array(z.enum(['email', 'phone', 'card', 'iban', 'ssn', 'ip', 'secret']))
      .optional()
      .describe('pii: which kinds (default all)'),
    regions: z
      .array(z.string())
      .min(1)
      .optional()
      .describe(
        `pii: regions (ISO 3166 codes) whose national phone formats are recognised (default ${DEFAULT_PHONE_REGIONS.join(' ')})`,
      ),
    country: z.string().optional().describe('pii: one region, short for regions: [country]'),
    min: z.int().min(0).optional().describe('length: fewest words'),
    max: z.int().min(1).optional().describe('length: most words'),
    format: z
      .enum(['json', 'plain'])
      .optional()
      .describe('format: json, or plain text without Markdown headings and tables'),
    phrases: z
      .array(z.string())
      .optional()
      .describe('banned: phrases that must not appear (case-insensitive)'),
    patterns: z.array(z.string()).optional().describe('banned: regular expressions that must not match'),
    unless: z
      .array(z.string())
      .optional()
      .describe(
        "citations: answers containing one of these need no citation (default: don't know, cannot help)",
      ),
    allow: z.array(z.string()).optional().describe('topic: at least one of these words must appear'),
    deny: z.array(z.string()).optional().describe('topic: none of these words may appear'),
    languages: z
      .array(z.string().length(3))
      .optional()
      .describe('language: ISO 639-3 codes allowed, e.g. [eng, nld]'),
    mode: z
      .enum(['local', 'llm', 'both'])
      .optional()
      .describe('injection: local (the built-in classifier, default), llm (a judge route) or both'),
    route: z.string().optional().describe('llm, and injection with mode llm or both: the route that judges'),
    rubric: z.string().optional().describe('llm: what the judge looks for, e.g. "medical advice"'),
    module: z
      .string()
      .optional()
      .describe('script: a TS/JS module: export default (text, ctx) => boolean | { pass, score, reason }'),
  })
  .strict()
  .superRefine((g, ctx) => {
    const need = (field: string, ok: boolean) => {
      if (!ok)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `${g.check} needs ${field}:`,
          params: { hint: `add ${field}: to this guardrail` },
        });
    };
    if (g.check === 'llm') {
      need('route', Boolean(g.route));
      need('rubric', Boolean(g.rubric));
    }
    if (g.check === 'script') need('module', Boolean(g.module));
    if (g.check === 'injection' && g.mode && g.mode !== 'local') need('route', Boolean(g.route));
    if (g.mode && g.check !== 'injection')
      ctx.addIssue({
        code: 'custom',
        path: ['mode'],
        message: `mode: is an option of the injection check, not of ${g.check}`,
        params: { hint: 'remove mode:, or use check: injection' },
      });
    checkPhoneRegions(g, ctx);
    checkGrounded(g, ctx);
    if (g.check === 'topic') need('allow', Boolean(g.allow?.length || g.deny?.length));
    if (g.check === 'banned') need('phrases', Boolean(g.phrases?.length || g.patterns?.length));
    if (g.check === 'language') need('languages', Boolean(g.languages?.length));
    if (g.action === 'redact' && !['pii', 'injection'].includes(g.check)) {
      ctx.addIssue({
        code: 'custom',
        path: ['action'],
        message: `redact works with pii and injection checks, not ${g.check}`,
        params: { hint: 'use block, reask, fallback or warn' },
      });
    }
    if (g.action === 'reask' && guardrailStage(g) !== 'output') {
      ctx.addIssue({
        code: 'custom',
        path: ['action'],
        message: 'reask only applies to output guardrails',
        params: { hint: 'use block, redact or warn on input' },
      });
    }
    if (g.action === 'fallback' && !g.fallback && !g.message) {
      ctx.addIssue({
        code: 'custom',
        path: ['fallback'],
        message: 'fallback needs a route (fallback:) or a fixed answer (message:)',
        params: { hint: 'fallback: default   # a route or provider' },
      });
    }
  });

export type GuardrailConfig = z.infer<typeof guardrailSchema>;

type RegionFields = { regions?: string[]; country?: string };

/** `regions:` and `country:` name regions libphonenumber-js knows, and only one of the two is given. */
function checkPhoneRegions(g: RegionFields, ctx: z.RefinementCtx): void {
  if (g.regions && g.country) {
    ctx.addIssue({
      code: 'custom',
      path: ['country'],
      message: 'give regions: or country:, not both',
      params: { hint: `put ${g.country} in the regions: list and remove country:` },
    });
  }
  const named: Array<[(string | number)[], string]> = [
    ...(g.regions ?? []).map((r, i): [(string | number)[], string] => [['regions', i], r]),
    ...(g.country === undefined ? [] : [[['country'], g.country] as [(string | number)[], string]]),
  ];
  for (const [path, code] of named) {
    if (isPhoneRegion(code)) continue;
    const upper = code.toUpperCase();
    ctx.addIssue({
      code: 'custom',
      path,
      message: `"${code}" is not a region libphonenumber-js knows`,
      params: {
        hint: isPhoneRegion(upper)
          ? `write region codes in capitals: ${upper}`
          : 'use a two-letter ISO 3166 code, e.g. US, GB, DE, FR, NL, ES, IT, BE',
      },
    });
  }
}
export type GuardrailStage = 'input' | 'retrieved' | 'output';

/** The stage a guardrail runs at (its `on:`, or the check's natural place). */
export function guardrailStage(g: Pick<GuardrailConfig, 'on' | 'check'>): GuardrailStage {
  if (g.on) return g.on;
  if (g.check === 'grounded') return 'retrieved';
  return ['pii', 'injection', 'topic'].includes(g.check) ? 'input' : 'output';
}

// The grounded check judges the passages retrieved for a question, once, before any model call.
function checkGrounded(g: GuardrailConfig, ctx: z.RefinementCtx): void {
  if (g.check !== 'grounded') return;
  if (g.on && g.on !== 'retrieved')
    ctx.addIssue({
      code: 'custom',
      path: ['on'],
      message: 'grounded runs on retrieved passages, before the model answers',
      params: { hint: 'remove on:, or write on: retrieved' },
    });
}
