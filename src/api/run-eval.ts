/**
 * @module `runEval`: what `tandem eval` decides, for every interface that runs suites (the CLI, the server,
 * the studio): knowledge synced before each suite, resume, the cost budget, the CI gate with the approval
 * check, and the report files. It prints nothing: it returns typed results and reports progress as events.
 */
import { once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { TandemError } from '../core/index.js';
import {
  checkTagFilter,
  ciVerdict,
  describeTagFilter,
  hasTagFilter,
  isReportFile,
  type LoadedSuite,
  type ReportInput,
  renderReport,
  reportInput,
  runSuite,
  type SampleQueue,
  type SuiteRun,
  sameTagFilter,
  selectCases,
  selectVariants,
  storedTagFilter,
  type TagFilter,
} from '../evals/index.js';
import type { Project } from '../pipeline/index.js';
import type { EvalResultRecord, EvalRunRecord } from '../store/index.js';
import { checkSources, type UnmatchedSource } from './check-sources.js';
import {
  DEFAULT_QUEUE,
  type FanOut,
  type OpenFanOut,
  openFanOut,
  openFanOutEarly,
  usesRedis,
} from './eval-fanout.js';
import { findResumable, type KnowledgeSync, loadSuites, syncKnowledge } from './eval-suites.js';
import { gitCommitOf } from './git-commit.js';
import { openProject, type ProjectSource } from './open-project.js';

/** What `runEval` runs, and how. */
export type RunEvalOptions = ProjectSource & {
  /** Suite files relative to the project; default every tests/**\/*.yaml. */
  suites?: readonly string[];
  /** Samples run at once (default 4). */
  concurrency?: number;
  /** Call the models again instead of answering from the response cache. */
  noCache?: boolean;
  /** Continue each suite's last unfinished run (or `runId`) instead of starting one. */
  resume?: boolean;
  /** With `resume`: the run to continue. */
  runId?: string;
  /**
   * Run only the cases with any of these tags. A tag no case has is an error. A resumed run keeps the tags
   * it was started with: give none (or the same) with `resume`.
   */
  tags?: readonly string[];
  /** Skip the cases with any of these tags (the same rules as `tags`). */
  excludeTags?: readonly string[];
  /** Run only these variants of each suite (every suite must have them); a resumed run keeps its own. */
  variants?: readonly string[];
  /**
   * A `sources:` entry that matches no document of the app's knowledge base stops the run before anything
   * runs (`tandem eval --ci`); without it, each is a `source-unmatched` event and the run goes on.
   */
  strictSources?: boolean;
  /** Stop starting samples once this many USD are spent. */
  maxCostUsd?: number;
  /** A prompt label whose version must be approved (tandem playbook approve) for the gate to pass. */
  requireApproval?: string;
  /** Report files to write (.json .csv .xml .md .html), each with every suite of the run. */
  outputs?: readonly string[];
  /**
   * Also write the JSON report of every suite here (the CLI's `--json`: stdout), read from the store as it is
   * written: a run's results are never all in memory.
   */
  jsonTo?: NodeJS.WritableStream;
  /** Where relative `outputs` resolve, and what case files in reports are relative to; default the process's. */
  cwd?: string;
  /** Stops starting samples; the results so far are kept and the run is marked interrupted. */
  signal?: AbortSignal;
  onEvent?: (event: EvalEvent) => void;
  /**
   * Fan the samples out to worker processes: `workers` local ones fed over IPC (no Redis), or, when a queue
   * is named, through that queue in Redis (`TANDEM_REDIS`), which any `tandem worker --queue` elsewhere takes
   * samples from too.
   */
  fanOut?: FanOut;
  /** Who or what starts the run, kept on it (`cli:alice`, `studio:admin`); default `api`. */
  startedBy?: string;
  /** The git commit the run is on; filled by `runEval` itself (`gitCommitOf`) when not given. */
  commit?: string;
};

/** Progress of a `runEval`, in the order it happens. */
export type EvalEvent =
  | ({ type: 'knowledge-synced'; suite: string } & KnowledgeSync)
  | {
      type: 'suite-started';
      suite: string;
      /** The run being continued, and whether the suite file changed since it started. */
      resumed?: { runId: string; suiteChanged: boolean };
      /** The tags its cases are selected by (the run's own, when resumed). */
      tagFilter?: TagFilter;
    }
  /** A suite none of whose cases the tag filter selects: it does not run. */
  | { type: 'suite-skipped'; suite: string; reason: string }
  | {
      type: 'progress';
      suite: string;
      done: number;
      total: number;
      costUsd: number;
      /** The sample just finished (absent on the first event, before any has). */
      last?: EvalResultRecord;
    }
  /** The run's record exists: its id can be shown and followed (the studio opens it). */
  | { type: 'run-started'; suite: string; runId: string }
  | { type: 'suite-finished'; suite: string; run: SuiteRun }
  | { type: 'report-written'; file: string }
  /** An expected source that names no document: its cites and retrieval checks cannot pass. */
  | { type: 'source-unmatched'; suite: string; unmatched: UnmatchedSource }
  /** Samples wait on the queue and no worker is connected to it. */
  | { type: 'no-workers'; suite: string; queue: string };

/** The CI verdict over a whole run. */
export interface EvalGate {
  passed: boolean;
  /** One line per reason it fails: a suite's thresholds, or a prompt version not approved. */
  reasons: string[];
  /** What a passing gate rests on that a reader should know (answers that all came from the cache). */
  warnings: string[];
}

/** What a `runEval` did. */
export interface EvalRunResult {
  /** One per suite run, in order (fewer than the suites when the signal stopped the run). */
  runs: SuiteRun[];
  gate: EvalGate;
  /** Absolute paths of the report files written. */
  reports: string[];
  /** The signal stopped the run before every sample ran. */
  interrupted: boolean;
}

/**
 * Runs (or resumes) eval suites and decides the CI gate.
 * @example
 * const { gate, runs } = await runEval({ root: '.', outputs: ['out/report.xml'], onEvent: console.log });
 * if (!gate.passed) console.error(gate.reasons.join('\n'));
 */
export async function runEval(o: RunEvalOptions): Promise<EvalRunResult> {
  const outputs = o.outputs ?? [];
  checkReportFiles(outputs);
  const emit = o.onEvent ?? (() => {});
  const early = openFanOutEarly(o.fanOut, o);
  early?.catch(() => {}); // its error is thrown below, where it is awaited
  const { project, close } = await openProject(o, { batchTraces: true }).catch(async (err) => {
    await early?.then(
      (f) => f.close(),
      () => {},
    );
    throw err;
  });
  const commit = o.commit ?? gitCommitOf(project.root);
  let fanned: OpenFanOut | undefined;
  try {
    if (o.fanOut)
      fanned = await (early ??
        openFanOut(o.fanOut, { root: project.root, configFile: o.configFile, loaded: project.loaded }));
    const suites = await loadSuites(project, o.suites);
    checkTagFilter(suites, tagFilterOf(o));
    if (!o.resume) for (const s of suites) selectVariants(s, o.variants); // an unknown variant stops the run first
    await checkSources(
      project,
      suites.map((s) => selectCases(s, tagFilterOf(o))),
      {
        strict: o.strictSources,
        warn: (unmatched) => emit({ type: 'source-unmatched', suite: unmatched.suite, unmatched }),
      },
    );
    const runs: SuiteRun[] = [];
    const approvals: string[] = [];
    for (const suite of suites) {
      const run = await runOne(project, suite, { ...o, commit, queue: fanned?.queue }, emit);
      if (run) runs.push(run);
      const missing = await approvalFailure(project, suite, o.requireApproval);
      if (missing) approvals.push(missing);
      if (o.signal?.aborted) break;
    }
    // One run, one report per file, every suite in it (a failing suite early in the run must show in CI).
    const cwd = o.cwd ?? process.cwd();
    const inputs = runs.map((run) => reportInput(project.store.evals, run));
    const reports: string[] = [];
    for (const out of outputs) {
      const file = resolve(cwd, out);
      await writeReport(project, file, inputs, cwd);
      reports.push(file);
      emit({ type: 'report-written', file });
    }
    if (o.jsonTo) await writeTo(o.jsonTo, renderReport('report.json', inputs));
    return { runs, gate: decideGate(runs, approvals), reports, interrupted: Boolean(o.signal?.aborted) };
  } finally {
    await fanned?.close();
    await close();
  }
}

/** Refuses report files of an unknown kind before anything runs. */
export function checkReportFiles(outputs: readonly string[]): void {
  for (const out of outputs) {
    if (!isReportFile(out)) {
      throw new TandemError('USAGE', `cannot write a report to ${out}`, {
        hint: 'Use a file ending in .json, .csv, .xml (JUnit), .md or .html.',
      });
    }
  }
}

/** The tags `o` selects cases by. */
function tagFilterOf(o: { tags?: readonly string[]; excludeTags?: readonly string[] }): TagFilter {
  return { tags: o.tags ?? [], excludeTags: o.excludeTags ?? [] };
}

// Returns undefined when the filter leaves the suite no case to run.
async function runOne(
  project: Project,
  all: LoadedSuite,
  o: RunEvalOptions & { queue?: SampleQueue | undefined },
  emit: (e: EvalEvent) => void,
): Promise<SuiteRun | undefined> {
  const resume = o.resume ? await findResumable(project, all, o.runId) : undefined;
  const tagFilter = resume ? resumedTagFilter(resume.run, tagFilterOf(o)) : tagFilterOf(o);
  // A resumed run continues with the variants it started with.
  const variants = resume ? (resume.run.config as { variants?: string[] }).variants : o.variants;
  const suite = selectVariants(selectCases(all, tagFilter), variants);
  if (!suite.cases.length) {
    emit({
      type: 'suite-skipped',
      suite: all.file,
      reason: `no case selected by ${describeTagFilter(tagFilter)}`,
    });
    return undefined;
  }
  for (const sync of await syncKnowledge(project, suite))
    emit({ type: 'knowledge-synced', suite: suite.file, ...sync });
  emit({
    type: 'suite-started',
    suite: suite.file,
    ...(resume ? { resumed: { runId: resume.run.id, suiteChanged: resume.suiteChanged } } : {}),
    ...(hasTagFilter(tagFilter) ? { tagFilter } : {}),
  });
  const run = await runSuite({
    project,
    suite,
    tagFilter,
    resume: resume?.run,
    concurrency: o.concurrency,
    noCache: o.noCache,
    maxCostUsd: o.maxCostUsd,
    signal: o.signal,
    onProgress: (p) => emit({ type: 'progress', suite: suite.file, ...p }),
    onStarted: (run) => emit({ type: 'run-started', suite: suite.file, runId: run.id }),
    origin: { startedBy: o.startedBy ?? 'api', ...(o.commit ? { commit: o.commit } : {}) },
    ...(o.queue ? { queue: o.queue } : {}),
    // Only a queue in Redis can wait for workers that are not there; local ones are started by the run.
    ...(o.queue && o.fanOut && usesRedis(o.fanOut)
      ? {
          onNoWorkers: () =>
            emit({ type: 'no-workers', suite: suite.file, queue: o.fanOut?.queue ?? DEFAULT_QUEUE }),
        }
      : {}),
  });
  emit({ type: 'suite-finished', suite: suite.file, run });
  return run;
}

/**
 * A resumed run continues with the cases it started with: its own tag filter. Another filter would mix
 * results of two selections in one run, so it is refused rather than silently replaced.
 */
function resumedTagFilter(run: EvalRunRecord, given: TagFilter): TagFilter {
  const stored = storedTagFilter(run.config);
  if (!hasTagFilter(given) || sameTagFilter(given, stored)) return stored ?? {};
  const was = stored ? `with ${describeTagFilter(stored)}` : 'with every case (no --tag)';
  throw new TandemError(
    'USAGE',
    `run ${run.id} of ${run.suite} was started ${was}; --resume continues it with the same cases`,
    {
      hint: stored
        ? `Resume it without --tag/--exclude-tag (or with ${describeTagFilter(stored)}), or start a new run without --resume.`
        : 'Resume it without --tag/--exclude-tag, or start a new run with them without --resume.',
    },
  );
}

async function approvalFailure(
  project: Project,
  suite: LoadedSuite,
  label: string | undefined,
): Promise<string | undefined> {
  if (label === undefined || !suite.spec.app) return undefined;
  const { approvalGateFailure } = await import('../playbook/index.js');
  return approvalGateFailure(project, suite.spec.app, label);
}

// The gate fails on any suite's thresholds and on any prompt version not approved.
function decideGate(runs: SuiteRun[], approvals: string[]): EvalGate {
  const { failures, warnings } = ciVerdict(runs.map((r) => r.summary));
  const reasons = [...failures, ...approvals];
  return { passed: reasons.length === 0, reasons, warnings };
}

async function writeReport(
  project: Project,
  file: string,
  inputs: ReportInput[],
  cwd: string,
): Promise<void> {
  // Case files in the report are relative to where tandem ran (the CI checkout), as annotators expect.
  const filePath = (f: string) => relative(cwd, resolve(project.root, f));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, renderReport(file, inputs, { filePath }));
}

// Writes the pieces as the stream takes them (a pipe that is read slowly holds back the reading).
async function writeTo(out: NodeJS.WritableStream, pieces: AsyncIterable<string>): Promise<void> {
  for await (const piece of pieces) if (!out.write(piece)) await once(out, 'drain');
}
