import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { BIN, runCli } from '../support/run-cli.js';
import { describeWithRedis, REDIS_URL } from '../support/services.js';
import { tempProject } from '../support/temp-project.js';
import { waitFor } from '../support/wait-for.js';

// A provider that logs which process answered which question, so a test can tell the workers apart.
const loggingProvider = `
import { appendFileSync } from 'node:fs';
export default (options: { log: string; delayMs: number }) => ({
  async generate(req: { messages: Array<{ content: string }> }) {
    const q = req.messages.at(-1)!.content;
    appendFileSync(options.log, process.pid + ' ' + q + '\\n');
    await new Promise((r) => setTimeout(r, options.delayMs));
    return { text: 'yes ' + q };
  },
});
`;

function project(cases: number, delayMs: number): string {
  const dir = tempProject({
    'tools/logging.ts': loggingProvider,
    'prompts/bot.prompt': '---\ninput:\n  schema:\n    q: string\n---\n{{q}}\n',
  });
  writeFileSync(
    join(dir, 'tandem.yaml'),
    `providers:\n  slow: { type: script, module: tools/logging.ts, options: { log: ${JSON.stringify(join(dir, 'calls.log'))}, delayMs: ${delayMs} } }\napps:\n  bot: { prompt: bot, route: slow }\n`,
  );
  mkdirSync(join(dir, 'tests'), { recursive: true });
  const rows = Array.from(
    { length: cases },
    (_, i) =>
      `  - name: case ${i}\n    vars: { q: "question ${i}" }\n    assert: [{ type: starts-with, value: "yes" }]\n`,
  );
  writeFileSync(join(dir, 'tests/bot.yaml'), `app: bot\ncases:\n${rows.join('')}`);
  return dir;
}

const calls = (dir: string) =>
  existsSync(join(dir, 'calls.log')) ? readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n') : [];

async function runsOf(dir: string) {
  const store = openSqliteStore(join(dir, '.tandem/tandem.db'));
  const runs = await store.evals.listRuns();
  const results = runs[0] ? await store.evals.results(runs[0].id) : [];
  await store.close();
  return { runs, results };
}

const env = { TANDEM_REDIS: REDIS_URL, NO_COLOR: '1' };
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

