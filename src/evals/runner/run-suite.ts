/**
 * @module The eval runner: variants × cases × repeats through the same app pipeline `run` and `serve` use,
 * with bounded concurrency, a cost budget, Ctrl-C, and resume. Each graded sample is written to the store
 * at once, so a killed run loses nothing finished and `--resume` re-calls nothing that finished.
 */

import { newId } from '../../core/index.js';
import type { App, Project } from '../../pipeline/index.js';
import type { EvalResultRecord, EvalRunRecord } from '../../store/index.js';
import type { TagFilter } from '../case-filter.js';
import { runOnQueue } from '../fanout/run-on-queue.js';
import type { SampleQueue } from '../fanout/sample-queue.js';
import type { EvalCase, LoadedSuite } from '../load-suite.js';
import type { VariantSpec } from '../suite-schema.js';
import { type SuiteSummary, summarize } from '../summarize.js';
import { appFor, judgeFor, runSample, type SampleContext, saveSample } from './run-sample.js';

export { appFor } from './run-sample.js';

export interface EvalProgress {
  done: number;
  total: number;
  costUsd: number;
  /** The sample just finished. */
  last?: EvalResultRecord;
}

export interface RunSuiteOptions {
  project: Project;
  suite: LoadedSuite;
  /** Continue this run instead of starting one. */
  resume?: EvalRunRecord;
  concurrency?: number;
  noCache?: boolean;
  maxCostUsd?: number;
  signal?: AbortSignal;
  onProgress?: (p: EvalProgress) => void;
  /**
   * The tags the suite's cases were selected by (`suite` holds only those cases): kept on the run, so
   * `--resume` continues it with the same cases.
   */
  tagFilter?: TagFilter;
  /** Results of an earlier run to copy into this one instead of running them again (watch mode). */
  carryOver?: EvalResultRecord[];
  /** Fan the samples out to workers through this queue instead of running them in this process. */
  queue?: SampleQueue;
  /** Told once when samples wait on the queue and no worker is connected. */
  onNoWorkers?: () => void;
}

export interface SuiteRun {
  run: EvalRunRecord;
  results: EvalResultRecord[];
  summary: SuiteSummary;
}

/** The variants a suite runs (one named "default" when it declares none). */
export function variantsOf(suite: LoadedSuite): VariantSpec[] {
  return suite.spec.variants?.length ? suite.spec.variants : [{ name: 'default' }];
}

/** Runs (or resumes) a suite and returns its results and summary. */
export async function runSuite(o: RunSuiteOptions): Promise<SuiteRun> {
  const { project, suite } = o;
  const store = project.store.evals;
  const variants = variantsOf(suite);
  const apps = new Map<string, App>();
  for (const v of variants) apps.set(v.name, await appFor(project, suite, v));
  const run = await startRun(o, variants);
  const done = await resultsSoFar(o, run.id);
  const work = pendingWork(suite, variants, done);
  dropRemovedCases(done, suite, variants);
  const stop = o.queue
    ? await runQueued(o, o.queue, run, work, done)
    : await runWork(o, run.id, work, done, {
        apps,
        sample: {
          root: project.root,
          judge: suite.spec.judge ? await judgeFor(project, suite) : undefined,
          embedder: suite.spec.embedder ? () => project.providers.get(suite.spec.embedder!) : undefined,
          signal: o.signal,
          noCache: o.noCache,
        },
      });
  const results = [...done.values()];
  const summary = summarize(
    suite,
    run.id,
    variants.map((v) => v.name),
    results,
  );
  run.status = stop ?? 'finished';
  run.finishedAt = Date.now();
  const retaken = retakenBy.get(run.id);
  retakenBy.delete(run.id);
  // A fanned-out run says how many samples a lost worker left to the others.
  run.summary = { ...storedSummary(summary), ...(retaken !== undefined ? { queue: { retaken } } : {}) };
  await store.updateRun(run.id, { status: run.status, finishedAt: run.finishedAt, summary: run.summary });
  return { run, results, summary };
}

async function startRun(o: RunSuiteOptions, variants: VariantSpec[]): Promise<EvalRunRecord> {
  const store = o.project.store.evals;
  if (o.resume) {
    await store.updateRun(o.resume.id, { status: 'running' });
    return o.resume;
  }
  const run: EvalRunRecord = {
    id: newId('run_'),
    suite: o.suite.file,
    suiteHash: o.suite.hash,
    status: 'running',
    startedAt: Date.now(),
    // The suite's size: an interrupted run's report says how much of it ran.
    config: {
      variants: variants.map((v) => v.name),
      concurrency: o.concurrency ?? 4,
      cases: o.suite.cases.length,
      ...(o.tagFilter?.tags?.length ? { tags: [...o.tagFilter.tags] } : {}),
      ...(o.tagFilter?.excludeTags?.length ? { excludeTags: [...o.tagFilter.excludeTags] } : {}),
    },
  };
  await store.createRun(run);
  return run;
}

type Done = Map<string, EvalResultRecord>;

