// What every backend must do is in ../store-contract.test.ts; these are PostgreSQL's own promises:
// the URL, the schema, migrations under a lock, errors that name the store, indexes, the pool.
import { afterAll, describe, expect, it } from 'vitest';
import {
  dropPgSchemas,
  freshPgSchema,
  pgUrlWithSchema,
  withPgAdmin,
} from '../../../test/support/pg-schemas.js';
import { describeWithPostgres, PG_URL } from '../../../test/support/services.js';
import type { TraceRecord } from '../store.js';
import { pgMigrations } from './pg-migrations.js';
import { parsePgUrl } from './pg-target.js';
import { openPostgresStore } from './postgres-store.js';

const schemas: string[] = [];
afterAll(() => dropPgSchemas(schemas));

function fresh() {
  const s = freshPgSchema('pgstore');
  schemas.push(s.schema);
  return s;
}

/** PG_URL with a password in it (trust auth ignores it), to check that messages never show it. */
function withPassword(url: string): string {
  const u = new URL(url);
  u.password = 'hunter2';
  return u.toString();
}

describe('the store URL', () => {
  it('keeps the schema for tandem and shows the URL without its password', () => {
    expect(
      parsePgUrl('postgres://tandem:s3cr%40t@db.internal:5433/app?schema=team_a&sslmode=require&password=x'),
    ).toEqual({
      url: 'postgres://tandem:s3cr%40t@db.internal:5433/app?sslmode=require&password=x',
      shown: 'postgres://tandem@db.internal:5433/app?sslmode=require&schema=team_a',
      schema: 'team_a',
      setsSearchPath: true,
    });
    expect(parsePgUrl('postgresql://db/app')).toEqual({
      url: 'postgresql://db/app',
      shown: 'postgresql://db/app',
      setsSearchPath: false,
    });
  });

  it('reads the schema from options=-c search_path=… and leaves setting it to the server', () => {
    const t = parsePgUrl('postgres://u:p@h/app?options=-c%20search_path%3Dtenant_7');
    expect(t).toMatchObject({
      schema: 'tenant_7',
      setsSearchPath: false,
      shown: 'postgres://u@h/app?options=-c+search_path%3Dtenant_7',
    });
  });

  it('refuses a schema name that is not a plain identifier, without showing the password', () => {
    let caught: unknown;
    try {
      parsePgUrl('postgres://u:hunter2@h/app?schema=team-a;drop');
    } catch (err) {
      caught = err;
    }
    expect(caught).toMatchObject({
      code: 'STORE_ERROR',
      message: 'the store URL postgres://u@h/app?schema=team-a%3Bdrop names the schema "team-a;drop"',
      hint: 'A schema name is letters, digits and _ (not starting with a digit, at most 63), e.g. ?schema=tandem',
    });
  });

  it('says which store cannot be reached and what to check, without the password', async () => {
    const err = await openPostgresStore('postgres://tandem:hunter2@127.0.0.1:1/app?schema=x').catch((e) => e);
    expect(err).toMatchObject({
      code: 'STORE_ERROR',
      message: expect.stringMatching(
        /^cannot reach the PostgreSQL store at postgres:\/\/tandem@127\.0\.0\.1:1\/app\?schema=x: .*ECONNREFUSED/,
      ),
      hint: 'Check that PostgreSQL runs and is reachable at that host and port, or correct TANDEM_STORE (or store.url in tandem.yaml).',
    });
    expect(JSON.stringify({ m: err.message, h: err.hint })).not.toContain('hunter2');
  });
});