/** Starts `tandem worker` on `dir`; resolves once it takes samples, with its output so far. */
async function startWorker(dir: string, queue: string, extra: string[] = []) {
  const child = spawn(process.execPath, [BIN, 'worker', '--queue', queue, ...extra], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await waitFor(() => out.includes('taking samples') || child.exitCode !== null || undefined, {
    timeoutMs: 30_000,
    what: 'the worker to start',
  });
  if (!out.includes('taking samples')) throw new Error(`worker did not start: ${out}`);
  return { child, output: () => out };
}

const exited = (c: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    c.exitCode !== null ? resolve(c.exitCode) : c.once('exit', resolve),
  );

const queueName = () => `tandem-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

describeWithRedis('tandem eval fanned out to workers through Redis', () => {
  it('runs 500 cases on 4 workers, one killed mid-run: one result per sample, none lost', async () => {
    const dir = project(500, 20);
    const queue = queueName();
    const lease = ['--lease-ms', '2000'];
    const workers = [];
    for (let i = 0; i < 4; i++) workers.push(await startWorker(dir, queue, lease));
    const run = runCli(['eval', '--queue', queue, ...lease, '--json'], { cwd: dir, env });
    await waitFor(() => calls(dir).length >= 100 || undefined, { timeoutMs: 60_000, what: '100 samples' });
    const victim = workers[0]!.child;
    victim.kill('SIGKILL');
    const { code, stderr } = await run;
    expect(code, stderr).toBe(0);
    const { runs, results } = await runsOf(dir);
    expect(runs[0]).toMatchObject({ status: 'finished' });
    // Exactly one result per sample, every case there, all graded as the app answered.
    expect(results).toHaveLength(500);
    expect(new Set(results.map((r) => r.caseId)).size).toBe(500);
    expect(results.every((r) => r.status === 'pass')).toBe(true);
    // The samples the killed worker held went back to the queue and the others finished them.
    expect((runs[0]!.summary as { queue?: { retaken: number } }).queue?.retaken).toBeGreaterThan(0);
    const byPid = new Map<string, number>();
    for (const line of calls(dir)) byPid.set(line.split(' ')[0]!, (byPid.get(line.split(' ')[0]!) ?? 0) + 1);
    expect(byPid.size).toBe(4);
    // The survivors stop cleanly on SIGTERM and say what they ran.
    for (const w of workers.slice(1)) {
      w.child.kill('SIGTERM');
      expect(await exited(w.child)).toBe(0);
      expect(w.output()).toMatch(/ran \d+ samples/);
    }
  }, 180_000);

  it('starts local workers with --workers and grades exactly as a local run', async () => {
    const dir = project(20, 5);
    const { code, stderr } = await runCli(['eval', '--workers', '2', '--queue', queueName()], {
      cwd: dir,
      env,
    });
    expect(code, stderr).toBe(0);
    const { runs, results } = await runsOf(dir);
    expect(runs[0]).toMatchObject({ status: 'finished' });
    expect(results.map((r) => [r.caseId, r.status]).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => [
        results.find((r) => r.output === `yes question ${i}`)!.caseId,
        'pass',
      ]).sort(),
    );
    // Worker processes answered, one call per case (how the cases split between the two depends on which
    // started first: not asserted; the 500-case test spreads work over workers it starts itself).
    const lines = calls(dir);
    expect(lines).toHaveLength(20);
    expect(new Set(lines.map((l) => l.split(' ')[0])).size).toBeLessThanOrEqual(2);
  }, 120_000);

  it('resumes a run whose coordinator was killed: what workers finished meanwhile is collected, not run again', async () => {
    const dir = project(60, 30);
    const queue = queueName();
    const worker = await startWorker(dir, queue, ['-j', '2']);
    const coordinator = spawn(process.execPath, [BIN, 'eval', '--queue', queue], {
      cwd: dir,
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    children.push(coordinator);
    await waitFor(() => calls(dir).length >= 10 || undefined, { timeoutMs: 60_000, what: '10 samples' });
    coordinator.kill('SIGKILL');
    await exited(coordinator);
    // The worker goes on through the queue while no coordinator listens.
    await waitFor(() => calls(dir).length >= 60 || undefined, { timeoutMs: 60_000, what: 'all 60 samples' });
    const { code, stderr } = await runCli(['eval', '--resume', '--queue', queue], { cwd: dir, env });
    expect(code, stderr).toBe(0);
    const { runs, results } = await runsOf(dir);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'finished' });
    expect(new Set(results.map((r) => r.caseId)).size).toBe(60);
    expect(calls(dir)).toHaveLength(60); // nothing ran twice
    worker.child.kill('SIGTERM');
    expect(await exited(worker.child)).toBe(0);
  }, 120_000);

  it("refuses a worker whose copy of the suite differs from the coordinator's", async () => {
    const dir = project(3, 1);
    const copy = mkdtempSync(join(tmpdir(), 'tandem-copy-'));
    cpSync(dir, copy, { recursive: true });
    writeFileSync(
      join(copy, 'tests/bot.yaml'),
      `${readFileSync(join(copy, 'tests/bot.yaml'), 'utf8')}# edited\n`,
    );
    const queue = queueName();
    await startWorker(copy, queue);
    const { code, stderr } = await runCli(['eval', '--queue', queue], { cwd: dir, env });
    expect(code).toBe(1);
    expect(stderr).toContain('a worker could not run');
    expect(stderr).toContain("this worker's tests/bot.yaml is not the coordinator's");
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 60_000);
});

it('says what is missing when --workers has no Redis to queue on', async () => {
  const dir = project(2, 1);
  const none = await runCli(['eval', '--workers', '2'], { cwd: dir, env: { TANDEM_REDIS: '' } });
  expect(none.code).toBe(1);
  expect(none.stderr).toContain('fanning an eval out to workers needs Redis for its queue');
  expect(none.stderr).toContain('TANDEM_REDIS=redis://');
  const down = await runCli(['eval', '--workers', '1'], {
    cwd: dir,
    env: { TANDEM_REDIS: 'redis://127.0.0.1:9' },
  });
  expect(down.code).toBe(1);
  expect(down.stderr).toContain('cannot reach Redis at redis://127.0.0.1:9');
}, 60_000);
