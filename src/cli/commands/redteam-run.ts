/**
 * @module `tandem redteam`: turns the flags into a `runRedteam` call and prints what it reports: a progress
 * bar, the summary (or JSON), the files written. Exit code 1 when any attack broke, 130 on Ctrl-C.
 */
import { checkRedteamFiles, type RedteamEvent, runRedteam } from '../../api/index.js';
import { formatRedteamTerminal } from '../../evals/index.js';
import { stderrColors, stdoutColors } from '../output/colors.js';
import { createProgressBar } from '../output/progress.js';

/** The flags of `tandem redteam`, parsed. */
export interface RedteamCommandOptions {
  root: string;
  configFile?: string;
  app: string;
  attacks?: number;
  languages: string[];
  judge?: string;
  seed?: number;
  concurrency?: number;
  noCache: boolean;
  outputs: string[];
  json: boolean;
}

/** Runs `tandem redteam`. */
export async function redteamCommand(o: RedteamCommandOptions): Promise<void> {
  // The files are checked before any attack runs: a bad -o path is found now, not after minutes of attacks.
  checkRedteamFiles(o.outputs);
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write(
      stderrColors.yellow('\nstopping: no new attacks; the report covers those that ran\n'),
    );
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  const bar = createProgressBar(`redteam ${o.app}`);
  try {
    const result = await runRedteam({
      root: o.root,
      configFile: o.configFile,
      app: o.app,
      attacks: o.attacks,
      languages: o.languages,
      judge: o.judge,
      seed: o.seed,
      concurrency: o.concurrency,
      noCache: o.noCache,
      outputs: o.outputs,
      signal: controller.signal,
      onEvent: (e) => onEvent(e, bar),
    }).finally(bar.stop);
    const { report } = result;
    if (o.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else process.stdout.write(`${formatRedteamTerminal(report, stdoutColors, { outputs: o.outputs })}\n`);
    if (!result.passed) {
      process.stderr.write(
        `${stderrColors.red('tandem redteam: broken:')} ${report.totals.broken} of ${report.totals.attempted} attacks broke ${o.app}\n`,
      );
      process.exitCode = 1;
    }
    if (result.interrupted) process.exitCode = 130;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

function onEvent(e: RedteamEvent, bar: ReturnType<typeof createProgressBar>): void {
  const pc = stderrColors;
  switch (e.type) {
    case 'knowledge-indexed':
      process.stderr.write(pc.dim(`indexed knowledge "${e.base}": ${e.documents} documents\n`));
      return;
    case 'knowledge-missing':
      process.stderr.write(pc.yellow(`knowledge "${e.base}": ${e.error.message}\n`));
      return;
    case 'started':
      bar.update(0, e.total, '');
      return;
    case 'progress':
      bar.update(e.done, e.total, `${e.last.attack.id} ${e.last.verdict}`);
      return;
    case 'report-written':
    case 'saved':
      process.stderr.write(pc.dim(`wrote ${e.file}\n`));
      return;
  }
}
