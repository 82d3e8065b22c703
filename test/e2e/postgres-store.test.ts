/**
 * The real CLI on a PostgreSQL store (TANDEM_STORE, or store.url in tandem.yaml): eval with --resume,
 * serve with its traces API, keys revoked from another process, traces turned into cases, several
 * processes starting at once on a new schema, and a schema from a newer tandem refused. Each test has
 * a schema of its own, dropped at the end.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { pgMigrations } from '../../src/store/postgres/pg-migrations.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { dropPgSchemas, freshPgSchema, pgUrlWithSchema, withPgAdmin } from '../support/pg-schemas.js';
import { BIN, runCli } from '../support/run-cli.js';
import { describeWithPostgres, PG_URL } from '../support/services.js';
import { tempProject } from '../support/temp-project.js';
import { waitFor } from '../support/wait-for.js';

const schemas: string[] = [];
afterAll(() => dropPgSchemas(schemas));

function fresh() {
  const s = freshPgSchema('e2e');
  schemas.push(s.schema);
  return s;
}

async function initProject(prefix: string): Promise<string> {
  const project = join(mkdtempSync(join(tmpdir(), prefix)), 'p');
  expect((await runCli(['init', project])).code).toBe(0);
  return project;
}

function serve(project: string, store: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
    cwd: project,
    env: { ...process.env, NO_COLOR: '1', TANDEM_STORE: store },
  });
  let out = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', () => reject(new Error(`serve exited: ${out}`)));
  });
  return { child, url };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  child.kill('SIGTERM');
  return exited;
}

const ask = (url: string, question: string, key?: string) =>
  fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ model: 'app:assistant', messages: [{ role: 'user', content: question }] }),
  });

describeWithPostgres('tandem on a PostgreSQL store', () => {
  it('serves from it: the answer is traced there, listed by GET /api/traces, and SQLite holds only the knowledge index', async () => {
    const { url: store } = fresh();
    const project = await initProject('tandem-pg-serve-');
    const { child, url } = serve(project, store);
    const base = await url;
    const res = await ask(base, 'How do I reset my password?');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      choices: Array<{ message: { content: string } }>;
      tandem: { traceId: string };
    };
    expect(body.choices[0]!.message.content).toContain('Forgot password');
    const listed = await waitFor(
      async () => {
        const page = (await (await fetch(`${base}/api/traces?app=assistant`)).json()) as {
          data: Array<{ id: string; name: string; status: string }>;
        };
        return page.data.length ? page.data : undefined;
      },
      { what: 'the trace in GET /api/traces' },
    );
    expect(listed).toEqual([
      expect.objectContaining({ id: body.tandem.traceId, name: 'assistant', status: 'ok' }),
    ]);
    const one = (await (await fetch(`${base}/api/traces/${body.tandem.traceId}`)).json()) as {
      spans: Array<{ kind: string }>;
    };
    expect(one.spans.map((s) => s.kind)).toContain('retrieve');
    expect(await stop(child)).toBe(0);
    // The knowledge base was indexed in PostgreSQL: nothing went to a SQLite file.
    expect(existsSync(join(project, '.tandem', 'knowledge.db'))).toBe(false);
    expect(existsSync(join(project, '.tandem', 'tandem.db'))).toBe(false);
    const pg = await openPostgresStore(store);
    expect(await pg.traces.get(body.tandem.traceId)).toMatchObject({ name: 'assistant', status: 'ok' });
    await pg.close();
  });

  it('keys: created and revoked by the CLI; a running server refuses the key once it is revoked', async () => {
    const { url: store } = fresh();
    const env = { TANDEM_STORE: store };
    const project = await initProject('tandem-pg-keys-');
    const created = await runCli(['keys', 'create', '--name', 'web', '--rpm', '60'], { cwd: project, env });
    expect(created.code).toBe(0);
    const secret = /(tdm_[A-Za-z0-9_-]{43})/.exec(created.stdout)![1]!;
    const { child, url } = serve(project, store);
    const base = await url;
    expect((await ask(base, 'How do I reset my password?')).status).toBe(401); // no key
    expect((await ask(base, 'How do I reset my password?', secret)).status).toBe(200);
    const listed = await waitFor(
      async () => {
        const r = await runCli(['keys', 'list'], { cwd: project, env });
        return r.stdout.includes('today: 1 requests') ? r : undefined;
      },
      { what: 'the call charged to the key' },
    );
    expect(listed.stdout).toMatch(
      new RegExp(
        `^web  ${secret.slice(0, 10)}…  client  60 rpm  today: 1 requests, \\d+ tokens, \\$0\\.0000\\n$`,
      ),
    );
    expect(await runCli(['keys', 'revoke', 'web'], { cwd: project, env })).toEqual({
      code: 0,
      stdout: 'revoked web\n',
      stderr: '',
    });
    const refused = await waitFor(
      async () => {
        const r = await ask(base, 'How do I reset my password?', secret);
        return r.status === 401 ? ((await r.json()) as { error: { message: string } }) : undefined;
      },
      { what: 'the revoked key refused' },
    );
    expect(refused.error.message).toBe('API key "web" was revoked');
    expect(await stop(child)).toBe(0);
    // Several tandem processes one after the other: on a loaded machine they take longer than the default 20 s.
  }, 60_000);

  it('eval: results are stored as they finish, a killed run continues with --resume', async () => {
    const { url: store } = fresh();
    const dir = evalProject(10, 150);
    const env = { ...process.env, NO_COLOR: '1', TANDEM_STORE: store };
    const child = spawn(process.execPath, [BIN, 'eval', '-j', '2', '--no-cache'], { cwd: dir, env });
    const pg = await openPostgresStore(store);
    try {
      await waitFor(async () => ((await resultsOf(pg)).results.length >= 3 ? true : undefined), {
        what: 'three results stored',
        timeoutMs: 30_000,
      });
      child.kill('SIGKILL');
      await new Promise((r) => child.on('close', r));
      const before = await resultsOf(pg);
      expect(before.runs.map((r) => r.status)).toEqual(['running']);
      expect(before.results.length).toBeLessThan(10);

      const resumed = await runCli(['eval', '--resume', '--no-cache'], {
        cwd: dir,
        env: { TANDEM_STORE: store },
      });
      expect(resumed.stderr).toContain(`resuming ${before.runs[0]!.id}`);
      const after = await resultsOf(pg);
      expect(after.runs.map((r) => [r.id, r.status])).toEqual([[before.runs[0]!.id, 'finished']]);
      expect(after.results.map((r) => r.caseId).sort()).toEqual(
        Array.from({ length: 10 }, (_, i) => `case-${i}`).sort(),
      );
      expect(after.results.filter((r) => r.status === 'fail').map((r) => r.caseId)).toEqual(['case-3']);
      // Each result's trace is in the same store.
      for (const r of after.results) expect((await pg.traces.get(r.traceId!))?.name).toBe('bot');
    } finally {
      await pg.close();
    }
  }, 60_000);

  it('traces: a run traced in the store named by store.url becomes a suite case', async () => {
    const { url: store } = fresh();
    const project = await initProject('tandem-pg-traces-');
    writeFileSync(
      join(project, 'tandem.yaml'),
      `${readFileSync(join(project, 'tandem.yaml'), 'utf8')}\nstore:\n  url: ${store}\n`,
    );
    const run = await runCli(
      ['run', 'assistant', '--json', '--var', 'question=How do I reset my password?'],
      {
        cwd: project,
      },
    );
    expect(run.code).toBe(0);
    const { traceId } = JSON.parse(run.stdout) as { traceId: string };
    const pg = await openPostgresStore(store);
    expect(await pg.traces.get(traceId)).toMatchObject({ name: 'assistant', kind: 'app', status: 'ok' });
    await pg.close();
    const added = await runCli(
      [
        'traces',
        'add-to-suite',
        traceId,
        '--suite',
        'tests/assistant.yaml',
        '--expected',
        'Use "Forgot password".',
      ],
      { cwd: project },
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('added case "How do I reset my password?');
    const missing = await runCli(['traces', 'add-to-suite', 'tr_nope', '--suite', 'tests/assistant.yaml'], {
      cwd: project,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      `error no trace tr_nope in ${store}\n  hint: trace ids are printed by tandem run and returned by the server (tandem.traceId)\n`,
    );
    // Several tandem processes one after the other, as above.
  }, 60_000);

  it('several processes starting at once on a new schema all migrate it and work', async () => {
    const { url: store } = fresh();
    const project = await initProject('tandem-pg-start-');
    const names = ['a', 'b', 'c', 'd'];
    const runs = await Promise.all(
      names.map((n) =>
        runCli(['keys', 'create', '--name', n], { cwd: project, env: { TANDEM_STORE: store } }),
      ),
    );
    expect(runs.map((r) => [r.code, r.stderr])).toEqual(names.map(() => [0, '']));
    const list = await runCli(['keys', 'list'], { cwd: project, env: { TANDEM_STORE: store } });
    expect(
      list.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(' ')[0])
        .sort(),
    ).toEqual(names);
  });

  it('refuses a schema written by a newer tandem, saying where and what to do, never the password', async () => {
    const { schema, url: store } = fresh();
    const project = await initProject('tandem-pg-newer-');
    expect((await runCli(['keys', 'list'], { cwd: project, env: { TANDEM_STORE: store } })).code).toBe(0);
    await withPgAdmin((sql) =>
      sql.unsafe(
        `INSERT INTO "${schema}".schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)`,
      ),
    );
    const u = new URL(store);
    u.password = 'hunter2';
    const r = await runCli(['keys', 'list'], { cwd: project, env: { TANDEM_STORE: u.toString() } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `error the PostgreSQL store at ${store} was written by a newer tandem (schema 999 > ${pgMigrations.length})\n` +
        '  hint: Upgrade tandem, or point TANDEM_STORE (or store.url in tandem.yaml) at another database or ?schema= for this version.\n',
    );
  });
});

it('says which PostgreSQL store cannot be reached, without its password or a stack trace', async () => {
  const project = mkdtempSync(join(tmpdir(), 'tandem-pg-down-'));
  writeFileSync(join(project, 'tandem.yaml'), 'providers:\n  local: { type: echo }\n');
  const r = await runCli(['keys', 'list'], {
    cwd: project,
    env: { TANDEM_STORE: 'postgres://tandem:hunter2@127.0.0.1:1/app?schema=team' },
  });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(
    /^error cannot reach the PostgreSQL store at postgres:\/\/tandem@127\.0\.0\.1:1\/app\?schema=team: .*ECONNREFUSED.*\n {2}hint: Check that PostgreSQL runs and is reachable at that host and port, or correct TANDEM_STORE \(or store\.url in tandem\.yaml\)\.\n$/,
  );
  expect(r.stderr).not.toContain('hunter2');
});

// A provider that takes its time, so a run can be killed part-way.
const slowProvider = `
export default (options: { delayMs: number }) => ({
  async generate(req: { messages: Array<{ content: string }> }) {
    const q = req.messages.at(-1)!.content;
    await new Promise((r) => setTimeout(r, options.delayMs));
    return { text: q.includes('odd') ? 'no' : 'yes ' + q };
  },
});
`;

function evalProject(cases: number, delayMs: number): string {
  const dir = tempProject({
    'tools/slow.ts': slowProvider,
    'prompts/bot.prompt': '---\ninput:\n  schema:\n    q: string\n---\n{{q}}\n',
  });
  writeFileSync(
    join(dir, 'tandem.yaml'),
    `providers:\n  slow: { type: script, module: tools/slow.ts, options: { delayMs: ${delayMs} } }\napps:\n  bot: { prompt: bot, route: slow }\n`,
  );
  mkdirSync(join(dir, 'tests'), { recursive: true });
  writeFileSync(
    join(dir, 'tests/bot.yaml'),
    `app: bot\ncases:\n${Array.from({ length: cases }, (_, i) => `  - name: case ${i}\n    vars: { q: "question ${i}${i === 3 ? ' odd' : ''}" }\n    assert: [{ type: starts-with, value: "yes" }]\n`).join('')}`,
  );
  return dir;
}

async function resultsOf(store: Store) {
  const runs = await store.evals.listRuns();
  const results = runs[0] ? await store.evals.results(runs[0].id) : [];
  return { runs, results };
}

// A loopback TCP proxy in front of PostgreSQL that can cut every connection and refuse new ones, as a
// database that went away would, then let them through again.
async function pgProxy(): Promise<{
  url: (schema: string) => string;
  cut(): void;
  restore(): void;
  close(): void;
}> {
  const target = new URL(PG_URL);
  const sockets = new Set<Socket>();
  let up = true;
  const server = createServer((client) => {
    if (!up) return client.destroy();
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (schema) => {
      const u = new URL(pgUrlWithSchema(schema));
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    cut() {
      up = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      up = true;
    },
    close() {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

describeWithPostgres('tandem serve when PostgreSQL goes away', () => {
  it('answers on, keeps the traces in its spool, fails /readyz, and stores every answered trace once it is back', async () => {
    const { schema } = fresh();
    const proxy = await pgProxy();
    const project = tempProject({ 'tandem.yaml': 'providers:\n  local: { type: echo }\n' });
    const { child, url } = serve(project, proxy.url(schema));
    try {
      const base = await url;
      const chat = async (i: number) => {
        const res = await fetch(`${base}/v1/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ model: 'local', messages: [{ role: 'user', content: `question ${i}` }] }),
        });
        expect(res.status).toBe(200);
        return i;
      };
      const readyz = async () => {
        const res = await fetch(`${base}/readyz`);
        return { status: res.status, body: (await res.json()) as Record<string, unknown> };
      };
      const answered = [await chat(0), await chat(1)];
      const count = () =>
        withPgAdmin(async (sql) =>
          Number((await sql.unsafe(`SELECT count(*) AS n FROM "${schema}".traces`))[0]!.n),
        );
      await waitFor(async () => (await count()) === 2 || undefined, { what: 'the first two traces stored' });

      proxy.cut();
      for (let i = 2; i < 12; i++) answered.push(await chat(i)); // answers do not wait for the database
      const down = await waitFor(
        async () => {
          const r = await readyz();
          return r.status === 503 && r.body.spooled === 10 ? r : undefined;
        },
        { what: '/readyz failing with the ten traces spooled', timeoutMs: 15_000 },
      );
      expect(down.body).toMatchObject({ status: 'unavailable', store: 'down', dropped: 0 });

      proxy.restore();
      await waitFor(async () => (await readyz()).status === 200 || undefined, {
        what: '/readyz ready again',
        timeoutMs: 20_000,
      });
      // Each answer has a trace of its own (a chat completion does not return its id): all twelve, once each.
      const stored = await waitFor(
        async () => {
          const rows = await withPgAdmin((sql) => sql.unsafe(`SELECT name, status FROM "${schema}".traces`));
          return rows.length >= answered.length ? rows : undefined;
        },
        { what: 'every answered trace in PostgreSQL', timeoutMs: 20_000 },
      );
      expect(stored.map((r) => `${r.name} ${r.status}`)).toEqual(answered.map(() => 'local ok'));
    } finally {
      proxy.restore();
      await stop(child);
      proxy.close();
    }
  });
});
