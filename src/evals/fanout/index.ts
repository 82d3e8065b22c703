/**
 * @module Fanned-out eval runs: their coordinator, the local queue of child processes, the worker side of
 * it, and the queue in Redis (BullMQ and ioredis load only when a run or worker uses Redis).
 */
import type { QueueTarget } from './sample-queue.js';
import type { SampleWorker, SampleWorkerOptions } from './sample-worker.js';
import type { SampleQueue } from './types.js';

export { serveJobsOverIpc, tellCoordinator } from './ipc-worker.js';
export { jobIdOf } from './job-id.js';
export { JobRefused, type JobRunnerOptions } from './job-runner.js';
export { type LocalQueueOptions, openLocalQueue } from './local-queue.js';
export { type QueueOutcome, type QueueRun, type QueueStop, runOnQueue } from './run-on-queue.js';
export type { QueueTarget } from './sample-queue.js';
export type { SampleWorker, SampleWorkerOptions } from './sample-worker.js';
export type { Collected, SampleJob, SampleJobResult, SampleQueue } from './types.js';

/** Opens the queue in Redis; an unreachable Redis is a clear error, not a hang. */
export async function openSampleQueue(target: QueueTarget): Promise<SampleQueue> {
  return (await import('./sample-queue.js')).openSampleQueue(target);
}

/** Starts a worker on the queue in Redis. */
export async function startSampleWorker(o: SampleWorkerOptions): Promise<SampleWorker> {
  return (await import('./sample-worker.js')).startSampleWorker(o);
}
