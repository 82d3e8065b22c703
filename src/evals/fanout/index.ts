/** @module Fanned-out eval runs: the queue in Redis, its coordinator and its workers. */

export { jobIdOf } from './job-id.js';
export { type QueueOutcome, type QueueRun, type QueueStop, runOnQueue } from './run-on-queue.js';
export {
  openSampleQueue,
  type QueueTarget,
  type SampleJob,
  type SampleJobResult,
  type SampleQueue,
} from './sample-queue.js';
export { type SampleWorker, type SampleWorkerOptions, startSampleWorker } from './sample-worker.js';
