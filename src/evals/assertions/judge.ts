/**
 * @module Model-graded checks: a judge route grades the answer with a visible rubric prompt (shipped in
 * templates/judges/, overridable per suite). Answer, question and context are fenced in tags the prompt
 * declares as data, and stripped of those tags, so graded text cannot instruct the judge. The verdict is
 * schema-constrained with one repair pass; no usable verdict is an error, never a fail.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Provider } from '../../core/index.js';
import { parseStructured, reaskMessage } from '../../pipeline/index.js';
import { parsePromptSource, renderPrompt } from '../../prompts/index.js';
import { type AssertionContext, type Check, CheckError } from './types.js';

const VERDICT_SCHEMA = {
  type: 'object',
  properties: {
    pass: { type: 'boolean' },
    score: { type: 'number', minimum: 0, maximum: 1 },
    reason: { type: 'string' },
  },
  required: ['pass', 'score', 'reason'],
};

/** The judge prompt shipped with tandem for a model-graded type. */
export async function builtinJudgePrompt(type: string): Promise<string> {
  return readFile(
    fileURLToPath(new URL(`../../../templates/judges/${type}.prompt`, import.meta.url)),
    'utf8',
  );
}

// Tags the judge prompts use as fences; graded text must not be able to close one.
const FENCES = /<\/?\s*(question|answer|reference|rubric|context)\s*>/gi;
const fence = (s: string) => s.replace(FENCES, (m) => m.replace('<', '‹').replace('>', '›'));

async function grade(type: string, ctx: AssertionContext, data: Record<string, string>) {
  if (!ctx.judge) throw new CheckError(`${type} needs a judge: add judge: { route: <route> } to the suite`);
  const { provider, prompt } = await ctx.judge();
  const source = await prompt(type);
  const file = parsePromptSource(type, source, `judge:${type}`);
  const fenced = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, fence(v)]));
  const rendered = await renderPrompt(file, {}, { partial: () => null, extra: fenced });
  const messages = [...rendered.messages];
  for (let attempt = 0; attempt < 2; attempt++) {
    let text: string;
    try {
      text = (
        await (provider as Provider).generate({
          messages,
          ...rendered.settings,
          responseFormat: { type: 'json', schema: VERDICT_SCHEMA, name: 'verdict' },
          signal: ctx.signal,
        })
      ).text;
    } catch (err) {
      throw new CheckError(`the judge failed: ${(err as Error).message}`);
    }
    const parsed = parseStructured(text, VERDICT_SCHEMA);
    if (parsed.ok) {
      const v = parsed.value as { pass: boolean; score: number; reason: string };
      return { pass: v.pass, score: v.score, reason: `judge: ${v.reason}` };
    }
    if (attempt === 0)
      messages.push(
        { role: 'assistant', content: text },
        { role: 'user', content: reaskMessage(parsed.problems, VERDICT_SCHEMA) },
      );
    else throw new CheckError(`the judge gave no usable verdict (${parsed.problems.join('; ')})`);
  }
  throw new CheckError('unreachable');
}

const question = (ctx: AssertionContext) =>
  Object.entries(ctx.vars)
    .map(([k, v]) =>
      Object.keys(ctx.vars).length === 1
        ? String(v)
        : `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`,
    )
    .join('\n');

const context = (ctx: AssertionContext) =>
  ctx.result.messages
    .filter((m) => m.role === 'system')
    .map((m) => m.content)
    .join('\n\n');

/** The model-graded checks by type. */
export const judgeChecks: Record<string, Check> = {
  'llm-rubric': (spec, ctx) => {
    if (typeof spec.value !== 'string' || !spec.value.trim())
      throw new CheckError('llm-rubric needs the rubric as value');
    return grade('llm-rubric', ctx, { input: question(ctx), output: ctx.output, rubric: spec.value });
  },
  factuality: (spec, ctx) => {
    const expected = typeof spec.value === 'string' ? spec.value : ctx.expected;
    if (!expected) throw new CheckError("factuality needs the case's expected answer (or a value)");
    return grade('factuality', ctx, { input: question(ctx), output: ctx.output, expected });
  },
  'answer-relevance': (_spec, ctx) =>
    grade('answer-relevance', ctx, { input: question(ctx), output: ctx.output }),
  'context-faithfulness': (_spec, ctx) => {
    const ctxText = context(ctx);
    if (!ctxText.trim())
      throw new CheckError('context-faithfulness needs a run with context (retrieved passages)');
    return grade('context-faithfulness', ctx, { context: ctxText, output: ctx.output });
  },
  'llm-refusal': (_spec, ctx) => grade('llm-refusal', ctx, { input: question(ctx), output: ctx.output }),
};