// What the run already has: its own results (when resumed) and the carried-over ones, copied into it.
async function resultsSoFar(o: RunSuiteOptions, runId: string): Promise<Done> {
  const store = o.project.store.evals;
  const done: Done = new Map(
    (await store.results(runId)).map((r) => [key(r.variant, r.caseId, r.sample), r]),
  );
  for (const r of o.carryOver ?? []) {
    const copy = { ...r, runId };
    await store.saveResult(copy);
    done.set(key(r.variant, r.caseId, r.sample), copy);
  }
  return done;
}

interface WorkItem {
  variant: string;
  c: EvalCase;
  sample: number;
}

function pendingWork(suite: LoadedSuite, variants: VariantSpec[], done: Done): WorkItem[] {
  return variants.flatMap((v) =>
    suite.cases.flatMap((c) =>
      Array.from({ length: c.repeat }, (_, sample) => ({ variant: v.name, c, sample })).filter(
        (w) => !done.has(key(v.name, c.id, w.sample)),
      ),
    ),
  );
}

// Only cases of the suite as it is now count (a carried-over or resumed result of a deleted case does not).
function dropRemovedCases(done: Done, suite: LoadedSuite, variants: VariantSpec[]): void {
  const current = new Set(suite.cases.flatMap((c) => variants.map((v) => `${v.name}\u0000${c.id}`)));
  for (const [k, r] of done) if (!current.has(`${r.variant}\u0000${r.caseId}`)) done.delete(k);
}

type StopReason = EvalRunRecord['status'] | undefined;

/** Runs the work through the queue's workers; the run records how many samples a lost worker left to others. */
async function runQueued(
  o: RunSuiteOptions,
  queue: SampleQueue,
  run: EvalRunRecord,
  work: WorkItem[],
  done: Done,
): Promise<StopReason> {
  let finished = 0;
  const spentUsd = [...done.values()].reduce((s, r) => s + (r.costUsd ?? 0), 0);
  o.onProgress?.({ done: 0, total: work.length, costUsd: spentUsd });
  const outcome = await runOnQueue({
    queue,
    runId: run.id,
    suite: { file: o.suite.file, hash: o.suite.hash },
    noCache: Boolean(o.noCache),
    work: work.map((w) => ({ variant: w.variant, caseId: w.c.id, sample: w.sample })),
    spentUsd,
    ...(o.maxCostUsd !== undefined ? { maxCostUsd: o.maxCostUsd } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
    save: (result) => o.project.store.evals.saveResult(result),
    onResult(result, costUsd) {
      done.set(key(result.variant, result.caseId, result.sample), result);
      o.onProgress?.({ done: ++finished, total: work.length, costUsd, last: result });
    },
    ...(o.onNoWorkers ? { onNoWorkers: o.onNoWorkers } : {}),
  });
  retakenBy.set(run.id, outcome.retaken);
  return outcome.stop;
}

/** Samples a lost worker left and another finished, per run fanned out by this process. */
const retakenBy = new Map<string, number>();

// Runs the work with `concurrency` workers; returns why it stopped early, if it did.
async function runWork(
  o: RunSuiteOptions,
  runId: string,
  work: WorkItem[],
  done: Done,
  env: { apps: Map<string, App>; sample: SampleContext },
): Promise<StopReason> {
  const state = {
    next: 0,
    finished: 0,
    costUsd: [...done.values()].reduce((s, r) => s + (r.costUsd ?? 0), 0),
  };
  let stop: StopReason;
  o.onProgress?.({ done: 0, total: work.length, costUsd: state.costUsd });
  const worker = async () => {
    while (state.next < work.length && !stop) {
      stop = stopBefore(o, state.costUsd);
      if (stop) break;
      const item = work[state.next++]!;
      const result = await runSample(
        env.apps.get(item.variant)!,
        item.c,
        item.sample,
        runId,
        item.variant,
        env.sample,
      );
      if (!result) {
        stop ??= 'interrupted'; // aborted mid-sample: not saved, so resume runs it again
        break;
      }
      await saveSample(o.project, result);
      done.set(key(item.variant, item.c.id, item.sample), result);
      state.costUsd += result.costUsd ?? 0;
      o.onProgress?.({ done: ++state.finished, total: work.length, costUsd: state.costUsd, last: result });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 4) }, worker));
  return stop;
}

function stopBefore(o: RunSuiteOptions, costUsd: number): StopReason {
  if (o.signal?.aborted) return 'interrupted';
  if (o.maxCostUsd !== undefined && costUsd >= o.maxCostUsd) return 'budget-exceeded';
  return undefined;
}

function key(variant: string, caseId: string, sample: number): string {
  return `${variant}\u0000${caseId}\u0000${sample}`;
}

/**
 * What a run keeps of its summary: the variant figures and verdicts, and per case only what comparisons
 * need (answers and reasons are in the results already; copying them would double a large run's size).
 */
export function storedSummary(s: SuiteSummary): Record<string, unknown> {
  const { cases, variants, ...rest } = s;
  return {
    ...rest,
    variants: variants.map(({ latencyMs: { values: _v, ...latency }, ...v }) => ({
      ...v,
      latencyMs: latency,
    })),
    cases: cases.map((c) => ({
      variant: c.variant,
      caseId: c.caseId,
      name: c.name,
      status: c.status,
      passRate: c.passRate,
      samples: c.passes + c.fails,
    })),
  };
}
