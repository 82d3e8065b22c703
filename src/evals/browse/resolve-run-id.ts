import { TandemError } from '../../core/index.js';
import type { EvalStore } from '../../store/index.js';

const LATEST = /^latest(?:~(\d+))?$/;
// Fewer characters than this after `run_` say too little to pick a run (ids share their first characters).
const MIN_PREFIX = 4;

/**
 * The full id of the run `ref` names: a full id, `latest` or `latest~N` (the run N before the newest), or a
 * unique prefix of an id, with or without its `run_`. A clear error for none, or for a prefix that fits several.
 */
export async function resolveRunId(store: EvalStore, ref: string): Promise<string> {
  const latest = LATEST.exec(ref);
  if (latest) return nthNewest(store, Number(latest[1] ?? 0), ref);
  if (await store.getRun(ref)) return ref;
  const prefix = ref.startsWith('run_') ? ref : `run_${ref}`;
  if (prefix.length - 'run_'.length < MIN_PREFIX) throw notFound(ref);
  const ids = await store.findRunIds(prefix, 3);
  if (ids.length === 1) return ids[0]!;
  if (!ids.length) throw notFound(ref);
  throw new TandemError(
    'USAGE',
    `run id "${ref}" fits more than one run (${ids.slice(0, 2).join(', ')}${ids.length > 2 ? ', …' : ''})`,
    {
      hint: 'Give more characters of the id; `tandem runs` lists them.',
    },
  );
}

async function nthNewest(store: EvalStore, n: number, ref: string): Promise<string> {
  const runs = await store.listRuns({ limit: n + 1 });
  const run = runs[n];
  if (run) return run.id;
  throw new TandemError(
    'NOT_FOUND',
    `no run ${ref}: the store holds ${runs.length} run${runs.length === 1 ? '' : 's'}`,
    {
      hint: 'Run `tandem eval` to record one; `tandem runs` lists them.',
    },
  );
}

function notFound(ref: string): TandemError {
  return new TandemError('NOT_FOUND', `no eval run ${ref}`, {
    hint: 'Give a run id from `tandem runs` (a unique prefix of it works), or latest / latest~1.',
  });
}
