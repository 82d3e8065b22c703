/**
 * @module The eval runner: variants × cases × repeats through the same app pipeline `run` and `serve` use,
 * with bounded concurrency, a cost budget, Ctrl-C, and resume. Each graded sample is written to the store
 * at once, so a killed run loses nothing finished and `--resume` re-calls nothing that finished; it is then
 * counted into the summary and dropped, so a run's memory does not grow with its samples (results are read
 * back from the store, a page at a time, by whoever needs them: `readResults`).
 */

import { newId } from '../../core/index.js';
import type { App, Project } from '../../pipeline/index.js';
import type { EvalResultRecord, EvalRunRecord, EvalStore } from '../../store/index.js';
import type { TagFilter } from '../case-filter.js';
import { runOnQueue } from '../fanout/run-on-queue.js';
import type { SampleQueue } from '../fanout/types.js';
import type { EvalCase, LoadedSuite } from '../load-suite.js';
import { readCaseDetails, readResults } from '../read-results.js';
import { storedSummary } from '../stored-summary.js';
import type { VariantSpec } from '../suite-schema.js';
import { assembleSummary, type CaseSummary, DETAILED_CASES, type SuiteSummary } from '../summarize.js';
import { SummaryAccumulator } from '../summary-accumulator.js';
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
  carryOver?: AsyncIterable<EvalResultRecord> | Iterable<EvalResultRecord>;
  /** Fan the samples out to workers through this queue instead of running them in this process. */
  queue?: SampleQueue;
  /** Told once when samples wait on the queue and no worker is connected. */
  onNoWorkers?: () => void;
  /** Told once the run's record exists (before any sample runs). */
  onStarted?: (run: EvalRunRecord) => void;
  /** Who or what started the run and on which git commit, kept on the run for lists. */
  origin?: { startedBy?: string; commit?: string };
}

/** A suite's run: its record and summary. Its results stay in the store: `readResults(store, run.id)`. */
export interface SuiteRun {
  run: EvalRunRecord;
  summary: SuiteSummary;
  /** Samples this call ran (not those it resumed or carried over). */
  ran: number;
}

/** The variants a suite runs (one named "default" when it declares none). */
export function variantsOf(suite: LoadedSuite): VariantSpec[] {
  return suite.spec.variants?.length ? suite.spec.variants : [{ name: 'default' }];
}

/** Runs (or resumes) a suite and returns its summary. */
export async function runSuite(o: RunSuiteOptions): Promise<SuiteRun> {
  const { project, suite } = o;
  const store = project.store.evals;
  const variants = variantsOf(suite);
  const names = variants.map((v) => v.name);
  const apps = new Map<string, App>();
  for (const v of variants) apps.set(v.name, await appFor(project, suite, v));
  const run = await startRun(o, variants, apps);
  o.onStarted?.(run);
  const tally = new SummaryAccumulator(suite, names);
  const done = await resultsSoFar(o, run.id, tally);
  const work = pendingWork(suite, variants, done);
  const { stop, ran } = await (o.queue
    ? runQueued(o, o.queue, run, work, tally)
    : runWork(o, run.id, work, tally, {
        apps,
        sample: {
          root: project.root,
          judge: suite.spec.judge ? await judgeFor(project, suite) : undefined,
          embedder: suite.spec.embedder ? () => project.providers.get(suite.spec.embedder!) : undefined,
          signal: o.signal,
          noCache: o.noCache,
        },
      })
  ).catch(async (err: unknown) => {
    // A run that could not go on (every worker gone, a store error) is not left "running": its results so far
    // stay, and --resume continues it.
    await store.updateRun(run.id, { status: 'interrupted', finishedAt: Date.now() }).catch(() => {});
    throw err;
  });
  const summary = assembleSummary(suite, run.id, names, tally.finish());
  await attachDetails(store, run.id, summary.cases);
  run.status = stop ?? 'finished';
  run.finishedAt = Date.now();
  const retaken = retakenBy.get(run.id);
  retakenBy.delete(run.id);
  // A fanned-out run says how many samples a lost worker left to the others.
  run.summary = { ...storedSummary(summary), ...(retaken !== undefined ? { queue: { retaken } } : {}) };
  await store.updateRun(run.id, { status: run.status, finishedAt: run.finishedAt, summary: run.summary });
  return { run, summary, ran };
}

// The answers of the first cases not passing, which the terminal prints; reports read the others as they write.
async function attachDetails(store: EvalStore, runId: string, cases: CaseSummary[]): Promise<void> {
  const shown = cases.filter((c) => c.status !== 'pass').slice(0, DETAILED_CASES);
  const detailed = await readCaseDetails(store, runId, shown);
  for (const [i, c] of shown.entries()) Object.assign(c, detailed[i]);
}

async function startRun(
  o: RunSuiteOptions,
  variants: VariantSpec[],
  apps: Map<string, App>,
): Promise<EvalRunRecord> {
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
      ...(o.origin?.startedBy ? { startedBy: o.origin.startedBy } : {}),
      ...(o.origin?.commit ? { commit: o.origin.commit } : {}),
      // The prompt version each variant ran: a gated label move looks for a passing run of its version.
      tested: Object.fromEntries(
        [...apps].map(([name, app]) => [name, { prompt: app.prompt.name, version: app.prompt.version }]),
      ),
    },
  };
  await store.createRun(run);
  return run;
}

