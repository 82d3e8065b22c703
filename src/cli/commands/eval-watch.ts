import { type WatchEvalEvent, watchEval as watchSuiteEval } from '../../api/index.js';
import { formatTerminalReport, type WatchIteration } from '../../evals/index.js';
import { stdoutColors as pc, stderrColors } from '../output/colors.js';
import { formatUserError, isUserError } from '../output/format-error.js';
import { type EvalCommandOptions, printKnowledgeSync } from './eval-run.js';

/** `tandem eval --watch`: the full report once, then one short block per save. */
export async function watchEval(o: EvalCommandOptions, signal: AbortSignal): Promise<void> {
  await watchSuiteEval({
    root: o.root,
    configFile: o.configFile,
    suites: o.suites,
    concurrency: o.concurrency,
    signal,
    onEvent: (e) => printWatchEvent(e, o.json),
  });
}

function printWatchEvent(e: WatchEvalEvent, json: boolean): void {
  switch (e.type) {
    case 'knowledge-synced':
      if (!json) printKnowledgeSync(e);
      return;
    case 'watching':
      process.stderr.write(
        stderrColors.dim('watching the suite, prompts, tools and knowledge (Ctrl-C to stop)\n'),
      );
      return;
    case 'iteration':
      if (json) printIterationJson(e.iteration);
      else printIteration(e.iteration);
      return;
    case 'iteration-failed':
      process.stderr.write(
        `${isUserError(e.error) ? formatUserError(e.error) : String((e.error as Error)?.stack ?? e.error)}\n`,
      );
      return;
  }
}

function printIterationJson(it: WatchIteration): void {
  process.stdout.write(
    `${JSON.stringify({ runId: it.run.run.id, changed: it.changed, rerun: it.rerun, newlyPassing: it.newlyPassing.map((c) => c.caseId), newlyFailing: it.newlyFailing.map((c) => c.caseId), passRate: it.run.summary.variants.map((v) => ({ variant: v.name, passRate: v.passRate.mean })) })}\n`,
  );
}

function printIteration(it: WatchIteration): void {
  if (!it.changed.length) {
    process.stdout.write(`${formatTerminalReport(it.run.summary, it.run.run, { failures: 10 })}\n\n`);
    return;
  }
  const v = it.run.summary.variants.map((x) => `${x.name} ${(x.passRate.mean * 100).toFixed(1)}%`).join(', ');
  process.stdout.write(
    `${pc.bold(it.changed.join(', '))} changed → re-ran ${it.rerun} sample${it.rerun === 1 ? '' : 's'} (${it.run.run.id}): ${v}\n`,
  );
  for (const c of it.newlyPassing) process.stdout.write(pc.green(`  now passes: ${c.name}\n`));
  for (const c of it.newlyFailing) {
    process.stdout.write(pc.red(`  now fails:  ${c.name}\n`));
    for (const a of c.assertions.filter((x) => x.status !== 'pass'))
      process.stdout.write(pc.dim(`      ${a.type}: ${a.reason}\n`));
  }
  if (!it.newlyPassing.length && !it.newlyFailing.length)
    process.stdout.write(pc.dim('  no case changed between passing and failing\n'));
}
