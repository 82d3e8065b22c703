import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store, type TraceRecord } from '../../src/store/index.js';
import { dropPgSchemas, freshPgSchema } from '../support/pg-schemas.js';
import { BIN, runCli } from '../support/run-cli.js';
import { describeWithPostgres } from '../support/services.js';
import { tempProject } from '../support/temp-project.js';
import { waitFor } from '../support/wait-for.js';

const DAY = 86_400_000;

const trace = (id: string, ageDays: number): TraceRecord => ({
  id,
  name: 'bot',
  kind: 'app',
  status: 'ok',
  startedAt: Date.now() - ageDays * DAY,
  durationMs: 5,
  usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
  costUsd: 0,
  spans: [],
});

/** Old and new traces and runs, written straight into the project's store. */
async function seed(store: Store): Promise<void> {
  await store.traces.write([trace('tr_old1', 40), trace('tr_old2', 31), trace('tr_new', 1)]);
  for (const [id, age] of [
    ['run_old', 100],
    ['run_new', 2],
  ] as const) {
    await store.evals.createRun({
      id,
      suite: 'tests/a.yaml',
      suiteHash: 'h',
      status: 'finished',
      startedAt: Date.now() - age * DAY,
      config: {},
    });
  }
}

async function remaining(store: Store) {
  return {
    traces: (await store.traces.list()).map((t) => t.id),
    runs: (await store.evals.listRuns()).map((r) => r.id),
  };
}

const project = (extra = '') =>
  tempProject({ 'tandem.yaml': `providers:\n  local: { type: echo }\n${extra}` });

function pruneOn(name: string, suite: typeof describe.skip, storeEnv: () => Record<string, string>) {
  suite(`tandem store prune (${name})`, () => {
    it('deletes traces and eval runs older than the ages given, and keeps the rest', async () => {
      const dir = project();
      const env = storeEnv();
      const store = await openStore(dir, '.tandem/tandem.db', { ...process.env, ...env });
      await seed(store);
      const out = await runCli(['store', 'prune', '--traces', '30d', '--results', '90d'], { cwd: dir, env });
      expect(out.stdout).toBe('deleted 2 traces and 1 eval runs\n');
      expect(out.code).toBe(0);
      expect(await remaining(store)).toEqual({ traces: ['tr_new'], runs: ['run_new'] });
      await store.close();
    }, 60_000);
  });
}

const schemas: string[] = [];
pruneOn('SQLite', describe, () => ({}));
pruneOn('PostgreSQL', describeWithPostgres, () => {
  const { schema, url } = freshPgSchema('prune');
  schemas.push(schema);
  return { TANDEM_STORE: url };
});
afterAll(() => dropPgSchemas(schemas));

describe('retention from tandem.yaml', () => {
  it('is what prune uses by default, and serve prunes at start', async () => {
    const dir = project('retention: { traces: 30d, results: 90d }\n');
    const store = await openStore(dir, '.tandem/tandem.db');
    await seed(store);
    await store.close();
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    try {
      await waitFor(() => (out.includes('retention:') ? out : undefined), {
        timeoutMs: 30_000,
        what: 'pruning',
      });
      expect(out).toContain('retention: deleted 2 traces and 1 eval runs');
    } finally {
      child.kill('SIGTERM');
    }
    const again = await openStore(dir, '.tandem/tandem.db');
    expect(await remaining(again)).toEqual({ traces: ['tr_new'], runs: ['run_new'] });
    await again.close();
    // Nothing older is left: a second prune deletes nothing.
    expect((await runCli(['store', 'prune'], { cwd: dir })).stdout).toBe(
      'deleted 0 traces and 0 eval runs\n',
    );
  }, 60_000);

  it('says what is wrong with an age, and when no age is given at all', async () => {
    const dir = project();
    const bad = await runCli(['store', 'prune', '--traces', '30 days'], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([1, expect.stringContaining('"30 days" is not an age')]);
    expect(bad.stderr).toContain('30d, 12h or 90m');
    const none = await runCli(['store', 'prune'], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('nothing to prune: no retention age given');
    const yaml = tempProject({ 'tandem.yaml': 'retention: { traces: forever }\n' });
    const invalid = await runCli(['store', 'prune'], { cwd: yaml });
    expect(invalid.stderr).toContain('retention.traces');
    expect(invalid.stderr).toContain('expected an age such as 30d');
  }, 60_000);
});
