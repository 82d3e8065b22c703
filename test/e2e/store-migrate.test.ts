import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openSqliteStore, type Store } from '../../src/store/index.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { dropPgSchemas, freshPgSchema } from '../support/pg-schemas.js';
import { runCli } from '../support/run-cli.js';
import { describeWithPostgres } from '../support/services.js';
import { tempProject } from '../support/temp-project.js';

/** A little of everything a project's store holds. */
async function seed(store: Store): Promise<void> {
  await store.prompts.saveVersion({ name: 'answer', version: 'v1aaaa', source: 'one' });
  await store.prompts.saveVersion({
    name: 'answer',
    version: 'v2bbbb',
    source: 'two',
    partials: { h: 'Hi' },
  });
  await store.prompts.setLabel('answer', 'production', 'v1aaaa', { by: 'Ann', note: 'first release' });
  await store.traces.write([
    {
      id: 'tr_1',
      name: 'bot',
      kind: 'app',
      status: 'ok',
      startedAt: 1_700_000_000_000,
      durationMs: 12,
      usage: { inputTokens: 3, outputTokens: 2, totalTokens: 5 },
      costUsd: 0.001,
      input: { vars: { q: 'Hi\u0000there' } },
      output: { text: 'Hello' },
      model: 'gpt-4o-mini',
      spans: [
        {
          id: 'sp_1',
          traceId: 'tr_1',
          name: 'bot',
          kind: 'app',
          startedAt: 1_700_000_000_000,
          durationMs: 12,
          status: 'ok',
          attributes: { prompt: 'answer' },
        },
      ],
    },
  ]);
  await store.traces.addFeedback('tr_1', { score: 1, comment: 'good' });
  await store.evals.createRun({
    id: 'run_1',
    suite: 'tests/a.yaml',
    suiteHash: 'h',
    status: 'finished',
    startedAt: 1_700_000_000_000,
    config: { variants: ['default'] },
  });
  await store.evals.saveResult({
    runId: 'run_1',
    variant: 'default',
    caseId: 'c1',
    sample: 0,
    status: 'pass',
    score: 1,
    assertions: [],
    cached: true,
    output: 'yes',
  });
  await store.approvals.add({
    app: 'bot',
    prompt: 'answer',
    version: 'v1aaaa',
    by: 'Lee',
    role: 'legal',
    decision: 'changes-requested',
    note: 'fix refunds',
  });
  const key = await store.keys.create(
    { id: 'key_1', name: 'web', role: 'reviewer', prefix: 'tdm_ab', rpm: 60 },
    'hash-1',
  );
  await store.keys.addSpend(key.id, { requests: 2, tokens: 10, costUsd: 0.5 }, Date.UTC(2026, 10, 30));
  await store.responses.save({ id: 'resp_1', createdAt: 1, model: 'm', conversation: [], body: { a: 1 } });
}

/** What a caller reads back, through the Store interface only. */
async function readBack(store: Store) {
  return {
    versions: await store.prompts.listVersions('answer'),
    labels: await store.prompts.listLabels(),
    moves: await store.prompts.labelMoves('answer'),
    trace: await store.traces.get('tr_1'),
    feedback: await store.traces.feedback('tr_1'),
    runs: await store.evals.listRuns(),
    results: await store.evals.results('run_1'),
    approvals: await store.approvals.list({ app: 'bot' }),
    key: await store.keys.findByHash('hash-1'),
    spend: await store.keys.spendSince('key_1', '2026-11-01'),
    response: await store.responses.get('resp_1'),
  };
}

const schemas: string[] = [];
afterAll(() => dropPgSchemas(schemas));

describeWithPostgres('tandem store migrate', () => {
  it("copies a project's history into PostgreSQL, where it reads back the same, and refuses a second copy", async () => {
    const dir = tempProject({ 'tandem.yaml': 'providers:\n  local: { type: echo }\n' });
    const file = join(dir, '.tandem/tandem.db');
    const source = openSqliteStore(file);
    await seed(source);
    const before = await readBack(source);
    await source.close();
    const { schema, url } = freshPgSchema('migrate');
    schemas.push(schema);
    const out = await runCli(['store', 'migrate', '--from', '.tandem/tandem.db', '--to', url], { cwd: dir });
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/^traces\s+1$/m);
    expect(out.stdout).toMatch(/^eval_results\s+1$/m);
    expect(out.stdout).toMatch(/^label_moves\s+1$/m);
    expect(out.stdout).toContain('copied 13 rows');
    const target = await openPostgresStore(url);
    const after = await readBack(target);
    await target.close();
    // Everything reads back the same (a NUL inside JSON travels escaped, so even it survives).
    expect(after).toEqual(before);
    const again = await runCli(['store', 'migrate', '--from', '.tandem/tandem.db', '--to', url], {
      cwd: dir,
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('the target store already holds 1 rows in traces');
    expect(again.stderr).toContain('Migrate into an empty store');
  }, 60_000);
});

it('says what is wrong with the source or the target', async () => {
  const dir = tempProject({ 'tandem.yaml': 'providers:\n  local: { type: echo }\n' });
  const none = await runCli(['store', 'migrate', '--from', 'nope.db', '--to', 'postgres://x@127.0.0.1/db'], {
    cwd: dir,
  });
  expect([none.code, none.stderr]).toEqual([1, expect.stringContaining('no store at')]);
  const notPg = await runCli(['store', 'migrate', '--from', 'tandem.yaml', '--to', 'mysql://x'], {
    cwd: dir,
  });
  expect([notPg.code, notPg.stderr]).toEqual([1, expect.stringContaining('--to must be a PostgreSQL URL')]);
}, 60_000);