describeWithPostgres('PostgreSQL store', () => {
  it('creates its schema and tables there, and migrates once', async () => {
    const { schema, url } = fresh();
    const store = await openPostgresStore(url);
    expect(store.schema).toBe(schema);
    const tables = await store.sql<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = ${schema} ORDER BY table_name`;
    expect(tables.map((t) => t.table_name)).toEqual([
      'api_keys',
      'approvals',
      'cache',
      'eval_results',
      'eval_runs',
      'key_spend',
      'label_moves',
      'prompt_labels',
      'prompt_versions',
      'responses',
      'schema_migrations',
      'spans',
      'trace_feedback',
      'traces',
    ]);
    const applied = await store.sql`SELECT version, applied_at FROM schema_migrations ORDER BY version`;
    expect(applied.map((r) => r.version)).toEqual(pgMigrations.map((m) => m.version));
    await store.close();
    const again = await openPostgresStore(url);
    expect(await again.sql`SELECT version, applied_at FROM schema_migrations ORDER BY version`).toEqual(
      applied,
    );
    await again.close();
  });

  it('lets several processes start at once on a new schema: one migrates, the others wait and use it', async () => {
    const { url } = fresh();
    const stores = await Promise.all(Array.from({ length: 5 }, () => openPostgresStore(url)));
    await stores[0]!.traces.write([trace('tr_1', 'a')]);
    for (const s of stores) expect((await s.traces.list()).map((t) => t.id)).toEqual(['tr_1']);
    const rows = await stores[0]!.sql`SELECT version FROM schema_migrations`;
    expect(rows.map((r) => r.version)).toEqual(pgMigrations.map((m) => m.version));
    await Promise.all(stores.map((s) => s.close()));
  });

  it('keeps stores in different schemas apart', async () => {
    const [a, b] = await Promise.all([openPostgresStore(fresh().url), openPostgresStore(fresh().url)]);
    await a!.traces.write([trace('tr_a', 'a')]);
    await b!.keys.create({ id: 'key_1', name: 'web', prefix: 'tdm_1' }, 'h');
    expect((await a!.traces.list()).map((t) => t.id)).toEqual(['tr_a']);
    expect(await b!.traces.list()).toEqual([]);
    expect(await a!.keys.any()).toBe(false);
    await Promise.all([a!.close(), b!.close()]);
  });

  it('refuses a schema written by a newer tandem, naming the store and the way out', async () => {
    const { schema, url } = fresh();
    await (await openPostgresStore(url)).close();
    await withPgAdmin((sql) =>
      sql.unsafe(
        `INSERT INTO "${schema}".schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)`,
      ),
    );
    const err = await openPostgresStore(withPassword(url)).catch((e) => e);
    expect(err).toMatchObject({
      code: 'STORE_ERROR',
      message: `the PostgreSQL store at ${url} was written by a newer tandem (schema 999 > ${pgMigrations.length})`,
      hint: 'Upgrade tandem, or point TANDEM_STORE (or store.url in tandem.yaml) at another database or ?schema= for this version.',
    });
  });

  it('says so when tables of its names exist already where it was pointed', async () => {
    const { schema, url } = fresh();
    await withPgAdmin(async (sql) => {
      await sql.unsafe(`CREATE SCHEMA "${schema}"`);
      await sql.unsafe(`CREATE TABLE "${schema}".traces (id int)`);
    });
    await expect(openPostgresStore(url)).rejects.toMatchObject({
      code: 'STORE_ERROR',
      message: `cannot prepare the PostgreSQL store at ${url}: relation "traces" already exists`,
      hint: 'Tables of that name exist there already: give tandem a schema of its own, e.g. ?schema=tandem',
    });
  });

  it('names a database that does not exist and how to create it', async () => {
    const u = new URL(PG_URL);
    u.pathname = '/tandem_no_such_db';
    await expect(openPostgresStore(u.toString())).rejects.toMatchObject({
      code: 'STORE_ERROR',
      message: expect.stringContaining('database "tandem_no_such_db" does not exist'),
      hint: 'Create the database (createdb <name>) or name another one in TANDEM_STORE (or store.url in tandem.yaml).',
    });
  });

  it('sorts and compares keys by their bytes: "C" collation on every column a query compares', async () => {
    const { schema, url } = fresh();
    const store = await openPostgresStore(url);
    const compared = [
      'api_keys.id',
      'api_keys.name',
      'api_keys.secret_hash',
      'approvals.app',
      'approvals.app_version',
      'approvals.prompt',
      'approvals.version',
      'cache.key',
      'eval_results.case_id',
      'eval_results.run_id',
      'eval_results.variant',
      'eval_runs.id',
      'eval_runs.suite',
      'key_spend.day',
      'key_spend.key_id',
      'prompt_labels.label',
      'prompt_labels.name',
      'prompt_versions.name',
      'prompt_versions.version',
      'responses.id',
      'spans.id',
      'spans.trace_id',
      'trace_feedback.trace_id',
      'traces.api_key',
      'traces.id',
      'traces.name',
      'traces.status',
    ];
    const rows = await store.sql<{ col: string; collation: string | null }[]>`
      SELECT table_name || '.' || column_name AS col, collation_name AS collation
      FROM information_schema.columns WHERE table_schema = ${schema} AND table_name || '.' || column_name IN ${store.sql(compared)}
      ORDER BY 1`;
    expect(rows).toEqual(compared.map((col) => ({ col, collation: 'C' })));
    await store.close();
  });

  it('answers each trace filter from an index, not a scan of every trace', async () => {
    const { url } = fresh();
    const store = await openPostgresStore(url);
    const traces = Array.from({ length: 4000 }, (_, i) =>
      trace(`tr_${String(i).padStart(5, '0')}`, `app${i % 40}`, {
        status: i % 50 === 0 ? 'error' : 'ok',
        startedAt: 1_700_000_000_000 + i * 60_000,
        ...(i % 25 === 0 ? { apiKey: `key${i % 4}` } : {}),
      }),
    );
    for (let i = 0; i < traces.length; i += 500) await store.traces.write(traces.slice(i, i + 500));
    await store.sql`ANALYZE traces`;
    const plan = async (where: string) =>
      (
        await store.sql.unsafe(
          `EXPLAIN SELECT * FROM traces WHERE ${where} ORDER BY started_at DESC, id DESC LIMIT 50`,
        )
      )
        .map((r) => r['QUERY PLAN'])
        .join('\n');
    // Each filter is one range of its index, read in order: no sort of what matched, however old the window.
    const inOrder = (index: string) => expect.stringMatching(new RegExp(`^Limit[^]*${index}(?![^]*Sort)`));
    expect(await plan(`name = 'app7'`)).toEqual(inOrder('traces_name'));
    expect(
      await plan(`name = 'app7' AND started_at >= 1700000000000 AND started_at < 1700003600000`),
    ).toEqual(inOrder('traces_name'));
    expect(await plan(`api_key = 'key1'`)).toEqual(inOrder('traces_api_key'));
    expect(await plan(`status = 'error'`)).toEqual(inOrder('traces_status'));
    expect(await plan('started_at >= 1700000000000 AND started_at < 1700000600000')).toEqual(
      inOrder('traces_started'),
    );
    const cursor = `(started_at, id) < ((SELECT started_at FROM traces WHERE id = 'tr_00100'), 'tr_00100')`;
    expect(await plan(`name = 'app7' AND ${cursor}`)).toEqual(inOrder('traces_name'));
    await store.close();
  });

  it('stores a NUL in free text as U+FFFD (PostgreSQL text cannot hold NUL), instead of failing the write', async () => {
    const store = await openPostgresStore(fresh().url);
    await store.traces.write([trace('tr_1', 'a', { status: 'error', error: 'bad\u0000byte' })]);
    await store.traces.addFeedback('tr_1', { score: 0, comment: 'nul\u0000here' });
    await store.evals.createRun({
      id: 'run_1',
      suite: 's',
      suiteHash: 'h',
      status: 'running',
      startedAt: 1,
      config: {},
    });
    await store.evals.saveResult({
      runId: 'run_1',
      variant: 'v',
      caseId: 'c',
      sample: 0,
      status: 'fail',
      score: 0,
      output: 'a\u0000b',
      error: 'x\u0000y',
      assertions: [],
      cached: false,
    });
    expect((await store.traces.get('tr_1'))?.error).toBe('bad\uFFFDbyte');
    expect((await store.traces.feedback('tr_1'))[0]?.comment).toBe('nul\uFFFDhere');
    expect(await store.evals.results('run_1')).toMatchObject([{ output: 'a\uFFFDb', error: 'x\uFFFDy' }]);
    await store.close();
  });

  it('ends its pool on close; a call after that is a STORE_ERROR naming the store', async () => {
    const { url } = fresh();
    const store = await openPostgresStore(withPassword(url));
    await store.traces.write([trace('tr_1', 'a')]);
    await store.close();
    await expect(store.sql`SELECT 1`).rejects.toMatchObject({ code: 'CONNECTION_ENDED' });
    const err = await store.traces.list().catch((e) => e);
    expect(err).toMatchObject({ code: 'STORE_ERROR' });
    const prefix = `cannot reach the PostgreSQL store at ${url}: `;
    expect(err.message.slice(0, prefix.length)).toBe(prefix);
  });

  it('takes the schema from options=-c search_path=… too', async () => {
    const { schema } = fresh();
    const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const store = await openPostgresStore(url);
    await store.cache.set('k', 'v');
    const [row] = await withPgAdmin((sql) => sql.unsafe(`SELECT value FROM "${schema}".cache`));
    expect(row).toEqual({ value: 'v' });
    await store.close();
  });

  it('puts tables in the URL schema even when the URL had other parameters', async () => {
    const { schema } = fresh();
    const store = await openPostgresStore(
      pgUrlWithSchema(schema, `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}application_name=x`),
    );
    await store.cache.set('k', 'v');
    const [row] = await withPgAdmin((sql) => sql.unsafe(`SELECT value FROM "${schema}".cache`));
    expect(row).toEqual({ value: 'v' });
    await store.close();
  });
});

function trace(id: string, name: string, over: Partial<TraceRecord> = {}): TraceRecord {
  return {
    id,
    name,
    kind: 'request',
    status: 'ok',
    startedAt: 1_700_000_000_000,
    durationMs: 3,
    usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
    costUsd: 0,
    spans: [],
    ...over,
  };
}