/** Keys of the samples the run already has (resumed or carried over); empty for a new run. */
type Done = Set<string>;

// What the run already has: its own results (when resumed) and the carried-over ones, copied into it; each is
// counted into the summary, and only the keys are kept. A result of a case the suite no longer has counts not.
async function resultsSoFar(o: RunSuiteOptions, runId: string, tally: SummaryAccumulator): Promise<Done> {
  const store = o.project.store.evals;
  const done: Done = new Set();
  if (o.resume)
    for await (const r of readResults(store, runId))
      if (tally.add(r)) done.add(key(r.variant, r.caseId, r.sample));
  for await (const r of o.carryOver ?? []) {
    const k = key(r.variant, r.caseId, r.sample);
    if (done.has(k)) continue; // the run's own result stands
    const copy = { ...r, runId };
    await store.saveResult(copy);
    if (tally.add(copy)) done.add(k);
  }
  return done;
}

interface WorkItem {
  variant: string;
  c: EvalCase;
  sample: number;
}

/** The samples left to run, counted up front and produced one at a time (never a list of a run's size). */
interface PendingWork {
  total: number;
  items: Iterator<WorkItem>;
}

function pendingWork(suite: LoadedSuite, variants: VariantSpec[], done: Done): PendingWork {
  function* all(): Generator<WorkItem> {
    for (const v of variants)
      for (const c of suite.cases)
        for (let sample = 0; sample < c.repeat; sample++)
          if (!done.size || !done.has(key(v.name, c.id, sample))) yield { variant: v.name, c, sample };
  }
  let total = 0;
  for (const _ of all()) total++;
  return { total, items: all() };
}

type StopReason = EvalRunRecord['status'] | undefined;

/** Why the samples stopped early, if they did, and how many ran. */
interface WorkOutcome {
  stop: StopReason;
  ran: number;
}

/** Runs the work through the queue's workers; the run records how many samples a lost worker left to others. */
async function runQueued(
  o: RunSuiteOptions,
  queue: SampleQueue,
  run: EvalRunRecord,
  pending: PendingWork,
  tally: SummaryAccumulator,
): Promise<WorkOutcome> {
  let finished = 0;
  const spentUsd = tally.costUsd;
  // The queue takes the work as a list of keys (small records, sent to Redis as they are queued).
  const work: { variant: string; caseId: string; sample: number }[] = [];
  for (let it = pending.items.next(); !it.done; it = pending.items.next())
    work.push({ variant: it.value.variant, caseId: it.value.c.id, sample: it.value.sample });
  o.onProgress?.({ done: 0, total: work.length, costUsd: spentUsd });
  const outcome = await runOnQueue({
    queue,
    runId: run.id,
    suite: { file: o.suite.file, hash: o.suite.hash },
    noCache: Boolean(o.noCache),
    work,
    spentUsd,
    ...(o.maxCostUsd !== undefined ? { maxCostUsd: o.maxCostUsd } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
    save: (result) => o.project.store.evals.saveResult(result),
    onResult(result, costUsd) {
      tally.add(result);
      finished++; // not inside the call below: `?.` skips evaluating its arguments when there is no listener
      o.onProgress?.({ done: finished, total: work.length, costUsd, last: result });
    },
    ...(o.onNoWorkers ? { onNoWorkers: o.onNoWorkers } : {}),
  });
  retakenBy.set(run.id, outcome.retaken);
  return { stop: outcome.stop, ran: finished };
}

/** Samples a lost worker left and another finished, per run fanned out by this process. */
const retakenBy = new Map<string, number>();

// Runs the work with `concurrency` workers; returns why it stopped early, if it did.
async function runWork(
  o: RunSuiteOptions,
  runId: string,
  work: PendingWork,
  tally: SummaryAccumulator,
  env: { apps: Map<string, App>; sample: SampleContext },
): Promise<WorkOutcome> {
  const state = { finished: 0, costUsd: tally.costUsd };
  let stop: StopReason;
  o.onProgress?.({ done: 0, total: work.total, costUsd: state.costUsd });
  const worker = async () => {
    while (!stop) {
      stop = stopBefore(o, state.costUsd);
      if (stop) break;
      const next = work.items.next();
      if (next.done) break;
      const item = next.value;
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
      tally.add(result);
      state.costUsd += result.costUsd ?? 0;
      state.finished++; // not inside the call below: `?.` skips evaluating its arguments when there is no listener
      o.onProgress?.({ done: state.finished, total: work.total, costUsd: state.costUsd, last: result });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 4) }, worker));
  return { stop, ran: state.finished };
}

function stopBefore(o: RunSuiteOptions, costUsd: number): StopReason {
  if (o.signal?.aborted) return 'interrupted';
  if (o.maxCostUsd !== undefined && costUsd >= o.maxCostUsd) return 'budget-exceeded';
  return undefined;
}

function key(variant: string, caseId: string, sample: number): string {
  return `${variant}\u0000${caseId}\u0000${sample}`;
}
