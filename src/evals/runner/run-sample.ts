/**
 * @module One eval sample: the app run on a case's inputs, then its assertions, as a result record. Shared
 * by the in-process runner and the queue workers of a fanned-out run, so both grade exactly alike.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Provider, TandemError } from '../../core/index.js';
import type { App, Project } from '../../pipeline/index.js';
import { withoutResponseCache } from '../../router/index.js';
import type { EvalResultRecord } from '../../store/index.js';
import { builtinJudgePrompt } from '../assertions/judge.js';
import { runAssertions } from '../assertions/run-assertions.js';
import type { AssertionContext } from '../assertions/types.js';
import type { EvalCase, LoadedSuite } from '../load-suite.js';
import type { VariantSpec } from '../suite-schema.js';

/** Saves a sample; its trace is stored first, so a kill never leaves a result pointing at no trace. */
export async function saveSample(project: Project, result: EvalResultRecord): Promise<void> {
  if (result.traceId) await tracesStored(project);
  await project.store.evals.saveResult(result);
}

/** What every sample of a suite run shares: the project root, the judge and embedder, the signal. */
export interface SampleContext {
  root: string;
  judge: AssertionContext['judge'];
  embedder: AssertionContext['embedder'];
  signal?: AbortSignal;
  noCache?: boolean;
}

/** One sample: run the app, grade the answer. A provider failure is an `error` sample, never a fail. */
export async function runSample(
  app: App,
  c: EvalCase,
  sample: number,
  runId: string,
  variant: string,
  ctx: SampleContext,
): Promise<EvalResultRecord | undefined> {
  // Records are built as plain literals with every field in one order (no spreads): V8 then shares one
  // hidden class for all of them; spread-built records cost a new class chain each (seen in heap snapshots).
  let result: Awaited<ReturnType<App['run']>>;
  try {
    result = await app.run(inputOf(c), { signal: ctx.signal, noCache: ctx.noCache, sample });
  } catch (err) {
    if (ctx.signal?.aborted) return undefined;
    const e = err as TandemError;
    const error = e.code ? `${e.code}: ${e.message}` : String(e?.message ?? err);
    return sampleRecord(
      { runId, variant, caseId: c.id, sample },
      { status: 'error', score: 0, assertions: [], error },
    );
  }
  // --no-cache holds for the judges too: a later cached run must not find a grade this run stored.
  const grade = (): ReturnType<typeof runAssertions> =>
    runAssertions(c.assert, {
      output: result.text,
      result,
      vars: c.vars,
      ...(c.expected !== undefined ? { expected: c.expected } : {}),
      ...(c.sources ? { sources: c.sources } : {}),
      root: ctx.root,
      judge: ctx.judge,
      embedder: ctx.embedder,
      ...(app.knowledge ? { retrieve: deeperRetrieval(app, c, ctx.signal) } : {}),
      signal: ctx.signal,
    });
  const assertions = await (ctx.noCache ? withoutResponseCache(grade) : grade());
  if (ctx.signal?.aborted) return undefined;
  const anyFail = assertions.some((a) => a.status === 'fail');
  const anyError = assertions.some((a) => a.status === 'error');
  const measured = assertions.filter((a) => a.status !== 'error');
  const weight = measured.reduce((s, a) => s + a.weight, 0);
  const score = weight ? measured.reduce((s, a) => s + a.score * a.weight, 0) / weight : anyError ? 0 : 1;
  return sampleRecord(
    { runId, variant, caseId: c.id, sample },
    {
      status: anyFail ? 'fail' : anyError ? 'error' : 'pass',
      score,
      output: result.text,
      assertions,
      result,
    },
  );
}

// What the app is asked: the case's inputs, after its conversation when it has one.
const inputOf = (c: EvalCase) => ({ vars: c.vars, ...(c.history ? { history: c.history } : {}) });

// A case's passages at a retrieval check's depth, asked once per depth (several checks may share one k), read
// as the run reads them (a follow-up with its conversation).
function deeperRetrieval(
  app: App,
  c: EvalCase,
  signal: AbortSignal | undefined,
): NonNullable<AssertionContext['retrieve']> {
  const asked = new Map<number, ReturnType<App['passages']>>();
  return (k) => {
    const passages = asked.get(k) ?? app.passages(inputOf(c), { k, signal });
    asked.set(k, passages);
    return passages;
  };
}

/** Which sample a record is: run, variant, case and repeat. */
interface SampleId {
  runId: string;
  variant: string;
  caseId: string;
  sample: number;
}

/** How a sample went: its grade, and the app's result when the app answered. */
interface SampleOutcome {
  status: EvalResultRecord['status'];
  score: number;
  output?: string;
  assertions: EvalResultRecord['assertions'];
  result?: Awaited<ReturnType<App['run']>>;
  error?: string;
}

function sampleRecord(
  { runId, variant, caseId, sample }: SampleId,
  { status, score, output, assertions, result, error }: SampleOutcome,
): EvalResultRecord {
  return {
    runId,
    variant,
    caseId,
    sample,
    status,
    score: +score,
    output,
    assertions,
    latencyMs: result ? +result.latencyMs : undefined,
    costUsd: result ? +result.costUsd : undefined,
    tokens: result?.usage.totalTokens,
    cached: result?.cached ?? false,
    traceId: result?.traceId,
    error,
    retrieved: result ? result.retrieved.map((r) => r.id) : undefined,
    ...(result?.grounding ? { grounding: result.grounding } : {}),
  };
}

/** Resolves once the project's traces so far are in the store. */
export function tracesStored(project: Project): Promise<void> {
  const sink = project.traces;
  return sink.flushToStore ? sink.flushToStore() : sink.flush();
}

/** The app a variant runs: the suite's app or prompt with the variant's prompt, route and retrieval. */
export async function appFor(project: Project, suite: LoadedSuite, v: VariantSpec): Promise<App> {
  const overrides = {
    ...(v.prompt ? { prompt: v.prompt } : {}),
    ...(v.route ? { route: v.route } : {}),
    ...(v.knowledge ? { knowledge: v.knowledge } : {}),
  };
  const app = suite.spec.app
    ? project.app(suite.spec.app, overrides)
    : project.promptApp(suite.spec.prompt!, overrides);
  // An app or prompt the suite names that the project lacks: the suite's line that names it is where to fix it.
  return app.catch((err: unknown) => {
    const named = err instanceof TandemError && NOT_FOUND.has(err.code) && !err.where && suite.targetAt;
    throw named ? new TandemError(err.code, err.message, { hint: err.hint, where: suite.targetAt }) : err;
  });
}

const NOT_FOUND = new Set(['APP_NOT_FOUND', 'PROMPT_NOT_FOUND']);

/** The suite's judge: its route's provider and prompts, resolved on first use. */
export async function judgeFor(project: Project, suite: LoadedSuite): Promise<AssertionContext['judge']> {
  const cfg = suite.spec.judge!;
  let provider: Promise<Provider> | undefined;
  return async () => {
    provider ??= project.providers.get(cfg.route);
    return {
      provider: await provider,
      prompt: async (type: string) =>
        cfg.prompts?.[type]
          ? readFile(resolve(project.root, cfg.prompts[type]), 'utf8')
          : builtinJudgePrompt(type),
    };
  };
}
