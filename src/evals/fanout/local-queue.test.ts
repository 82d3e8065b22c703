import { type ChildProcess, fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../../test/support/wait-for.js';
import { jobIdOf } from './job-id.js';
import { openLocalQueue } from './local-queue.js';
import type { Collected, SampleJob, SampleQueue } from './types.js';

// A worker speaking the real protocol over a real IPC channel; what it does is steered by its arguments:
// `die-after N` exits (code 3) on its Nth job without answering it; `fatal` says it cannot load and exits.
const WORKER = `
const [mode, arg] = process.argv.slice(2);
if (mode === 'fatal') { process.send({ type: 'fatal', reason: 'the project did not load: bad yaml' }, () => process.exit(1)); }
else {
  let jobs = 0;
  process.on('message', (m) => {
    if (m.type === 'stop') return process.disconnect();
    jobs++;
    if (mode === 'die-after' && jobs >= Number(arg)) { process.stderr.write('boom at job ' + jobs + '\\n'); process.exit(3); }
    setTimeout(() => process.send({ type: 'done', id: m.id, value: { worker: String(process.pid), result: { caseId: m.job.caseId } } }), 5);
  });
  process.send({ type: 'ready', name: String(process.pid) });
}
`;
const dir = mkdtempSync(join(tmpdir(), 'tandem-local-queue-'));
const script = join(dir, 'worker.cjs');
writeFileSync(script, WORKER);

const jobs = (n: number, runId = 'run-1'): SampleJob[] =>
  Array.from({ length: n }, (_, i) => ({
    runId,
    suite: 'tests/a.yaml',
    suiteHash: 'h',
    variant: 'default',
    caseId: `case-${i}`,
    sample: 0,
    noCache: false,
  }));

const queues: SampleQueue[] = [];
afterEach(async () => {
  await Promise.all(queues.splice(0).map((q) => q.close()));
});

function open(modes: string[][], concurrency = 2): SampleQueue {
  let i = 0;
  const q = openLocalQueue({
    workers: modes.length,
    concurrency,
    stopGraceMs: 2000,
    start: () => fork(script, modes[i++] ?? [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] }),
  });
  queues.push(q);
  return q;
}

/** Collects until `n` jobs came back. */
async function collectAll(q: SampleQueue, n: number, runId = 'run-1'): Promise<Collected[]> {
  const got: Collected[] = [];
  await waitFor(
    async () => {
      got.push(...(await q.collect(runId)));
      return got.length >= n || undefined;
    },
    { timeoutMs: 20_000, what: `${n} collected jobs` },
  );
  return got;
}

