/** @module `tandem runs`: the studio's runs list in a terminal, on the same digest as GET /api/runs. */
import { TandemError } from '../../core/index.js';
import { runDigest } from '../../evals/index.js';
import { loadProject } from '../../pipeline/index.js';
import { stdoutColors as pc } from '../output/colors.js';

const STATUSES = ['running', 'finished', 'interrupted', 'budget-exceeded'];

export interface RunsOptions {
  root: string;
  configFile?: string;
  suite?: string;
  status?: string;
  limit: number;
  json: boolean;
}

/** Prints the runs, newest first. */
export async function runsCommand(o: RunsOptions): Promise<void> {
  if (o.status && !STATUSES.includes(o.status))
    throw new TandemError('USAGE', `--status takes ${STATUSES.join(', ')}, not "${o.status}"`);
  const project = await loadProject(o.root, { file: o.configFile });
  try {
    const runs = (
      await project.store.evals.listRuns({
        ...(o.suite ? { suite: o.suite } : {}),
        limit: o.status ? 1000 : o.limit,
      })
    )
      .filter((r) => !o.status || r.status === o.status)
      .slice(0, o.limit)
      .map(runDigest);
    if (o.json) {
      process.stdout.write(`${JSON.stringify({ data: runs }, null, 2)}\n`);
      return;
    }
    if (!runs.length) process.stdout.write('no eval runs yet: start one with `tandem eval`\n');
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    for (const r of runs) {
      const variants = r.variants
        .map(
          (v) =>
            `${v.name} ${v.passRate ? `${pct(v.passRate.mean)} [${pct(v.passRate.low)}–${pct(v.passRate.high)}]` : 'n/a'}`,
        )
        .join(', ');
      const when = new Date(r.startedAt).toISOString().slice(0, 16).replace('T', ' ');
      const status = r.status === 'finished' ? '' : ` ${pc.yellow(r.status)}`;
      const by = [r.startedBy, r.commit].filter(Boolean).join(' ');
      process.stdout.write(
        `${pc.cyan(r.id)}  ${when}  ${r.suite}  ${variants}${status}${by ? pc.dim(`  ${by}`) : ''}\n`,
      );
    }
  } finally {
    await project.close();
  }
}
