/**
 * @module A worker of fanned-out eval runs on Redis (`tandem worker`): takes samples off the BullMQ queue,
 * runs each as every worker does (`job-runner.ts`), and hands the graded result back to the run's
 * coordinator through the queue.
 */
import { hostname } from 'node:os';
import { UnrecoverableError, Worker } from 'bullmq';
import { JobRefused, type JobRunnerOptions, jobRunner } from './job-runner.js';
import { type QueueTarget, reachable, redisConnection } from './sample-queue.js';
import type { SampleJob, SampleJobResult } from './types.js';

export interface SampleWorkerOptions extends JobRunnerOptions {
  target: QueueTarget;
  /** Samples run at once by this worker. */
  concurrency: number;
  /** How long a job stays this worker's without a renewal: a killed worker's jobs return after it. */
  leaseMs: number;
  /** Told after each sample. */
  onSample?: (job: SampleJob, result: SampleJobResult) => void;
}

/** A running worker. */
export interface SampleWorker {
  /** The name results carry (`host:pid`). */
  readonly name: string;
  /** Stops taking jobs and waits for the running ones. */
  close(): Promise<void>;
}

/** Starts a worker on the queue. */
export async function startSampleWorker(o: SampleWorkerOptions): Promise<SampleWorker> {
  const connection = redisConnection(o.target.redisUrl);
  await reachable(connection, o.target.redisUrl);
  const name = `${hostname()}:${process.pid}`;
  const run = jobRunner(o);
  const worker = new Worker<SampleJob, SampleJobResult>(
    o.target.name,
    async (job) => {
      const result = await run(job.data).catch((err: unknown) => {
        // BullMQ retries nothing marked unrecoverable: another worker would refuse it as well.
        throw err instanceof JobRefused ? new UnrecoverableError(err.message) : err;
      });
      o.onSample?.(job.data, { result, worker: name });
      return { result, worker: name };
    },
    {
      connection,
      concurrency: o.concurrency,
      lockDuration: o.leaseMs,
      stalledInterval: o.leaseMs,
      maxStalledCount: 5,
    },
  );
  // A lost connection is retried by ioredis; BullMQ reports it here instead of throwing into nowhere.
  worker.on('error', () => {});
  await worker.waitUntilReady();
  return {
    name,
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
