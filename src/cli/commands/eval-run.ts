/**
 * @module `tandem eval`: finds suites, runs or resumes them with a progress bar, prints the summary, writes
 * reports, and gates CI on thresholds.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { TandemError } from '../../core/index.js';
import { ciVerdict, type LoadedSuite, loadSuite, runSuite, type SuiteRun } from '../../evals/index.js';
import { isReportFile, renderReport, toJsonReport } from '../../evals/report/formats.js';
import { formatTerminalReport } from '../../evals/report/terminal.js';
import { loadProject, type Project } from '../../pipeline/index.js';
import { stderrColors as pc } from '../output/colors.js';
import { createProgressBar } from '../output/progress.js';

export interface EvalCommandOptions {
  root: string;
  configFile?: string;
  suites: string[];
  concurrency?: number;
  noCache: boolean;
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
}

/** Runs `tandem eval`. */
export async function evalCommand(o: EvalCommandOptions): Promise<void> {
  if (o.concurrency !== undefined && (!Number.isInteger(o.concurrency) || o.concurrency < 1)) {
    throw new TandemError('USAGE', `-j must be a positive whole number, got ${o.concurrency}`);
  }
  if (o.maxCostUsd !== undefined && !(o.maxCostUsd >= 0))
    throw new TandemError('USAGE', '--max-cost must be a number of USD, e.g. --max-cost 2.50');
  for (const out of o.outputs) {
    if (!isReportFile(out)) {
      throw new TandemError('USAGE', `cannot write a report to ${out}`, {
        hint: 'Use a file ending in .json, .csv, .xml (JUnit), .md or .html.',
      });
    }
  }
  const project = await loadProject(o.root, { file: o.configFile, batchTraces: true });
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
    const files = await suiteFiles(project.root, o.suites);
    const suites = await Promise.all(files.map((f) => loadSuite(project.root, f)));
    if (o.dryRun) {
      const { estimateSuite, formatEstimate } = await import('../../evals/runner/estimate.js');
      for (const s of suites) process.stdout.write(`${formatEstimate(await estimateSuite(project, s))}\n`);
      return;
    }
    if (o.watch) {
      if (suites.length !== 1) {
        throw new TandemError('USAGE', `--watch follows one suite; ${suites.length} were found`, {
          hint: 'Name it: tandem eval tests/answer.yaml --watch',
        });
      }
      const { watchEval } = await import('./eval-watch.js');
      await syncKnowledge(project, suites[0]!, o.json);
      await watchEval(project, suites[0]!, o, controller.signal);
      return;
    }
    const runs: SuiteRun[] = [];
    const approvals: string[] = [];
    for (const suite of suites) {
      runs.push(await runOne(project, suite, o, controller.signal));
      if (o.requireApproval !== undefined && suite.spec.app) {
        const { approvalGateFailure } = await import('../../playbook/index.js');
        const missing = await approvalGateFailure(project, suite.spec.app, o.requireApproval);
        if (missing) approvals.push(missing);
      }
      if (controller.signal.aborted) break;
    }
    // One run, one report per -o, every suite in it (a failing suite early in the run must show in CI).
    if (o.json) process.stdout.write(toJsonReport(runs));
    for (const out of o.outputs) await writeReport(project, resolve(process.cwd(), out), runs);
    if (o.ci) gate(runs, approvals);
    if (controller.signal.aborted) process.exitCode = 130;
  } finally {
    process.off('SIGINT', onSigint);
    await project.close();
  }
}

async function runOne(
  project: Project,
  suite: LoadedSuite,
  o: EvalCommandOptions,
  signal: AbortSignal,
): Promise<SuiteRun> {
  await syncKnowledge(project, suite, o.json);
  const resume = o.resume ? await findResumable(project, suite, o.runId) : undefined;
  if (resume && !o.json) process.stderr.write(pc.dim(`resuming ${resume.id} of ${suite.file}\n`));
  const bar = o.json ? undefined : createProgressBar(`eval ${suite.file}`);
  const run = await runSuite({
    project,
    suite,
    resume,
    concurrency: o.concurrency,
    noCache: o.noCache,
    maxCostUsd: o.maxCostUsd,
    signal,
    onProgress: (p) => bar?.update(p.done, p.total, `$${p.costUsd.toFixed(4)}`),
  }).finally(() => bar?.stop());
  if (!o.json) process.stdout.write(`${formatTerminalReport(run.summary, run.run)}\n\n`);
  return run;
}

