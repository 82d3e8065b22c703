/**
 * @module The coordinator of a fanned-out eval run: it puts the run's pending samples on the queue, collects
 * what workers hand back, and writes each result to its own store at once (idempotent rows: a sample a lost
 * worker ran and another ran again is one row). The budget and Ctrl-C stop it as they stop a local run.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { TandemError } from '../../core/index.js';
import type { EvalResultRecord } from '../../store/index.js';
import { jobIdOf } from './job-id.js';
import type { SampleJob, SampleQueue } from './types.js';

/** A sample to run: which variant, case and repeat. */
export interface QueuedWork {
  variant: string;
  caseId: string;
  sample: number;
}

/** Why a run stopped early, as the runner names it. */
export type QueueStop = 'interrupted' | 'budget-exceeded' | undefined;

/** What the coordinator needs from the runner. */
export interface QueueRun {
  queue: SampleQueue;
  runId: string;
  suite: { file: string; hash: string };
  noCache: boolean;
  work: QueuedWork[];
  /** Cost of the results the run already has. */
  spentUsd: number;
  maxCostUsd?: number;
  signal?: AbortSignal;
  save(result: EvalResultRecord): Promise<void>;
  onResult(result: EvalResultRecord, costUsd: number): void;
  /** Told once when no worker is connected while samples wait. */
  onNoWorkers?(): void;
}

/** What the coordinator saw: why it stopped, and how many samples a worker lost and another finished. */
export interface QueueOutcome {
  stop: QueueStop;
  retaken: number;
}

const POLL_MS = 100;

/** Runs the work through the queue until every sample is back or the run stops. */
export async function runOnQueue(r: QueueRun): Promise<QueueOutcome> {
  const jobs: SampleJob[] = r.work.map((w) => ({
    runId: r.runId,
    suite: r.suite.file,
    suiteHash: r.suite.hash,
    noCache: r.noCache,
    ...w,
  }));
  const expected = new Set(jobs.map(jobIdOf));
  if (jobs.length) await r.queue.enqueue(jobs);
  const state: State = {
    spent: r.spentUsd,
    retaken: 0,
    stop: undefined,
    idleSince: Date.now(),
    warned: false,
  };
  while (expected.size) {
    state.stop ??= stopReason(r, state.spent);
    if (state.stop && (await stopped(r, expected, state))) break;
    const collected = await r.queue.collect(r.runId);
    await takeAll(collected, expected, r, state);
    if (collected.length) state.idleSince = Date.now();
    else await idle(r, state);
  }
  return { stop: state.stop, retaken: state.retaken };
}

/**
 * After a stop: no waiting sample starts. Ctrl-C leaves at once (samples still running are collected by
 * --resume); a budget stop waits for the running ones, which are paid for. True when nothing is left to wait for.
 */
async function stopped(r: QueueRun, expected: Set<string>, state: State): Promise<boolean> {
  await r.queue.cancelWaiting(r.runId);
  // What finished before the stop is saved either way (it is paid for, and --resume need not run it again).
  await takeAll(await r.queue.collect(r.runId), expected, r, state);
  if (state.stop === 'interrupted') return true;
  const running = await r.queue.outstanding(r.runId);
  for (const id of expected) if (!running.has(id)) expected.delete(id);
  return expected.size === 0;
}

/** Waits a poll; says once when samples wait and no worker is connected. */
async function idle(r: QueueRun, state: State): Promise<void> {
  if (!state.warned && Date.now() - state.idleSince > 5000 && (await r.queue.workers()) === 0) {
    state.warned = true;
    r.onNoWorkers?.();
  }
  await sleep(POLL_MS);
}

type State = { spent: number; retaken: number; stop: QueueStop; idleSince: number; warned: boolean };

/** Saves collected samples, then takes their jobs off the queue. */
async function takeAll(
  collected: Awaited<ReturnType<SampleQueue['collect']>>,
  expected: Set<string>,
  r: QueueRun,
  state: State,
): Promise<void> {
  for (const c of collected) await take(c, expected, r, state);
  if (collected.length) await r.queue.release(collected.map((c) => c.id));
}

/** Saves a collected sample (a failed job stops the run with the worker's reason). */
async function take(
  c: Awaited<ReturnType<SampleQueue['collect']>>[number],
  expected: Set<string>,
  r: QueueRun,
  state: State,
): Promise<void> {
  // Saved before a coordinator was killed, but not yet released: the store has it already.
  if (!expected.delete(jobIdOf(c.job))) return;
  if (!c.ok)
    throw new TandemError('SUITE_INVALID', `a worker could not run ${c.job.caseId}: ${c.reason}`, {
      hint: c.reason.startsWith('every local worker stopped')
        ? 'The local workers load the project as the run does: fix what they report, then tandem eval --resume.'
        : 'Workers load the same project and suite: deploy the same files to every worker, then --resume.',
    });
  if (c.retaken) state.retaken++;
  const result = { ...c.value.result, runId: r.runId };
  state.spent += result.costUsd ?? 0;
  // Progress is reported only for what the store has.
  await r.save(result);
  r.onResult(result, state.spent);
}

function stopReason(r: QueueRun, spent: number): QueueStop {
  if (r.signal?.aborted) return 'interrupted';
  if (r.maxCostUsd !== undefined && spent >= r.maxCostUsd) return 'budget-exceeded';
  return undefined;
}
