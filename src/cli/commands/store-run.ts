/** @module `tandem store prune` and `tandem store migrate`: what they did, in counts. */
import { resolve } from 'node:path';
import { migrateStore, pruneStore, type RetentionAges } from '../../api/index.js';

/** Runs `tandem store prune`. */
export async function prune(o: { root: string; configFile?: string; ages?: RetentionAges }): Promise<void> {
  const counts = await pruneStore({
    root: o.root,
    configFile: o.configFile,
    ...(o.ages ? { ages: o.ages } : {}),
  });
  process.stdout.write(`deleted ${counts.traces} traces and ${counts.runs} eval runs\n`);
}

/** Runs `tandem store migrate`: the rows copied per table, then the total. */
export async function migrate(o: { root: string; from: string; to: string }): Promise<void> {
  const counts = await migrateStore(resolve(o.root, o.from), o.to, (table, rows) =>
    process.stdout.write(`${table.padEnd(16)} ${rows}\n`),
  );
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `copied ${total} rows; knowledge bases are not copied: run tandem ingest against the new store\n`,
  );
}
