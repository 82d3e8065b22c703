/**
 * @module The queue of `tandem eval --workers N` on one machine, without Redis: N child processes started
 * here, each given as many samples at once as its concurrency over its IPC channel. A child that dies gives
 * its running samples back at once (no lease to wait for) and the others finish them; when none is left,
 * what remains fails with the last one's reason. Finished samples wait here until the coordinator collects
 * them; a coordinator killed meanwhile loses only samples its store does not have, which `--resume` runs.
 */
import type { ChildProcess } from 'node:child_process';
import type { FromWorker, ToWorker } from './ipc-protocol.js';
import { jobIdOf } from './job-id.js';
import type { Collected, SampleJob, SampleQueue } from './types.js';

/** How the local workers start and how much each runs at once. */
export interface LocalQueueOptions {
  /** Starts one worker process with an IPC channel and a piped stderr (read for the reason it died). */
  start: () => ChildProcess;
  workers: number;
  concurrency: number;
  /** How long a stopping worker may finish its samples before it is killed (default 10 s). */
  stopGraceMs?: number;
}

interface Child {
  proc: ChildProcess;
  ready: boolean;
  running: Map<string, SampleJob>;
  stderr: string;
  fatal?: string;
}

type Waiting = { id: string; job: SampleJob; retaken: boolean };

/** Starts the workers and returns the queue the coordinator runs on. */
export function openLocalQueue(o: LocalQueueOptions): SampleQueue {
  return new LocalQueue(o);
}

const ofRun = (runId: string) => (j: { job: SampleJob }) => j.job.runId === runId;

class LocalQueue implements SampleQueue {
  private readonly children = new Set<Child>();
  private waiting: Waiting[] = [];
  private readonly retaken = new Set<string>();
  private readonly finished: Collected[] = [];
  private closing = false;
  private lastDeath = 'no worker started';

  constructor(private readonly o: LocalQueueOptions) {
    for (let i = 0; i < o.workers; i++) this.spawnOne();
  }

  async enqueue(jobs: SampleJob[]): Promise<void> {
    const known = new Set(this.waiting.map((w) => w.id));
    for (const c of this.children) for (const id of c.running.keys()) known.add(id);
    for (const job of jobs) {
      const id = jobIdOf(job);
      if (!known.has(id)) this.waiting.push({ id, job, retaken: false });
    }
    if (!this.children.size) this.failAll();
    this.dispatch();
  }

  async collect(runId: string, max = 500): Promise<Collected[]> {
    const out: Collected[] = [];
    for (let i = 0; i < this.finished.length && out.length < max; )
      if (ofRun(runId)(this.finished[i]!)) out.push(...this.finished.splice(i, 1));
      else i++;
    return out;
  }

  // Collecting already took them: nothing else holds them.
  async release(): Promise<void> {}

  async cancelWaiting(runId: string): Promise<number> {
    const before = this.waiting.length;
    this.waiting = this.waiting.filter((w) => !ofRun(runId)(w));
    return before - this.waiting.length;
  }

  async outstanding(runId: string): Promise<Set<string>> {
    const ids = this.waiting.filter(ofRun(runId)).map((w) => w.id);
    for (const c of this.children) for (const [id, job] of c.running) if (job.runId === runId) ids.push(id);
    return new Set(ids);
  }

  async workers(): Promise<number> {
    return [...this.children].filter((c) => c.ready).length;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.children].map((c) => stopChild(c, this.o.stopGraceMs ?? 10_000)));
  }

  private spawnOne(): void {
    const c: Child = { proc: this.o.start(), ready: false, running: new Map(), stderr: '' };
    this.children.add(c);
    c.proc.stderr?.on('data', (d: Buffer) => {
      c.stderr = (c.stderr + d.toString()).slice(-2000);
    });
    c.proc.on('message', (m: FromWorker) => {
      if (m.type === 'ready') c.ready = true;
      else if (m.type === 'fatal') c.fatal = m.reason;
      else return this.settle(c, m);
      this.dispatch();
    });
    c.proc.on('exit', (code, signal) => this.died(c, code, signal));
    c.proc.on('error', (err) => {
      c.fatal = `a worker process could not start: ${err.message}`;
    });
  }

  private dispatch(): void {
    for (const c of this.children) {
      // One whose channel closed is dying: what it was given would wait for its exit to be given back.
      while (c.ready && c.proc.connected && c.running.size < this.o.concurrency && this.waiting.length) {
        const w = this.waiting.shift()!;
        c.running.set(w.id, w.job);
        if (w.retaken) this.retaken.add(w.id);
        post(c, { type: 'job', id: w.id, job: w.job });
      }
    }
  }

  private settle(c: Child, m: Extract<FromWorker, { type: 'done' | 'failed' }>): void {
    const job = c.running.get(m.id);
    if (!job) return;
    c.running.delete(m.id);
    // A result the worker sent just before it died can be read after its exit, which gave the sample to the
    // others: it is finished, so it is taken off the queue if it still waits there, and it was not retaken. One an
    // idle worker took at once runs again; the coordinator keeps the first result.
    const late = !this.children.has(c);
    if (late) this.waiting = this.waiting.filter((w) => w.id !== m.id);
    this.finished.push(
      m.type === 'done'
        ? { ok: true, id: m.id, job, value: m.value, retaken: !late && this.retaken.delete(m.id) }
        : { ok: false, id: m.id, job, reason: m.reason },
    );
    this.dispatch();
  }

  private died(c: Child, code: number | null, signal: NodeJS.Signals | null): void {
    this.children.delete(c);
    if (this.closing) return;
    this.lastDeath = c.fatal ?? `a worker process exited (${signal ?? `code ${code}`})${tail(c.stderr)}`;
    // Its samples go to the others at once; the process is gone, so nothing of them will come back.
    const held = [...c.running].map(([id, job]) => ({ id, job, retaken: true }));
    this.waiting = [...held, ...this.waiting];
    if (!this.children.size) this.failAll();
    this.dispatch();
  }

  private failAll(): void {
    for (const w of this.waiting.splice(0))
      this.finished.push({
        ok: false,
        id: w.id,
        job: w.job,
        reason: `every local worker stopped: ${this.lastDeath}`,
      });
  }
}

function post(c: Child, m: ToWorker): void {
  if (c.proc.connected) c.proc.send(m, undefined, undefined, () => {});
}

/**
 * Asks a worker to finish its samples and leave; kills it if it has not gone after the grace period. One still
 * starting has nothing to finish (and would not hear the request until it is ready): it is stopped at once.
 */
function stopChild(c: Child, graceMs: number): Promise<void> {
  const p = c.proc;
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => p.kill('SIGKILL'), graceMs);
    p.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    if (p.connected && c.ready) post(c, { type: 'stop' });
    else p.kill('SIGTERM');
  });
}

function tail(stderr: string): string {
  const last = stderr.trim().split('\n').slice(-3).join(' / ').trim();
  return last ? `: ${last}` : '';
}
