import { compareRuns, resolveRunId } from '../../evals/index.js';
import { loadProject } from '../../pipeline/index.js';
import { stdoutColors as pc } from '../output/colors.js';

export interface CompareOptions {
  root: string;
  configFile?: string;
  runA: string;
  runB: string;
  variant?: string;
  json: boolean;
}

/** `tandem compare`: a paired comparison of two stored runs. */
export async function compareCommand(o: CompareOptions): Promise<void> {
  const project = await loadProject(o.root, { file: o.configFile });
  try {
    const runA = await resolveRunId(project.store.evals, o.runA);
    const runB = await resolveRunId(project.store.evals, o.runB);
    const cmp = await compareRuns(project.store.evals, {
      a: runA,
      b: runB,
      ...(o.variant ? { variantA: o.variant, variantB: o.variant } : {}),
    });
    if (o.json) {
      const { a, b, tags, metrics, ...paired } = cmp;
      // The pass rates the text prints are in the JSON too, with per-tag and per-check figures.
      const side = (s: typeof a) => ({ variant: s.variant, passRate: s.passRate, costUsd: s.costUsd });
      process.stdout.write(
        `${JSON.stringify({ a: runA, b: runB, ...paired, sides: { a: side(a), b: side(b) }, tags, metrics }, null, 2)}\n`,
      );
      return;
    }
    const pts = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
    const rate = (side: typeof cmp.a) =>
      side.passRate.cases ? `${(side.passRate.mean * 100).toFixed(1)}%` : 'n/a';
    const cases = (n: number) => `${n} case${n === 1 ? '' : 's'}`;
    // The two runs' own rates cover their own cases; the difference is paired, over the cases both ran. When the
    // sets differ, each rate says how many cases it covers and the difference says it is over the shared ones.
    const sameCases = !cmp.onlyInA.length && !cmp.onlyInB.length;
    const rates = sameCases
      ? `${rate(cmp.a)} → ${rate(cmp.b)}:`
      : `${rate(cmp.a)} (${cases(cmp.a.passRate.cases)}) → ${rate(cmp.b)} (${cases(cmp.b.passRate.cases)}); on the ${cases(cmp.cases).replace(/^(\d+) /, '$1 shared ')}:`;
    const difference = cmp.cases
      ? `${pts(cmp.difference.mean)} pts (95% CI ${pts(cmp.difference.low)} to ${pts(cmp.difference.high)})`
      : 'no case ran in both, so no difference is measured';
    process.stdout.write(
      `${pc.bold(`${runA} → ${runB}`)} (${cmp.a.suite}${cmp.a.suite !== cmp.b.suite ? ` vs ${cmp.b.suite}` : ''}), ${cases(cmp.cases).replace(/^(\d+) /, '$1 shared ')}\n` +
        `  pass rate ${cmp.cases ? rates : rates.replace(/; on the .*$/, ';')} ${difference}\n`,
    );
    for (const c of cmp.fixed) process.stdout.write(pc.green(`  fixed   ${c.name}\n`));
    for (const c of cmp.broken) process.stdout.write(pc.red(`  broken  ${c.name}\n`));
    if (cmp.onlyInA.length) process.stdout.write(pc.dim(`  only in ${runA}: ${cases(cmp.onlyInA.length)}\n`));
    if (cmp.onlyInB.length) process.stdout.write(pc.dim(`  only in ${runB}: ${cases(cmp.onlyInB.length)}\n`));
    if (!cmp.fixed.length && !cmp.broken.length)
      process.stdout.write(pc.dim('  no case changed between passing and failing\n'));
  } finally {
    await project.close();
  }
}
