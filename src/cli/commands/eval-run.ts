/**
 * @module `tandem eval`: turns the flags into a `runEval` (or `estimateEval`, `watchEval`) call and prints
 * what it reports: a progress bar per suite, the summaries, the files written, the CI gate's verdict.
 */

import { availableParallelism } from 'node:os';
import {
  checkReportFiles,
  describeUnmatchedSource,
  type EvalEvent,
  type EvalRunResult,
  estimateEval,
  runEval,
  type UnmatchedSource,
} from '../../api/index.js';
import { TandemError } from '../../core/index.js';
import { describeTagFilter, formatTerminalReport, loadEstimator, parseTagList } from '../../evals/index.js';
import { stderrColors as pc } from '../output/colors.js';
import { createProgressBar } from '../output/progress.js';
import { cliUser } from '../who-am-i.js';

export interface EvalCommandOptions {
  root: string;
  configFile?: string;
  suites: string[];
  concurrency?: number;
  noCache: boolean;
  /** `--tag` values as given (repeatable, comma-separated). */
  tags: string[];
  /** `--exclude-tag` values as given. */
  excludeTags: string[];
  /** `--variant` values as given (repeatable, comma-separated). */
  variants?: string[];
  resume: boolean;
  runId?: string;
  ci: boolean;
  /** A prompt label whose version must be approved for --ci to pass. */
  requireApproval?: string;
  outputs: string[];
  maxCostUsd?: number;
  dryRun: boolean;
  watch: boolean;
  json: boolean;
  /** Local worker processes (fed over IPC; with --queue, taking samples from the queue in Redis). */
  workers?: number;
  /** The queue's name; alone (without --workers) only workers started elsewhere take the samples. */
  queue?: string;
  leaseMs?: number;
}

/** Runs `tandem eval`. */
export async function evalCommand(given: EvalCommandOptions): Promise<void> {
  const o = { ...given, tags: parseTagList(given.tags), excludeTags: parseTagList(given.excludeTags) };
  checkFlags(o);
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130); // a second Ctrl-C leaves at once
    process.stderr.write(
      pc.yellow('\nstopping: finishing nothing new; results so far are saved (Ctrl-C again to quit now)\n'),
    );
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    if (o.dryRun) return await printEstimates(o);
    if (o.watch) {
      const { watchEval } = await import('./eval-watch.js');
      return await watchEval(o, controller.signal);
    }
    const printer = createEvalPrinter(o.json);
    if (o.workers) process.stderr.write(pc.dim(workersNote(o.workers, o)));
    const result = await runEval({
      startedBy: cliUser(),
      root: o.root,
      configFile: o.configFile,
      suites: o.suites,
      concurrency: o.concurrency,
      noCache: o.noCache,
      tags: o.tags,
      excludeTags: o.excludeTags,
      variants: parseTagList(o.variants ?? []),
      resume: o.resume,
      runId: o.runId,
      strictSources: o.ci,
      maxCostUsd: o.maxCostUsd,
      requireApproval: o.requireApproval,
      outputs: o.outputs,
      ...(o.json ? { jsonTo: process.stdout } : {}),
      signal: controller.signal,
      onEvent: printer.onEvent,
      ...fanOutOf(o),
    }).finally(printer.stop);
    printResult(result, o);
  } finally {
    process.off('SIGINT', onSigint);
  }
}

/** What --workers will do, and a word when there are more workers than cores. */
function workersNote(workers: number, o: EvalCommandOptions): string {
  const processes = `${workers} local worker process${workers === 1 ? '' : 'es'}`;
  const line = o.queue
    ? `samples go through queue "${o.queue}" in Redis; ${processes} take them too\n`
    : `samples run on ${processes}, ${o.concurrency ?? 4} at a time each\n`;
  const cores = availableParallelism();
  // Each worker is a process that loads Node and the project; past the cores they only compete for them
  // (samples that wait on a model are better served by -j, which costs no process).
  if (workers <= cores) return line;
  return `${line}note: ${workers} workers on ${cores} core${cores === 1 ? '' : 's'}: workers beyond the cores share them; for samples that wait on a model, raise -j instead (docs/scale.md)\n`;
}

/** `--workers`/`--queue` as runEval's fan-out: local workers run as many samples at once as -j says. */
function fanOutOf(o: EvalCommandOptions) {
  if (o.workers === undefined && o.queue === undefined) return {};
  return {
    fanOut: {
      workers: o.workers ?? 0,
      ...(o.queue ? { queue: o.queue } : {}),
      ...(o.leaseMs !== undefined ? { leaseMs: o.leaseMs } : {}),
      ...(o.concurrency !== undefined ? { concurrency: o.concurrency } : {}),
    },
  };
}

function checkFlags(o: EvalCommandOptions): void {
  checkFanOutFlags(o);
  if (o.variants?.length && (o.resume || o.watch))
    throw new TandemError('USAGE', `--variant does not apply to ${o.resume ? '--resume' : '--watch'}`, {
      hint: o.resume
        ? 'A resumed run continues with the variants it started with.'
        : 'Watch mode runs every variant.',
    });
  if (o.concurrency !== undefined && (!Number.isInteger(o.concurrency) || o.concurrency < 1)) {
    throw new TandemError('USAGE', `-j must be a positive whole number, got ${o.concurrency}`);
  }
  if (o.maxCostUsd !== undefined && !(o.maxCostUsd >= 0))
    throw new TandemError('USAGE', '--max-cost must be a number of USD, e.g. --max-cost 2.50');
  checkReportFiles(o.outputs);
  if (o.watch && (o.tags.length || o.excludeTags.length))
    throw new TandemError(
      'USAGE',
      '--watch runs every case of the suite; --tag and --exclude-tag do not apply',
      {
        hint: 'Drop --watch to run the tagged cases once, or drop the tag flags to watch the suite.',
      },
    );
}

