/**
 * The Store contract: the same tests on every backend (SQLite, SQLite with trace writes off the main
 * thread, PostgreSQL). A backend passes when a caller cannot tell it from the others: same values, same
 * order, same errors. The clock is fixed (only `Date`), so times and ties are exact.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dropPgSchemas, freshPgSchema } from '../../test/support/pg-schemas.js';
import { describeWithPostgres } from '../../test/support/services.js';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { EvalResultRecord, EvalRunRecord, Store, TraceRecord } from './store.js';

const T0 = 1_700_000_000_000;
const DAY = 86_400_000;

type Suite = typeof describe.skip;
let store: Store;

function storeContract(
  name: string,
  suite: Suite,
  open: () => Promise<Store>,
  cleanup?: () => Promise<void>,
) {
  suite(`Store contract on ${name}`, () => {
    beforeEach(async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(T0);
      store = await open();
    });
    afterEach(async () => {
      await store.close();
      vi.useRealTimers();
    });
    if (cleanup) afterAll(cleanup);
    promptContract();
    traceContract();
    feedbackContract();
    cacheContract();
    evalContract();
    approvalContract();
    keyContract();
    responseContract();
    retentionContract();
    resultPageContract();
  });
}

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'tandem-contract-')), '.tandem', 'tandem.db');
storeContract('SQLite', describe, async () => openSqliteStore(tempFile()));
storeContract('SQLite, traces written off the main thread', describe, async () =>
  openSqliteStore(tempFile(), { tracesOffThread: true }),
);
const schemas: string[] = [];
storeContract(
  'PostgreSQL',
  describeWithPostgres,
  async () => {
    const { schema, url } = freshPgSchema('contract');
    schemas.push(schema);
    return openPostgresStore(url);
  },
  () => dropPgSchemas(schemas),
);

// --- prompts ---

function promptContract() {
  it('keeps a prompt version once and finds it by hash or a unique prefix of 4+ characters', async () => {
    expect(await store.prompts.saveVersion({ name: 'p', version: 'abcd1234', source: 'one' })).toBe(true);
    expect(await store.prompts.saveVersion({ name: 'p', version: 'abcd1234', source: 'changed' })).toBe(
      false,
    );
    await store.prompts.saveVersion({
      name: 'p',
      version: 'abce9999',
      source: 'two',
      partials: { header: 'Hi {{name}}' },
    });
    expect(await store.prompts.getVersion('p', 'abcd1234')).toEqual({
      name: 'p',
      version: 'abcd1234',
      source: 'one',
      createdAt: T0,
    });
    expect((await store.prompts.getVersion('p', 'ABCE'))?.partials).toEqual({ header: 'Hi {{name}}' });
    expect(await store.prompts.getVersion('p', 'abc')).toBeUndefined(); // too short to be a prefix
    expect(await store.prompts.getVersion('p', 'ffff')).toBeUndefined();
    expect(await store.prompts.getVersion('other', 'abcd1234')).toBeUndefined();
    await expect(store.prompts.getVersion('p', 'abc_')).resolves.toBeUndefined(); // no pattern characters
  });

  it('refuses an ambiguous prefix with a hint, and prefers an exact hash to its extensions', async () => {
    await store.prompts.saveVersion({ name: 'p', version: 'abcd', source: 'short' });
    await store.prompts.saveVersion({ name: 'p', version: 'abcd1234', source: 'long' });
    await store.prompts.saveVersion({ name: 'p', version: 'abcd5678', source: 'longer' });
    expect((await store.prompts.getVersion('p', 'abcd'))?.source).toBe('short');
    await expect(store.prompts.getVersion('p', 'abcd1')).resolves.toMatchObject({ source: 'long' });
    await expect(store.prompts.getVersion('p', 'abcd')).resolves.toMatchObject({ version: 'abcd' });
    await store.prompts.saveVersion({ name: 'q', version: 'beef0001', source: 'a' });
    await store.prompts.saveVersion({ name: 'q', version: 'beef0002', source: 'b' });
    await expect(store.prompts.getVersion('q', 'beef')).rejects.toMatchObject({
      code: 'USAGE',
      message: 'version prefix "beef" of prompt "q" is ambiguous',
      hint: 'Give more characters of the version hash (see `tandem prompts list`).',
    });
  });

  it('lists versions newest first (insertion order breaks a tie), per prompt or all by name', async () => {
    await store.prompts.saveVersion({ name: 'b', version: '1111', source: 'b1' });
    vi.setSystemTime(T0 + 1000);
    await store.prompts.saveVersion({ name: 'a', version: '2222', source: 'a1' });
    await store.prompts.saveVersion({ name: 'b', version: '0000', source: 'b2' }); // same ms as a1
    await store.prompts.saveVersion({ name: 'b', version: 'ffff', source: 'b3' });
    expect((await store.prompts.listVersions('b')).map((v) => [v.source, v.createdAt])).toEqual([
      ['b3', T0 + 1000],
      ['b2', T0 + 1000],
      ['b1', T0],
    ]);
    expect((await store.prompts.listVersions()).map((v) => v.source)).toEqual(['a1', 'b3', 'b2', 'b1']);
    expect(await store.prompts.listVersions('none')).toEqual([]);
  });

  it('moves a label to another version and lists labels in name and label order', async () => {
    await store.prompts.setLabel('p', 'production', 'abcd1234');
    vi.setSystemTime(T0 + 5);
    await store.prompts.setLabel('p', 'production', 'abce9999');
    await store.prompts.setLabel('p', 'Staging', 'abcd1234');
    await store.prompts.setLabel('a', 'production', 'ffff0000');
    expect(await store.prompts.getLabel('p', 'production')).toEqual({
      name: 'p',
      label: 'production',
      version: 'abce9999',
      updatedAt: T0 + 5,
    });
    expect(await store.prompts.getLabel('p', 'canary')).toBeUndefined();
    // Byte order: upper case sorts before lower case, whatever the database's locale.
    expect((await store.prompts.listLabels('p')).map((l) => l.label)).toEqual(['Staging', 'production']);
    expect((await store.prompts.listLabels()).map((l) => `${l.name}@${l.label}`)).toEqual([
      'a@production',
      'p@Staging',
      'p@production',
    ]);
  });

  it('records every label move with who made it and the version it replaced, newest first', async () => {
    await store.prompts.setLabel('p', 'production', 'abcd1234', { by: 'Ann' });
    vi.setSystemTime(T0 + 5);
    await store.prompts.setLabel('p', 'production', 'abce9999', { by: 'Bob', note: 'passed the gate' });
    await store.prompts.setLabel('p', 'staging', 'abce9999', { by: 'Bob' });
    await store.prompts.setLabel('q', 'production', 'ffff0000');
    expect(await store.prompts.labelMoves('p', 'production')).toEqual([
      {
        name: 'p',
        label: 'production',
        version: 'abce9999',
        previous: 'abcd1234',
        by: 'Bob',
        note: 'passed the gate',
        movedAt: T0 + 5,
      },
      { name: 'p', label: 'production', version: 'abcd1234', by: 'Ann', movedAt: T0 },
    ]);
    expect((await store.prompts.labelMoves('p')).map((m) => `${m.label}:${m.version}`)).toEqual([
      'staging:abce9999',
      'production:abce9999',
      'production:abcd1234',
    ]);
    expect(await store.prompts.labelMoves('q')).toEqual([
      { name: 'q', label: 'production', version: 'ffff0000', by: 'unknown', movedAt: T0 + 5 },
    ]);
    expect(await store.prompts.labelMoves('none')).toEqual([]);
  });
}

// --- traces ---

function trace(id: string, name: string, over: Partial<TraceRecord> = {}): TraceRecord {
  const status = over.status ?? 'ok';
  return {
    id,
    name,
    kind: 'app',
    status,
    startedAt: T0,
    durationMs: 12.5,
    usage: { inputTokens: 10, outputTokens: 4, totalTokens: 14 },
    costUsd: 0.002,
    input: { vars: { q: 'héllo "quoted", {braced} \\ back\nslash' } },
    output: { text: 'hello', nested: [1, null, { a: true }] },
    spans: [
      {
        id: `${id}-root`,
        traceId: id,
        name,
        kind: 'app',
        startedAt: T0,
        durationMs: 12.5,
        status,
        attributes: { prompt: 'p', n: 3 },
      },
      {
        id: `${id}-m`,
        traceId: id,
        parentId: `${id}-root`,
        name: 'model x',
        kind: 'model',
        startedAt: T0 + 1,
        durationMs: 10,
        status: 'ok',
        attributes: {},
        usage: { inputTokens: 10, outputTokens: 4, totalTokens: 14 },
        costUsd: 0.002,
      },
    ],
    ...over,
  };
}

function traceContract() {
  it('gives a trace back as written, spans in start order', async () => {
    const failed = trace('tr_2', 'b', { status: 'error', error: 'upstream 502', apiKey: 'web' });
    // The child span started first: order is by start time, not by position in the record.
    const early = { ...failed.spans[1]!, id: 'tr_2-early', startedAt: T0 - 5 };
    failed.spans.push(early);
    await store.traces.write([trace('tr_1', 'a'), failed]);
    const { spans, ...rest } = failed;
    expect(await store.traces.get('tr_2')).toEqual({ ...rest, spans: [early, spans[0], spans[1]] });
    expect(await store.traces.get('tr_1')).toEqual(trace('tr_1', 'a'));
    expect(await store.traces.get('tr_3')).toBeUndefined();
  });

  it('keeps a trace without content or spans as it was (no input, output, error or key)', async () => {
    const bare: TraceRecord = { ...trace('tr_bare', 'r'), kind: 'request', spans: [] };
    delete bare.input;
    delete bare.output;
    await store.traces.write([bare]);
    expect(await store.traces.get('tr_bare')).toEqual({ ...bare, input: undefined, output: undefined });
    expect(Object.keys((await store.traces.list())[0]!)).not.toContain('spans');
  });

  it('lists newest first by start time, then id, with each filter and the cursor', async () => {
    await store.traces.write([
      trace('tr_1', 'a', { startedAt: T0 }),
      trace('tr_2', 'b', { status: 'error', startedAt: T0 + DAY, apiKey: 'web' }),
      trace('tr_3', 'a', { startedAt: T0 + 2 * DAY, apiKey: 'web' }),
      trace('tr_4', 'a', { status: 'aborted', startedAt: T0 + 3 * DAY }),
    ]);
    const ids = async (f: Parameters<Store['traces']['list']>[0]) =>
      (await store.traces.list(f)).map((t) => t.id);
    expect(await ids({})).toEqual(['tr_4', 'tr_3', 'tr_2', 'tr_1']);
    expect(await ids({ name: 'a' })).toEqual(['tr_4', 'tr_3', 'tr_1']);
    expect(await ids({ name: '' })).toEqual(['tr_4', 'tr_3', 'tr_2', 'tr_1']); // an empty field is no filter
    expect(await ids({ status: 'error' })).toEqual(['tr_2']);
    expect(await ids({ status: 'aborted' })).toEqual(['tr_4']);
    expect(await ids({ apiKey: 'web' })).toEqual(['tr_3', 'tr_2']);
    expect(await ids({ since: T0 + DAY })).toEqual(['tr_4', 'tr_3', 'tr_2']);
    expect(await ids({ until: T0 + 2 * DAY })).toEqual(['tr_2', 'tr_1']); // until is exclusive
    expect(await ids({ since: T0 + DAY, until: T0 + 3 * DAY, name: 'a' })).toEqual(['tr_3']);
    expect(await ids({ before: 'tr_3', limit: 1 })).toEqual(['tr_2']);
    expect(await ids({ before: 'tr_2' })).toEqual(['tr_1']);
    expect(await ids({ limit: 2 })).toEqual(['tr_4', 'tr_3']);
    expect(await ids({ name: 'nobody' })).toEqual([]);
  });

  it('orders by start time when ids do not, and pages through ties on the id', async () => {
    await store.traces.write([
      trace('tr_a', 'a', { startedAt: T0 + 2 * DAY }), // sorts first by id, started last
      trace('tr_b', 'a', { startedAt: T0 }),
      trace('tr_c', 'a', { startedAt: T0 + DAY }),
      trace('tr_d', 'a', { startedAt: T0 + DAY }),
      trace('tr_e', 'b', { startedAt: T0 + DAY }),
    ]);
    const ids = async (f: Parameters<Store['traces']['list']>[0]) =>
      (await store.traces.list(f)).map((t) => t.id);
    expect(await ids({ name: 'a' })).toEqual(['tr_a', 'tr_d', 'tr_c', 'tr_b']);
    const pages: string[][] = [];
    for (let before: string | undefined, page: string[]; ; before = page.at(-1)) {
      page = await ids({ name: 'a', limit: 1, ...(before ? { before } : {}) });
      if (!page.length) break;
      pages.push(page);
    }
    expect(pages).toEqual([['tr_a'], ['tr_d'], ['tr_c'], ['tr_b']]);
    expect(await ids({ before: 'tr_d' })).toEqual(['tr_c', 'tr_b']); // tr_e: same time, later id
    expect(await ids({ before: 'tr_gone' })).toEqual([]); // a cursor at a deleted trace ends the list
  });

  it('orders and pages ids by their bytes, whatever the database locale', async () => {
    await store.traces.write([
      trace('tr_B', 'x'),
      trace('tr_a', 'x'),
      trace('tr_A', 'x'),
      trace('tr_b', 'x'),
    ]);
    expect((await store.traces.list()).map((t) => t.id)).toEqual(['tr_b', 'tr_a', 'tr_B', 'tr_A']);
    expect((await store.traces.list({ before: 'tr_a' })).map((t) => t.id)).toEqual(['tr_B', 'tr_A']);
  });

  it('replaces a trace written again, spans included; the last copy in a batch wins', async () => {
    await store.traces.write([trace('tr_1', 'a')]);
    const again = trace('tr_1', 'a2', { status: 'error', error: 'second try' });
    again.spans = [{ ...again.spans[0]!, id: 'tr_1-new' }];
    await store.traces.write([again]);
    expect(await store.traces.get('tr_1')).toEqual(again);
    await store.traces.write([trace('tr_9', 'first'), trace('tr_9', 'second')]);
    expect(await store.traces.get('tr_9')).toEqual(trace('tr_9', 'second'));
    expect((await store.traces.list()).map((t) => t.id)).toEqual(['tr_9', 'tr_1']);
  });

  it('stores every trace of large and concurrent batches', async () => {
    const ids = (n: number, p: string) =>
      Array.from({ length: n }, (_, i) => `${p}${String(i).padStart(4, '0')}`);
    await store.traces.write(ids(300, 'tr_big_').map((id) => trace(id, 'bulk')));
    await Promise.all(ids(40, 'tr_par_').map((id) => store.traces.write([trace(id, 'parallel')])));
    await store.traces.write([]);
    expect((await store.traces.list({ name: 'bulk', limit: 1000 })).length).toBe(300);
    expect((await store.traces.list({ name: 'parallel', limit: 1000 })).map((t) => t.id)).toEqual(
      ids(40, 'tr_par_').reverse(),
    );
    expect((await store.traces.get('tr_big_0299'))?.spans.map((s) => s.id)).toEqual([
      'tr_big_0299-root',
      'tr_big_0299-m',
    ]);
  });
}

function feedbackContract() {
  it('keeps feedback on a trace in the order it came', async () => {
    await store.traces.write([trace('tr_1', 'a')]);
    expect(await store.traces.addFeedback('tr_1', { score: 1 })).toEqual({
      traceId: 'tr_1',
      score: 1,
      createdAt: T0,
    });
    vi.setSystemTime(T0 + 7);
    await store.traces.addFeedback('tr_1', { score: 0.25, comment: 'cites the wrong page' });
    expect(await store.traces.feedback('tr_1')).toEqual([
      { traceId: 'tr_1', score: 1, createdAt: T0 },
      { traceId: 'tr_1', score: 0.25, comment: 'cites the wrong page', createdAt: T0 + 7 },
    ]);
    expect(await store.traces.feedback('tr_2')).toEqual([]);
  });

  it('finds traces by text in their input or output, and by their feedback', async () => {
    const says = (id: string, q: string, answer: string, startedAt: number) =>
      trace(id, 'support', { input: { vars: { question: q } }, output: { text: answer }, startedAt });
    await store.traces.write([
      says('tr_1', 'How do I reset my password?', 'Use the reset link.', T0),
      says('tr_2', 'Where is my box?', 'Track it in the app: 100% of boxes are tracked.', T0 + 1),
      says('tr_3', 'Can I pause?', 'Yes, pause up to 4 weeks.', T0 + 2),
    ]);
    await store.traces.addFeedback('tr_1', { score: 1 });
    await store.traces.addFeedback('tr_3', { score: 0 });
    const ids = async (filter: Parameters<typeof store.traces.list>[0]) =>
      (await store.traces.list(filter)).map((t) => t.id);
    expect(await ids({ text: 'RESET' })).toEqual(['tr_1']); // in the input and the output, any case
    expect(await ids({ text: 'pause up' })).toEqual(['tr_3']); // in the output only
    expect(await ids({ text: '100%' })).toEqual(['tr_2']); // % is itself, not a wildcard
    expect(await ids({ text: 'r_b' })).toEqual([]); // and so is _
    expect(await ids({ feedback: 'any' })).toEqual(['tr_3', 'tr_1']);
    expect(await ids({ feedback: 'good' })).toEqual(['tr_1']);
    expect(await ids({ feedback: 'bad', text: 'pause' })).toEqual(['tr_3']);
    expect(await ids({ feedback: 'bad', text: 'reset' })).toEqual([]);
  });

  it('keeps the model that answered on the trace', async () => {
    await store.traces.write([trace('tr_m', 'support', { model: 'claude-sonnet-4' })]);
    expect((await store.traces.get('tr_m'))?.model).toBe('claude-sonnet-4');
    expect((await store.traces.list())[0]?.model).toBe('claude-sonnet-4');
  });
}

// --- cache ---

function cacheContract() {
  it('returns what was cached until its TTL passes, replaces on set, and counts what clear drops', async () => {
    await store.cache.set('k', '{"v":1}', 1000);
    await store.cache.set('forever', 'v');
    await store.cache.set('k2', 'old', 50);
    await store.cache.set('k2', 'new'); // replaced, now without an expiry
    expect(await store.cache.get('k')).toBe('{"v":1}');
    vi.setSystemTime(T0 + 999);
    expect(await store.cache.get('k')).toBe('{"v":1}');
    vi.setSystemTime(T0 + 1000);
    expect(await store.cache.get('k')).toBeUndefined();
    expect(await store.cache.get('k2')).toBe('new');
    expect(await store.cache.get('forever')).toBe('v');
    expect(await store.cache.get('missing')).toBeUndefined();
    expect(await store.cache.clear()).toBe(3); // the expired entry too
    expect(await store.cache.get('forever')).toBeUndefined();
    expect(await store.cache.clear()).toBe(0);
  });
}

// --- evals ---

const run = (id: string, suite: string, startedAt: number): EvalRunRecord => ({
  id,
  suite,
  suiteHash: `h-${id}`,
  status: 'running',
  startedAt,
  config: { variants: ['base'], repeat: 3, nested: { jobs: 2 } },
});

function result(over: Partial<EvalResultRecord>): EvalResultRecord {
  return {
    runId: 'run_1',
    variant: 'base',
    caseId: 'c1',
    sample: 0,
    status: 'pass',
    score: 1,
    assertions: [
      { type: 'contains', metric: 'contains', weight: 1, status: 'pass', score: 1, reason: 'found' },
    ],
    cached: false,
    ...over,
  };
}

function evalContract() {
  it('creates, patches and lists runs newest first, by suite and with a limit', async () => {
    await store.evals.createRun(run('run_1', 'tests/a.yaml', T0));
    await store.evals.createRun(run('run_2', 'tests/b.yaml', T0 + 10));
    await store.evals.createRun(run('run_3', 'tests/a.yaml', T0 + 10)); // a tie: the larger id first
    expect(await store.evals.getRun('run_1')).toEqual(run('run_1', 'tests/a.yaml', T0));
    await store.evals.updateRun('run_1', { status: 'interrupted' });
    await store.evals.updateRun('run_1', {
      status: 'finished',
      finishedAt: T0 + 99,
      summary: { passRate: 0.5 },
    });
    await store.evals.updateRun('run_1', { finishedAt: T0 + 100 }); // the rest stays
    expect(await store.evals.getRun('run_1')).toEqual({
      ...run('run_1', 'tests/a.yaml', T0),
      status: 'finished',
      finishedAt: T0 + 100,
      summary: { passRate: 0.5 },
    });
    expect(await store.evals.getRun('run_9')).toBeUndefined();
    expect((await store.evals.listRuns()).map((r) => r.id)).toEqual(['run_3', 'run_2', 'run_1']);
    expect((await store.evals.listRuns({ suite: 'tests/a.yaml' })).map((r) => r.id)).toEqual([
      'run_3',
      'run_1',
    ]);
    expect((await store.evals.listRuns({ limit: 1 })).map((r) => r.id)).toEqual(['run_3']);
    expect(await store.evals.listRuns({ suite: 'tests/none.yaml' })).toEqual([]);
  });

  it('finds runs by the start of their id, `_` matched as itself', async () => {
    for (const [id, at] of [
      ['run_01ab', T0],
      ['run_01ac', T0 + 1],
      ['run_0x1ab', T0 + 2],
    ] as const)
      await store.evals.createRun(run(id, 'tests/a.yaml', at));
    expect(await store.evals.findRunIds('run_01a', 5)).toEqual(['run_01ab', 'run_01ac']);
    expect(await store.evals.findRunIds('run_01a', 1)).toEqual(['run_01ab']);
    expect(await store.evals.findRunIds('run_01ab', 5)).toEqual(['run_01ab']);
    expect(await store.evals.findRunIds('run_0_', 5)).toEqual([]);
    expect(await store.evals.findRunIds('run_9', 5)).toEqual([]);
  });

  it('gives the counted fields of the traces started in a window, oldest first', async () => {
    const at = (id: string, startedAt: number, extra: Partial<TraceRecord> = {}): TraceRecord => ({
      id,
      name: 'support',
      kind: 'app',
      status: 'ok',
      startedAt,
      durationMs: 12.5,
      usage: { inputTokens: 10, outputTokens: 5, totalTokens: 15 },
      costUsd: 0.25,
      spans: [],
      ...extra,
    });
    await store.traces.write([
      at('tr_1', T0),
      at('tr_2', T0 + 10, { status: 'error', apiKey: 'web', name: 'default', model: 'gpt-4o-mini' }),
      at('tr_3', T0 + 20),
    ]);
    expect(await store.traces.metricPoints({ since: T0, until: T0 + 20, limit: 10 })).toEqual([
      {
        startedAt: T0,
        name: 'support',
        status: 'ok',
        durationMs: 12.5,
        inputTokens: 10,
        outputTokens: 5,
        costUsd: 0.25,
      },
      {
        startedAt: T0 + 10,
        name: 'default',
        apiKey: 'web',
        model: 'gpt-4o-mini',
        status: 'error',
        durationMs: 12.5,
        inputTokens: 10,
        outputTokens: 5,
        costUsd: 0.25,
      },
    ]);
    expect(await store.traces.metricPoints({ since: T0, until: T0 + 30, limit: 1 })).toHaveLength(1);
  });

  it("keeps a run's per-case figures, and leaves them out of lists", async () => {
    const cases = [{ variant: 'a', caseId: 'c1', name: 'one', status: 'pass', passRate: 1, samples: 1 }];
    await store.evals.createRun({ ...run('run_1', 'tests/a.yaml', T0), summary: { variants: [], cases } });
    await store.evals.createRun(run('run_2', 'tests/a.yaml', T0 + 1));
    await store.evals.updateRun('run_2', { summary: { variants: [{ name: 'a' }], cases, tags: [] } });
    expect((await store.evals.getRun('run_1'))!.summary).toEqual({ variants: [], cases });
    expect((await store.evals.getRun('run_2'))!.summary).toEqual({
      variants: [{ name: 'a' }],
      cases,
      tags: [],
    });
    const listed = await store.evals.listRuns();
    expect(listed.map((r) => r.summary)).toEqual([{ variants: [{ name: 'a' }], tags: [] }, { variants: [] }]);
    // A summary written again without cases drops the old ones.
    await store.evals.updateRun('run_2', { summary: { variants: [] } });
    expect((await store.evals.getRun('run_2'))!.summary).toEqual({ variants: [] });
  });

  it('saves results at once, replaces a sample graded again, and lists them by variant, case, sample', async () => {
    await store.evals.createRun(run('run_1', 'tests/a.yaml', T0));
    const full = result({
      variant: 'Zeta',
      caseId: 'c2',
      sample: 1,
      status: 'fail',
      score: 0.5,
      output: 'The shop opens at 9.',
      latencyMs: 12.75,
      costUsd: 0.0004,
      tokens: 42,
      cached: true,
      traceId: 'tr_1',
      error: 'half right',
      retrieved: ['kb/hours.md#0', 'kb/faq.md#3'],
      grounding: { grounded: true, reason: 'the passage says 9:00', coverage: 0.75, expects: 'time' },
    });
    await store.evals.saveResult(result({ sample: 1 }));
    await store.evals.saveResult(full);
    await store.evals.saveResult(result({ caseId: 'c10' }));
    await store.evals.saveResult(result({ sample: 0, status: 'error', score: 0, error: 'timeout' }));
    await store.evals.saveResult(result({ sample: 0 })); // graded again: replaces
    const rows = await store.evals.results('run_1');
    expect(rows.map((r) => `${r.variant}/${r.caseId}/${r.sample}`)).toEqual([
      'Zeta/c2/1',
      'base/c1/0',
      'base/c1/1',
      'base/c10/0',
    ]);
    expect(rows[0]).toEqual(full);
    expect(rows[1]).toEqual(result({ sample: 0 }));
    expect(await store.evals.results('run_9')).toEqual([]);
  });
}

// --- approvals ---

function approvalContract() {
  it('lists approvals newest first, by any of app, prompt, version and app version', async () => {
    const a1 = await store.approvals.add({ app: 'support', prompt: 'answer', version: 'v1', by: 'Ann' });
    vi.setSystemTime(T0 + 10);
    const a2 = await store.approvals.add({
      app: 'support',
      prompt: 'answer',
      version: 'v2',
      appVersion: 'app-2',
      reviewed: { instructions: 'Be brief.', tools: ['lookup'] },
      by: 'Bob',
      note: 'tone checked',
    });
    const a3 = await store.approvals.add({ app: 'sales', prompt: 'pitch', version: 'v2', by: 'Ann' });
    expect(a1).toEqual({
      app: 'support',
      prompt: 'answer',
      version: 'v1',
      by: 'Ann',
      decision: 'approved',
      approvedAt: T0,
    });
    expect(await store.approvals.list()).toEqual([a3, a2, a1]); // a tie on time: the later first
    expect(await store.approvals.list({ app: 'support' })).toEqual([a2, a1]);
    expect(await store.approvals.list({ version: 'v2' })).toEqual([a3, a2]);
    expect(await store.approvals.list({ app: 'support', prompt: 'answer', version: 'v2' })).toEqual([a2]);
    expect(await store.approvals.list({ appVersion: 'app-2' })).toEqual([a2]);
    expect(await store.approvals.list({ app: 'support', appVersion: undefined })).toEqual([a2, a1]);
    expect(await store.approvals.list({ app: 'nobody' })).toEqual([]);
  });

  it('keeps the role signed for and a request for changes', async () => {
    const legal = await store.approvals.add({
      app: 'support',
      prompt: 'answer',
      version: 'v1',
      appVersion: 'app-1',
      by: 'Lee',
      role: 'legal',
      decision: 'changes-requested',
      note: 'the refund wording promises too much',
    });
    expect(legal).toMatchObject({ role: 'legal', decision: 'changes-requested' });
    expect(await store.approvals.list({ appVersion: 'app-1' })).toEqual([legal]);
  });
}

// --- keys ---

function keyContract() {
  it('creates keys, finds them by secret hash, lists them in creation order and revokes them once', async () => {
    expect(await store.keys.any()).toBe(false);
    const web = await store.keys.create(
      {
        id: 'key_b',
        name: 'web',
        prefix: 'tdm_abcdef',
        rpm: 60,
        tpm: 1000,
        budgetUsdDay: 5,
        budgetUsdMonth: 50.5,
      },
      'hash-web',
    );
    expect(web).toEqual({
      id: 'key_b',
      name: 'web',
      prefix: 'tdm_abcdef',
      rpm: 60,
      tpm: 1000,
      budgetUsdDay: 5,
      budgetUsdMonth: 50.5,
      createdAt: T0,
    });
    const ci = await store.keys.create(
      { id: 'key_a', name: 'ci', role: 'reviewer', prefix: 'tdm_123456', routes: ['default', 'app:support'] },
      'hash-ci',
    );
    expect(ci.role).toBe('reviewer');
    expect(await store.keys.any()).toBe(true);
    expect(await store.keys.findByHash('hash-ci')).toEqual(ci);
    expect(await store.keys.findByHash('hash-none')).toBeUndefined();
    expect(await store.keys.list()).toEqual([ci, web]); // a tie on time: by id
    vi.setSystemTime(T0 + 50);
    expect(await store.keys.revoke('web')).toBe(true);
    expect(await store.keys.revoke('web')).toBe(false);
    expect(await store.keys.revoke('key_a')).toBe(true); // by id
    expect(await store.keys.revoke('nobody')).toBe(false);
    expect(await store.keys.findByHash('hash-web')).toEqual({ ...web, revokedAt: T0 + 50 });
    expect(await store.keys.any()).toBe(true); // revoked keys still count: the server stays closed
  });

  it('keeps limits beyond 32 bits (ten billion tokens a minute) as they were given', async () => {
    const big = {
      id: 'key_big',
      name: 'batch',
      prefix: 'tdm_999999',
      rpm: 3_000_000_000,
      tpm: 10_000_000_000,
    };
    await store.keys.create(big, 'hash-big');
    expect(await store.keys.findByHash('hash-big')).toMatchObject({
      rpm: 3_000_000_000,
      tpm: 10_000_000_000,
    });
  });

  it('refuses a second active key of the same name, and allows the name again once revoked', async () => {
    await store.keys.create({ id: 'key_1', name: 'web', prefix: 'tdm_1' }, 'h1');
    await expect(
      store.keys.create({ id: 'key_2', name: 'web', prefix: 'tdm_2' }, 'h2'),
    ).rejects.toMatchObject({
      code: 'USAGE',
      message: 'an active key named "web" exists',
      hint: 'revoke it first (tandem keys revoke web) or pick another --name',
    });
    await store.keys.revoke('web');
    const again = await store.keys.create({ id: 'key_3', name: 'web', prefix: 'tdm_3' }, 'h3');
    expect((await store.keys.list()).map((k) => [k.id, k.revokedAt !== undefined])).toEqual([
      ['key_1', true],
      ['key_3', false],
    ]);
    expect(again.name).toBe('web');
  });

  it('adds spend per UTC day and sums it from a day on', async () => {
    const lateDay1 = Date.UTC(2024, 0, 1, 23, 59, 59);
    const earlyDay2 = Date.UTC(2024, 0, 2, 0, 0, 1);
    await store.keys.addSpend('key_1', { requests: 1, tokens: 100, costUsd: 0.25 }, lateDay1);
    await store.keys.addSpend('key_1', { requests: 2, tokens: 50, costUsd: 0.5 }, earlyDay2);
    await store.keys.addSpend('key_1', { requests: 1, tokens: 3_000_000_000, costUsd: 0.125 }, earlyDay2);
    await store.keys.addSpend('key_2', { requests: 9, tokens: 9, costUsd: 9 }, earlyDay2);
    await store.keys.addSpend('key_1', { requests: 1, tokens: 1, costUsd: 1 }); // today: T0
    expect(await store.keys.spendSince('key_1', '2024-01-01')).toEqual({
      requests: 4,
      tokens: 3_000_000_150,
      costUsd: 0.875,
    });
    expect(await store.keys.spendSince('key_1', '2024-01-02')).toEqual({
      requests: 3,
      tokens: 3_000_000_050,
      costUsd: 0.625,
    });
    expect(await store.keys.spendSince('key_1', '2023-11-14')).toEqual({
      requests: 5,
      tokens: 3_000_000_151,
      costUsd: 1.875,
    });
    expect(await store.keys.spendSince('key_9', '2024-01-01')).toEqual({
      requests: 0,
      tokens: 0,
      costUsd: 0,
    });
  });
}

// --- responses ---

function responseContract() {
  it('keeps a stored response as the client got it, replaces it by id, and removes it once', async () => {
    const body = { id: 'resp_1', object: 'response', zeta: 1, alpha: { b: 2, a: [1, 2] }, text: 'a\u0000b' };
    const record = {
      id: 'resp_1',
      createdAt: 1_700_000_000,
      model: 'app:support',
      conversation: [{ role: 'user', content: 'Hi' }],
      body,
    };
    await store.responses.save(record);
    const got = await store.responses.get('resp_1');
    expect(got).toEqual(record);
    expect(JSON.stringify(got?.body)).toBe(JSON.stringify(body)); // key order too
    await store.responses.save({ ...record, model: 'up', upstream: 'openai' });
    expect(await store.responses.get('resp_1')).toEqual({ ...record, model: 'up', upstream: 'openai' });
    expect(await store.responses.remove('resp_1')).toBe(true);
    expect(await store.responses.remove('resp_1')).toBe(false);
    expect(await store.responses.get('resp_1')).toBeUndefined();
  });
}

// --- retention ---

function retentionContract() {
  it('prunes traces that started before a time, oldest first, in batches, with their spans and feedback', async () => {
    const at = (id: string, startedAt: number) => ({ ...trace(id, 'a'), startedAt });
    await store.traces.write([
      at('tr_1', T0 - 3 * DAY),
      at('tr_2', T0 - 2 * DAY),
      at('tr_3', T0),
      at('tr_4', T0 - DAY),
    ]);
    await store.traces.addFeedback('tr_1', { score: 0 });
    await store.traces.addFeedback('tr_3', { score: 1 });
    expect(await store.traces.prune(T0 - DAY / 2, 2)).toBe(2);
    // newest first by start time
    expect((await store.traces.list()).map((t) => t.id)).toEqual(['tr_3', 'tr_4']);
    expect(await store.traces.get('tr_1')).toBeUndefined();
    expect(await store.traces.feedback('tr_1')).toEqual([]);
    expect(await store.traces.prune(T0 - DAY / 2, 2)).toBe(1);
    expect(await store.traces.prune(T0 - DAY / 2, 2)).toBe(0);
    expect((await store.traces.list()).map((t) => t.id)).toEqual(['tr_3']);
    expect((await store.traces.get('tr_3'))?.spans).toHaveLength(2);
    expect(await store.traces.feedback('tr_3')).toHaveLength(1);
  });

  it('prunes finished runs that started before a time, with their results, never a running one', async () => {
    await store.evals.createRun(run('run_1', 'tests/a.yaml', T0 - 3 * DAY));
    await store.evals.createRun(run('run_2', 'tests/a.yaml', T0 - 2 * DAY)); // still running
    await store.evals.createRun(run('run_3', 'tests/a.yaml', T0));
    await store.evals.updateRun('run_1', { status: 'finished', finishedAt: T0 - 3 * DAY });
    await store.evals.updateRun('run_3', { status: 'finished', finishedAt: T0 });
    await store.evals.saveResult(result({ runId: 'run_1' }));
    await store.evals.saveResult(result({ runId: 'run_3' }));
    expect(await store.evals.prune(T0 - DAY, 10)).toBe(1);
    expect(await store.evals.getRun('run_1')).toBeUndefined();
    expect(await store.evals.results('run_1')).toEqual([]);
    expect((await store.evals.listRuns()).map((r) => r.id)).toEqual(['run_3', 'run_2']);
    expect(await store.evals.results('run_3')).toHaveLength(1);
    expect(await store.evals.prune(T0 - DAY, 10)).toBe(0);
  });
}

function resultPageContract() {
  it("reads a run's results page by page in the order results() gives, from just after a key", async () => {
    await store.evals.createRun(run('run_1', 'tests/a.yaml', T0));
    const keys: Array<[string, string, number]> = [
      ['b', 'c1', 0],
      ['a', 'c2', 1],
      ['a', 'c2', 0],
      ['a', 'C9', 0],
      ['a', 'c10', 0],
    ];
    for (const [variant, caseId, sample] of keys)
      await store.evals.saveResult(result({ variant, caseId, sample }));
    const all = await store.evals.results('run_1');
    const pages: EvalResultRecord[][] = [];
    for (let page = await store.evals.resultPage('run_1', { limit: 2 }); page.length; ) {
      pages.push(page);
      const last = page.at(-1)!;
      page = await store.evals.resultPage('run_1', { after: last, limit: 2 });
    }
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(all);
    // Byte order, as SQLite compares: "C9" before "c10" before "c2".
    expect(all.map((r) => `${r.variant}/${r.caseId}/${r.sample}`)).toEqual([
      'a/C9/0',
      'a/c10/0',
      'a/c2/0',
      'a/c2/1',
      'b/c1/0',
    ]);
  });
}
