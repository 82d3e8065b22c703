/** @module `tandem store prune`: deletes old traces and eval runs and says how many. */
import { pruneStore, type RetentionAges } from '../../api/index.js';

/** Runs `tandem store prune`. */
export async function prune(o: { root: string; configFile?: string; ages?: RetentionAges }): Promise<void> {
  const counts = await pruneStore({
    root: o.root,
    configFile: o.configFile,
    ...(o.ages ? { ages: o.ages } : {}),
  });
  process.stdout.write(`deleted ${counts.traces} traces and ${counts.runs} eval runs\n`);
}