// --workers, --queue and --lease-ms: what they combine with.
function checkFanOutFlags(o: EvalCommandOptions): void {
  if (o.leaseMs !== undefined && o.queue === undefined)
    throw new TandemError('USAGE', '--lease-ms applies to a run on a queue in Redis (--queue)', {
      hint: 'Local workers (--workers alone) need no lease: one that dies gives its samples back at once.',
    });
  if (o.workers === 0 && o.queue === undefined)
    throw new TandemError('USAGE', '--workers 0 leaves nobody to run the samples', {
      hint: 'Use --workers n (n ≥ 1), or --queue name to let `tandem worker` processes elsewhere take them.',
    });
  if ((o.workers !== undefined || o.queue !== undefined) && (o.watch || o.dryRun))
    throw new TandemError(
      'USAGE',
      `--workers and --queue do not apply to ${o.watch ? '--watch' : '--dry-run'}`,
    );
}

async function printEstimates(o: EvalCommandOptions): Promise<void> {
  const estimates = await estimateEval({
    root: o.root,
    configFile: o.configFile,
    suites: o.suites,
    tags: o.tags,
    excludeTags: o.excludeTags,
    strictSources: o.ci,
    onUnmatchedSource: printUnmatchedSource,
  });
  if (o.json) {
    process.stdout.write(`${JSON.stringify({ estimates }, null, 2)}\n`);
    return;
  }
  const { formatEstimate } = await loadEstimator();
  for (const e of estimates) process.stdout.write(`${formatEstimate(e)}\n`);
}

/** Prints a run's events as they come: knowledge synced, resuming, the progress bar, each suite's report. */
function createEvalPrinter(json: boolean): { onEvent(e: EvalEvent): void; stop(): void } {
  let bar: ReturnType<typeof createProgressBar> | undefined;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  const onEvent = (e: EvalEvent) => {
    switch (e.type) {
      case 'knowledge-synced':
        if (!json) printKnowledgeSync(e);
        return;
      case 'suite-started':
        printResuming(e, json);
        if (!json) bar = createProgressBar(`eval ${e.suite}`);
        return;
      case 'source-unmatched':
        printUnmatchedSource(e.unmatched);
        return;
      case 'suite-skipped':
        process.stderr.write(pc.dim(`${e.suite}: skipped, ${e.reason}\n`));
        return;
      case 'progress':
        bar?.update(e.done, e.total, `$${e.costUsd.toFixed(4)}`);
        return;
      case 'suite-finished':
        stop();
        if (!json) process.stdout.write(`${formatTerminalReport(e.run.summary, e.run.run)}\n\n`);
        return;
      case 'report-written':
        process.stderr.write(pc.dim(`wrote ${e.file}\n`));
        return;
      case 'no-workers':
        process.stderr.write(
          pc.yellow(
            `\n${e.suite}: samples wait on queue "${e.queue}" and no worker takes them: start one with \`tandem worker --queue ${e.queue}\` (same project, same TANDEM_REDIS)\n`,
          ),
        );
        return;
    }
  };
  return { onEvent, stop };
}

// A resumed run: a warning when its suite changed since (even with --json), and which run and tags continue.
function printResuming(e: Extract<EvalEvent, { type: 'suite-started' }>, json: boolean): void {
  if (!e.resumed) return;
  if (e.resumed.suiteChanged)
    process.stderr.write(
      pc.yellow(
        `${e.suite} changed since run ${e.resumed.runId}; resuming it anyway (finished samples are kept)\n`,
      ),
    );
  if (json) return;
  const tags = e.tagFilter ? ` (${describeTagFilter(e.tagFilter)})` : '';
  process.stderr.write(pc.dim(`resuming ${e.resumed.runId} of ${e.suite}${tags}\n`));
}

// On stderr even with --json: stdout stays machine-readable.
function printUnmatchedSource(u: UnmatchedSource): void {
  process.stderr.write(`${pc.yellow('warning:')} ${describeUnmatchedSource(u)}\n`);
}

/** Says what a knowledge sync changed, when it changed anything. */
export function printKnowledgeSync(e: Extract<EvalEvent, { type: 'knowledge-synced' }>): void {
  if (!(e.added + e.updated + e.removed) && !e.failed) return;
  const failed = e.failed ? `, ${e.failed} failed (tandem ingest ${e.base} shows why)` : '';
  process.stderr.write(
    pc.dim(`knowledge "${e.base}": ${e.added} added, ${e.updated} updated, ${e.removed} removed${failed}\n`),
  );
}

// --ci exits 1 with one line of reasons, after warning when a passing gate rests on the cache alone (--json
// had runEval write every suite to stdout); Ctrl-C exits 130.
function printResult(result: EvalRunResult, o: EvalCommandOptions): void {
  if (o.ci) {
    for (const w of result.gate.warnings) process.stderr.write(`${pc.yellow('warning:')} ${w}\n`);
    if (!result.gate.passed) {
      process.stderr.write(`${pc.red('tandem eval: gate failed:')} ${result.gate.reasons.join(' | ')}\n`);
      process.exitCode = 1;
    }
  }
  if (result.interrupted) process.exitCode = 130;
}
