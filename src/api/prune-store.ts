/**
 * @module `pruneStore`: deletes traces and eval runs older than their retention age, in batches (each batch
 * one short transaction, so a serving process keeps writing meanwhile), on either store. Used by
 * `tandem store prune` and, hourly, by `tandem serve`.
 */
import { ageMs, TandemError } from '../core/index.js';
import type { Project } from '../pipeline/index.js';
import type { Store } from '../store/index.js';
import { openProject, type ProjectSource } from './open-project.js';

/** How old is too old: ages such as `30d`; each left out is kept forever. */
export interface RetentionAges {
  traces?: string;
  results?: string;
}

/** What a prune deleted. */
export interface PruneCounts {
  traces: number;
  runs: number;
}

const BATCH = 500;

/** Deletes what is older than the ages given (or the project's `retention:`); returns the counts. */
export async function pruneStore(
  o: ProjectSource & { ages?: RetentionAges; now?: number },
): Promise<PruneCounts> {
  const { project, close } = await openProject(o);
  try {
    const ages = o.ages ?? project.loaded.config.retention ?? {};
    if (!ages.traces && !ages.results)
      throw new TandemError('USAGE', 'nothing to prune: no retention age given', {
        hint: 'Pass --traces 30d and/or --results 90d, or set retention: { traces: 30d, results: 90d } in tandem.yaml.',
      });
    return await pruneOlder(project.store, ages, o.now ?? Date.now());
  } finally {
    await close();
  }
}

/** Prunes `store` by `ages` at time `now`, batch after batch until nothing older is left. */
export async function pruneOlder(store: Store, ages: RetentionAges, now: number): Promise<PruneCounts> {
  const cutoff = (age: string | undefined) => {
    if (age === undefined) return undefined;
    const ms = ageMs(age);
    if (ms === undefined)
      throw new TandemError('USAGE', `"${age}" is not an age`, { hint: 'Write it as 30d, 12h or 90m.' });
    return now - ms;
  };
  const traces = cutoff(ages.traces);
  const runs = cutoff(ages.results);
  return {
    traces: traces === undefined ? 0 : await drain((n) => store.traces.prune(traces, n)),
    runs: runs === undefined ? 0 : await drain((n) => store.evals.prune(runs, n)),
  };
}

async function drain(batch: (limit: number) => Promise<number>): Promise<number> {
  let total = 0;
  for (let n = await batch(BATCH); n > 0; n = await batch(BATCH)) {
    total += n;
    // Lets requests in between batches on a serving process.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return total;
}

/** Prunes now and then every hour while the project serves; the timer does not keep the process alive. */
export function schedulePruning(
  project: Project,
  on: { pruned: (counts: PruneCounts) => void; failed: (err: unknown) => void },
): () => void {
  const ages = project.loaded.config.retention;
  if (!ages?.traces && !ages?.results) return () => {};
  const run = () =>
    void pruneOlder(project.store, ages, Date.now()).then((c) => {
      if (c.traces || c.runs) on.pruned(c);
    }, on.failed);
  run();
  const timer = setInterval(run, 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