describe('the local queue of --workers N (real child processes over IPC)', () => {
  it('runs every job once across its workers and leaves nothing outstanding', async () => {
    const q = open([['ok'], ['ok']]);
    // Both workers up first: on a loaded machine the first one could finish all 40 before the second starts.
    await waitFor(async () => (await q.workers()) === 2 || undefined, {
      timeoutMs: 20_000,
      what: 'two ready workers',
    });
    const all = jobs(40);
    await q.enqueue(all);
    await q.enqueue(all.slice(0, 10)); // already there: not run twice
    const got = await collectAll(q, 40);
    expect(got).toHaveLength(40);
    expect(new Set(got.map((c) => c.id))).toEqual(new Set(all.map(jobIdOf)));
    expect(got.every((c) => c.ok && !c.retaken)).toBe(true);
    const pids = new Set(got.map((c) => (c.ok ? c.value.worker : '')));
    expect(pids.size).toBe(2);
    expect(await q.outstanding('run-1')).toEqual(new Set());
    expect(await q.collect('run-1')).toEqual([]);
    expect(await q.workers()).toBe(2);
  });

  it("gives a dead worker's running jobs to the others at once, marked as retaken", async () => {
    const q = open([['die-after', '3'], ['ok']]);
    // Both workers up first: on a loaded machine the healthy one could finish all 30 before the other starts.
    await waitFor(async () => (await q.workers()) === 2 || undefined, {
      timeoutMs: 20_000,
      what: 'two ready workers',
    });
    await q.enqueue(jobs(30));
    const got = await collectAll(q, 30);
    expect(got).toHaveLength(30);
    expect(got.every((c) => c.ok)).toBe(true);
    expect(new Set(got.map((c) => c.id)).size).toBe(30);
    // The first worker died holding up to its concurrency (2) of jobs: those came back from the other.
    const retaken = got.filter((c) => c.ok && c.retaken);
    expect(retaken.length).toBeGreaterThanOrEqual(1);
    expect(retaken.length).toBeLessThanOrEqual(2);
    expect(await q.workers()).toBe(1);
  });

  it('fails what is left with the reason when every worker is gone', async () => {
    const q = open([['fatal'], ['die-after', '1']]);
    await q.enqueue(jobs(5));
    const got = await collectAll(q, 5);
    expect(got.every((c) => !c.ok)).toBe(true);
    const reasons = got.map((c) => (c.ok ? '' : c.reason));
    expect(reasons[0]).toMatch(/^every local worker stopped: /);
    expect(reasons.join('\n')).toMatch(/the project did not load: bad yaml|code 3\): boom at job 1/);
    // Jobs enqueued after the last worker went fail at once rather than wait forever.
    await q.enqueue(jobs(2, 'run-2'));
    expect((await q.collect('run-2')).map((c) => c.ok)).toEqual([false, false]);
  });

  it('cancels the jobs no worker started, and keeps runs apart', async () => {
    const q = open([['ok']], 1);
    await q.enqueue(jobs(50, 'run-a'));
    await q.enqueue(jobs(3, 'run-b'));
    const cancelled = await q.cancelWaiting('run-a');
    expect(cancelled).toBeGreaterThanOrEqual(48); // at most one had started (concurrency 1)
    const left = await q.outstanding('run-a');
    expect(left.size).toBe(50 - cancelled);
    const b = await collectAll(q, 3, 'run-b');
    expect(b.map((c) => c.job.runId)).toEqual(['run-b', 'run-b', 'run-b']);
  });
});

/** A child process driven by the test: it records what it is sent, and the test decides what it says and when. */
function fakeChild() {
  const proc = Object.assign(new EventEmitter(), {
    stderr: new EventEmitter(),
    connected: true,
    exitCode: null as number | null,
    signalCode: null as string | null,
    sent: [] as Array<{ type: string; id?: string }>,
    send(m: { type: string; id?: string }) {
      proc.sent.push(m);
      return true;
    },
    kill() {
      return true;
    },
  });
  return proc;
}

describe('the local queue, when a dead worker’s last result is read after its exit', () => {
  it('takes the result once, not retaken, and does not run the sample again', async () => {
    const [dying, healthy] = [fakeChild(), fakeChild()];
    const started = [dying, healthy];
    const q = openLocalQueue({
      workers: 2,
      concurrency: 1,
      start: () => started.shift() as unknown as ChildProcess,
    });
    dying.emit('message', { type: 'ready', name: 'dying' });
    healthy.emit('message', { type: 'ready', name: 'healthy' });
    const [first, second] = jobs(2);
    await q.enqueue([first!, second!]);
    const id = dying.sent[0]!.id!;
    expect(id).toBe(jobIdOf(first!));
    // The process exits (its channel closed), and only then is the result it sent before dying read.
    dying.connected = false;
    dying.emit('exit', null, 'SIGKILL');
    dying.emit('message', { type: 'done', id, value: { worker: 'dying', result: { caseId: 'case-0' } } });
    healthy.emit('message', {
      type: 'done',
      id: healthy.sent[0]!.id!,
      value: { worker: 'healthy', result: {} },
    });
    const got = await q.collect('run-1');
    expect(got.map((c) => [c.id, c.ok && c.retaken])).toEqual([
      [id, false],
      [jobIdOf(second!), false],
    ]);
    // The healthy worker was never given the dead one's finished sample, and nothing is left to run.
    expect(healthy.sent.map((m) => m.id)).toEqual([jobIdOf(second!)]);
    expect(await q.outstanding('run-1')).toEqual(new Set());
  });
});
