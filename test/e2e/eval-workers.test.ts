import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { BIN, runCli } from '../support/run-cli.js';
import { describeWithRedis, REDIS_URL } from '../support/services.js';
import { tempProject } from '../support/temp-project.js';
import { waitFor } from '../support/wait-for.js';

// A provider that logs which process answered which question, so a test can tell the workers apart.
// A process named in the file `freeze` beside the log takes samples but never answers them (they go to
// `frozen.log`): a test freezes a worker before it kills it, so it surely dies holding unfinished samples.
const loggingProvider = `
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
export default (options: { log: string; delayMs: number }) => ({
  async generate(req: { messages: Array<{ content: string }> }) {
    const q = req.messages.at(-1)!.content;
    const freeze = join(dirname(options.log), 'freeze');
    if (existsSync(freeze) && readFileSync(freeze, 'utf8') === String(process.pid)) {
      appendFileSync(join(dirname(options.log), 'frozen.log'), q + '\\n');
      return new Promise(() => {});
    }
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

/**
 * A 500-case run on 4 workers, one killed mid-run, as it must end: finished, exactly one result per sample,
 * every case graded as the app answered, the killed worker's samples retaken by the others, 4 processes seen.
 */
async function expectSurvivedKill(dir: string, run: ReturnType<typeof runCli>) {
  const { code, stderr } = await run;
  expect(code, stderr).toBe(0);
  const { runs, results } = await runsOf(dir);
  expect(runs[0]).toMatchObject({ status: 'finished' });
  expect(results).toHaveLength(500);
  expect(new Set(results.map((r) => r.caseId)).size).toBe(500);
  expect(results.every((r) => r.status === 'pass')).toBe(true);
  // Every sample the frozen victim held unanswered was finished by another worker (it may have held more).
  const frozen = readFileSync(join(dir, 'frozen.log'), 'utf8').trim().split('\n').length;
  expect(frozen).toBeGreaterThan(0);
  expect((runs[0]!.summary as { queue?: { retaken: number } }).queue?.retaken).toBeGreaterThanOrEqual(frozen);
  expect(workersSeen(dir)).toBe(4);
}

// How many processes answered so far (the provider logs its pid with each question). A victim is killed only
// once every worker has taken samples: on a loaded machine one may start late, and the test is about a kill.
const workersSeen = (dir: string) => new Set(calls(dir).map((line) => line.split(' ')[0])).size;

/** Freezes the worker `pid` (see the provider), waits until it holds a sample it will not answer, then kills it. */
async function freezeThenKill(dir: string, pid: number): Promise<void> {
  writeFileSync(join(dir, 'freeze'), String(pid));
  await waitFor(() => existsSync(join(dir, 'frozen.log')) || undefined, {
    timeoutMs: 60_000,
    what: 'the frozen worker to hold a sample',
  });
  process.kill(pid, 'SIGKILL');
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
    await waitFor(() => (calls(dir).length >= 100 && workersSeen(dir) === 4) || undefined, {
      timeoutMs: 60_000,
      what: '100 samples, answered by all four workers',
    });
    await freezeThenKill(dir, workers[0]!.child.pid!);
    await expectSurvivedKill(dir, run);
    // The survivors stop cleanly on SIGTERM and say what they ran.
    for (const w of workers.slice(1)) {
      w.child.kill('SIGTERM');
      expect(await exited(w.child)).toBe(0);
      expect(w.output()).toMatch(/ran \d+ samples/);
    }
  }, 180_000);

  it('starts local workers on the queue with --workers and --queue, grading exactly as a local run', async () => {
    const dir = project(20, 5);
    const { code, stderr } = await runCli(['eval', '--workers', '2', '--queue', queueName()], {
      cwd: dir,
      env,
    });
    expect(code, stderr).toBe(0);
    await expectGradedLikeLocal(dir, 20);
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

/** Every case once, each graded pass on the answer its worker gave, and answered by at most two processes. */
async function expectGradedLikeLocal(dir: string, n: number) {
  const { runs, results } = await runsOf(dir);
  expect(runs[0]).toMatchObject({ status: 'finished' });
  expect(results.map((r) => [r.caseId, r.status]).sort()).toEqual(
    Array.from({ length: n }, (_, i) => [
      results.find((r) => r.output === `yes question ${i}`)!.caseId,
      'pass',
    ]).sort(),
  );
  // Worker processes answered, one call per case (how the cases split between the two depends on which
  // started first: not asserted; the 500-case tests spread work over every worker).
  const lines = calls(dir);
  expect(lines).toHaveLength(n);
  expect(new Set(lines.map((l) => l.split(' ')[0])).size).toBeLessThanOrEqual(2);
  expect(lines.some((l) => l.split(' ')[0] === String(process.pid))).toBe(false);
}

describe('tandem eval --workers N on one machine (no Redis)', () => {
  const noRedis = { NO_COLOR: '1', TANDEM_REDIS: '' };

  it('runs the samples on local worker processes and grades exactly as a local run', async () => {
    const dir = project(20, 5);
    const { code, stderr } = await runCli(['eval', '--workers', '2'], { cwd: dir, env: noRedis });
    expect(code, stderr).toBe(0);
    await expectGradedLikeLocal(dir, 20);
  }, 120_000);

  it('runs 500 cases on 4 workers, one killed mid-run: one result per sample, its samples finished by the others', async () => {
    const dir = project(500, 20);
    const run = runCli(['eval', '--workers', '4', '-j', '4', '--json'], { cwd: dir, env: noRedis });
    await waitFor(() => (calls(dir).length >= 100 && workersSeen(dir) === 4) || undefined, {
      timeoutMs: 60_000,
      what: '100 samples, answered by all four workers',
    });
    await freezeThenKill(dir, Number(calls(dir)[0]!.split(' ')[0]));
    await expectSurvivedKill(dir, run);
    // Nothing the victim finished ran again; what it held when it died ran once more elsewhere (at most -j).
    expect(calls(dir).length - 500).toBeLessThanOrEqual(4);
    // More workers than cores is allowed, with a word on what it costs.
    const cores = availableParallelism();
    const note = `note: 4 workers on ${cores} core${cores === 1 ? '' : 's'}: workers beyond the cores share them`;
    if (cores < 4) expect((await run).stderr).toContain(note);
    else expect((await run).stderr).not.toContain('note: 4 workers');
  }, 180_000);

  it('leaves no worker behind when the coordinator is killed, and --resume runs only what is missing', async () => {
    const dir = project(60, 30);
    const coordinator = spawn(process.execPath, [BIN, 'eval', '--workers', '2', '-j', '2'], {
      cwd: dir,
      env: { ...process.env, ...noRedis },
      stdio: 'ignore',
    });
    children.push(coordinator);
    await waitFor(() => calls(dir).length >= 10 || undefined, { timeoutMs: 60_000, what: '10 samples' });
    const pids = [...new Set(calls(dir).map((l) => Number(l.split(' ')[0])))];
    coordinator.kill('SIGKILL');
    await exited(coordinator);
    // The workers notice their parent is gone and leave (no orphan keeps calling the model).
    await waitFor(() => pids.every((pid) => !alive(pid)) || undefined, {
      timeoutMs: 20_000,
      what: 'workers to exit',
    });
    const { code, stderr } = await runCli(['eval', '--resume', '--workers', '2'], { cwd: dir, env: noRedis });
    expect(code, stderr).toBe(0);
    const { runs, results } = await runsOf(dir);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'finished' });
    expect(new Set(results.map((r) => r.caseId)).size).toBe(60);
    expect(results).toHaveLength(60);
  }, 120_000);

  it('says why when the workers cannot run a sample, without a stack trace', async () => {
    const dir = project(3, 1);
    // The provider module breaks only in the workers (the coordinator loads it fine).
    const broken = `if (process.argv[1]?.endsWith('local-worker.js')) throw new Error('provider module is broken in workers');\n`;
    writeFileSync(join(dir, 'tools/logging.ts'), broken + loggingProvider);
    const { code, stderr } = await runCli(['eval', '--workers', '2'], { cwd: dir, env: noRedis });
    expect(code).toBe(1);
    expect(stderr).toContain('a worker could not run');
    expect(stderr).toContain('provider module is broken in workers');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

// The local workers a run started on `dir` that are still running (their command line names the project).
const workersOn = (dir: string) =>
  execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes('local-worker.js') && line.includes(dir));

it('stops the local workers it started when the run cannot start, and says why', async () => {
  const dir = project(3, 1);
  // The workers load the project fine; the coordinator stops at the suite, while they are still starting.
  writeFileSync(join(dir, 'tests/bot.yaml'), 'app: bot\ncases:\n  - vars: { q: "unclosed }\n');
  const { code, stderr } = await runCli(['eval', '--workers', '2'], {
    cwd: dir,
    env: { NO_COLOR: '1', TANDEM_REDIS: '' },
  });
  expect(code).toBe(1);
  expect(stderr).toContain('YAML syntax error');
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(workersOn(dir)).toEqual([]);
}, 60_000);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it('says what is wrong with --queue without Redis, --workers 0 alone and --lease-ms without a queue', async () => {
  const dir = project(2, 1);
  const none = await runCli(['eval', '--queue', 'q', '--workers', '2'], {
    cwd: dir,
    env: { TANDEM_REDIS: '' },
  });
  expect(none.code).toBe(1);
  expect(none.stderr).toContain('fanning an eval out to workers needs Redis for its queue');
  expect(none.stderr).toContain('TANDEM_REDIS=redis://');
  const down = await runCli(['eval', '--queue', 'q'], {
    cwd: dir,
    env: { TANDEM_REDIS: 'redis://127.0.0.1:9' },
  });
  expect(down.code).toBe(1);
  expect(down.stderr).toContain('cannot reach Redis at redis://127.0.0.1:9');
  const zero = await runCli(['eval', '--workers', '0'], { cwd: dir, env: { TANDEM_REDIS: '' } });
  expect(zero.code).toBe(1);
  expect(zero.stderr).toContain('--workers 0 leaves nobody to run the samples');
  const lease = await runCli(['eval', '--workers', '2', '--lease-ms', '5000'], { cwd: dir });
  expect(lease.code).toBe(1);
  expect(lease.stderr).toContain('--lease-ms applies to a run on a queue in Redis (--queue)');
}, 60_000);