// --ci: exit 1 with a one-line reason per failing suite; warn when a passing gate rests on the cache alone.
function gate(runs: SuiteRun[], approvals: string[]): void {
  const { failures, warnings } = ciVerdict(runs.map((r) => r.summary));
  for (const w of warnings) process.stderr.write(`${pc.yellow('warning:')} ${w}\n`);
  const reasons = [...failures, ...approvals];
  if (!reasons.length) return;
  process.stderr.write(`${pc.red('tandem eval: gate failed:')} ${reasons.join(' | ')}\n`);
  process.exitCode = 1;
}

// Cases must see the documents as they are now: bring every knowledge base the suite's apps use up to date
// (incremental: only changed files are read) and say so when something changed.
async function syncKnowledge(project: Project, suite: LoadedSuite, quiet: boolean): Promise<void> {
  const apps = suite.spec.app ? [project.loaded.config.apps[suite.spec.app]] : [];
  const bases = new Set(
    apps
      .map((a) => (typeof a?.knowledge === 'string' ? a.knowledge : a?.knowledge?.base))
      .filter((b): b is string => Boolean(b)),
  );
  for (const name of bases) {
    const r = await (await project.knowledge.get(name)).ingest();
    const changed = r.added.length + r.updated.length + r.removed.length;
    if (!quiet && (changed || r.failed.length)) {
      process.stderr.write(
        pc.dim(
          `knowledge "${name}": ${r.added.length} added, ${r.updated.length} updated, ${r.removed.length} removed${r.failed.length ? `, ${r.failed.length} failed (tandem ingest ${name} shows why)` : ''}\n`,
        ),
      );
    }
  }
}

async function writeReport(project: Project, file: string, runs: SuiteRun[]): Promise<void> {
  // Case files in the report are relative to where tandem ran (the CI checkout), as annotators expect.
  const filePath = (f: string) => relative(process.cwd(), resolve(project.root, f));
  const text = await renderReport(file, runs, { filePath });
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  process.stderr.write(pc.dim(`wrote ${file}\n`));
}

async function findResumable(project: Project, suite: LoadedSuite, runId?: string) {
  if (runId) {
    const run = await project.store.evals.getRun(runId);
    if (!run)
      throw new TandemError('NOT_FOUND', `no eval run ${runId}`, {
        hint: 'Run ids are printed at the top of each report.',
      });
    if (run.suite !== suite.file)
      throw new TandemError('USAGE', `run ${runId} is of ${run.suite}, not ${suite.file}`);
    return run;
  }
  const [last] = await project.store.evals.listRuns({ suite: suite.file, limit: 1 });
  if (!last || last.status === 'finished') return undefined;
  if (last.suiteHash !== suite.hash) {
    process.stderr.write(
      pc.yellow(
        `${suite.file} changed since run ${last.id}; resuming it anyway (finished samples are kept)\n`,
      ),
    );
  }
  return last;
}

async function suiteFiles(root: string, given: string[]): Promise<string[]> {
  if (given.length) {
    for (const f of given)
      if (!existsSync(resolve(root, f)))
        throw new TandemError('SUITE_INVALID', `no suite file ${f}`, {
          hint: 'Suites are YAML files, usually in tests/.',
        });
    return given;
  }
  const found = (await glob(['tests/**/*.yaml', 'tests/**/*.yml'], { cwd: root })).sort();
  if (!found.length) {
    throw new TandemError('SUITE_INVALID', `no suites in ${join(root, 'tests')}`, {
      hint: 'Write tests/<name>.yaml:\n  app: assistant\n  cases:\n    - vars: { question: … }\n      assert: [{ type: icontains, value: … }]',
    });
  }
  return found;
}
