import { TandemError } from '../../core/index.js';
import { comparePaired, type SuiteSummary } from '../../evals/index.js';
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
    const casesOf = async (id: string) => {
      const run = await project.store.evals.getRun(id);
      if (!run)
        throw new TandemError('NOT_FOUND', `no eval run ${id}`, {
          hint: 'Run ids are printed at the top of each `tandem eval` report.',
        });
      const summary = run.summary as unknown as SuiteSummary | undefined;
      if (!summary)
        throw new TandemError('USAGE', `run ${id} has no results yet`, {
          hint: `Finish it with \`tandem eval --resume --run ${id}\`.`,
        });
      const variant = o.variant ?? summary.variants[0]?.name;
      if (!summary.variants.some((v) => v.name === variant)) {
        throw new TandemError('USAGE', `run ${id} has no variant "${variant}"`, {
          hint: `variants: ${summary.variants.map((v) => v.name).join(', ')}`,
        });
      }
      return {
        run,
        summary,
        cases: summary.cases
          .filter((c) => c.variant === variant)
          .map((c) => ({ caseId: c.caseId, name: c.name, passRate: c.passRate })),
      };
    };
    const a = await casesOf(o.runA);
    const b = await casesOf(o.runB);
    const cmp = comparePaired(a.cases, b.cases);
    if (o.json) {
      process.stdout.write(`${JSON.stringify({ a: o.runA, b: o.runB, ...cmp }, null, 2)}\n`);
      return;
    }
    const pts = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
    const rate = (cs: { passRate?: number }[]) => {
      const m = cs.filter((c) => c.passRate !== undefined);
      return m.length ? `${((m.reduce((s, c) => s + c.passRate!, 0) / m.length) * 100).toFixed(1)}%` : 'n/a';
    };
    process.stdout.write(
      `${pc.bold(`${o.runA} → ${o.runB}`)} (${a.summary.suite}${a.summary.suite !== b.summary.suite ? ` vs ${b.summary.suite}` : ''}), ${cmp.cases} shared cases\n` +
        `  pass rate ${rate(a.cases)} → ${rate(b.cases)}: ${pts(cmp.difference.mean)} pts (95% CI ${pts(cmp.difference.low)} to ${pts(cmp.difference.high)})\n`,
    );
    for (const c of cmp.fixed) process.stdout.write(pc.green(`  fixed   ${c.name}\n`));
    for (const c of cmp.broken) process.stdout.write(pc.red(`  broken  ${c.name}\n`));
    if (cmp.onlyInA.length)
      process.stdout.write(pc.dim(`  only in ${o.runA}: ${cmp.onlyInA.length} cases\n`));
    if (cmp.onlyInB.length)
      process.stdout.write(pc.dim(`  only in ${o.runB}: ${cmp.onlyInB.length} cases\n`));
    if (!cmp.fixed.length && !cmp.broken.length)
      process.stdout.write(pc.dim('  no case changed between passing and failing\n'));
  } finally {
    await project.close();
  }
}
