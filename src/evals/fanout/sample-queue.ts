/**
 * @module The queue a fanned-out eval run's samples go through: BullMQ on Redis. Each sample is one job whose
 * id is derived from (run, variant, case, sample), so enqueuing twice (a resumed run) never duplicates it; a
 * job is held under a lease that a worker renews while it runs, and a killed worker's jobs go back to the
 * queue once the lease runs out. Finished jobs wait in Redis until their run's coordinator collects them.
 */
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { TandemError } from '../../core/index.js';
import type { EvalResultRecord } from '../../store/index.js';
import { jobIdOf } from './job-id.js';

/** Where a fanned-out run's queue lives. */
export interface QueueTarget {
  /** `redis://…` */
  redisUrl: string;
  /** The queue's name: the coordinator and its workers must agree (default `tandem-eval`). */
  name: string;
}

/** What a worker needs to run one sample. */
export interface SampleJob {
  runId: string;
  /** The suite file, relative to the project (workers load the same project). */
  suite: string;
  /** The suite's content hash: a worker whose copy differs refuses the job. */
  suiteHash: string;
  variant: string;
  caseId: string;
  sample: number;
  noCache: boolean;
}

/** What a finished job hands back: the graded sample, and which worker ran it. */
export interface SampleJobResult {
  result: EvalResultRecord;
  worker: string;
}

/** A job that finished (or failed) and was collected. */
export type Collected =
  | { ok: true; id: string; job: SampleJob; value: SampleJobResult; retaken: boolean }
  | { ok: false; id: string; job: SampleJob; reason: string };

/** The queue, as a coordinator uses it. */
export interface SampleQueue {
  /** Adds the jobs not already there (by id); failed leftovers of an earlier try are replaced. */
  enqueue(jobs: SampleJob[]): Promise<void>;
  /** The finished and failed jobs of `runId` (at most `max` per call); they stay until `release`d. */
  collect(runId: string, max?: number): Promise<Collected[]>;
  /** Takes collected jobs off the queue, once their results are saved (a coordinator killed before that
   * finds them again on --resume, instead of losing them). */
  release(ids: string[]): Promise<void>;
  /** Removes the run's jobs that no worker has started; returns how many. */
  cancelWaiting(runId: string): Promise<number>;
  /** The ids of the run's jobs waiting or running. */
  outstanding(runId: string): Promise<Set<string>>;
  /** How many workers are connected to the queue. */
  workers(): Promise<number>;
  close(): Promise<void>;
}

/** A Redis connection as BullMQ needs it (no per-command retry limit: blocking commands wait). */
export function redisConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
}

/** Opens the queue; an unreachable Redis is a clear error, not a hang. */
export async function openSampleQueue(target: QueueTarget): Promise<SampleQueue> {
  const connection = redisConnection(target.redisUrl);
  await reachable(connection, target.redisUrl);
  const queue = new Queue<SampleJob, SampleJobResult>(target.name, { connection });
  const jobsOf = async (
    runId: string,
    types: Array<'completed' | 'failed' | 'waiting' | 'active' | 'delayed'>,
    max: number,
  ) => (await queue.getJobs(types, 0, max - 1, true)).filter((j) => j?.data?.runId === runId);
  return {
    async enqueue(jobs) {
      for (const j of await jobsOf(jobs[0]?.runId ?? '', ['failed'], 10_000)) await j.remove();
      await queue.addBulk(
        jobs.map((data) => ({
          name: 'sample',
          data,
          opts: { jobId: jobIdOf(data), removeOnComplete: false, removeOnFail: false, attempts: 1 },
        })),
      );
    },
    async collect(runId, max = 500) {
      const jobs = await jobsOf(runId, ['completed', 'failed'], max);
      const out: Collected[] = [];
      for (const j of jobs) {
        const id = j.id ?? '';
        out.push(
          (await j.isFailed())
            ? { ok: false, id, job: j.data, reason: j.failedReason || 'the worker failed without a reason' }
            : { ok: true, id, job: j.data, value: j.returnvalue, retaken: (j.stalledCounter ?? 0) > 0 },
        );
      }
      return out;
    },
    async release(ids) {
      for (const id of ids) await queue.remove(id);
    },
    async cancelWaiting(runId) {
      let removed = 0;
      for (const j of await jobsOf(runId, ['waiting', 'delayed'], 100_000)) {
        await j.remove().then(
          () => removed++,
          () => {}, // taken by a worker meanwhile: it finishes and is collected
        );
      }
      return removed;
    },
    async outstanding(runId) {
      return new Set((await jobsOf(runId, ['waiting', 'active', 'delayed'], 100_000)).map((j) => j.id ?? ''));
    },
    workers: async () => (await queue.getWorkers()).length,
    async close() {
      await queue.close();
      connection.disconnect();
    },
  };
}

/** Throws a clear error when nothing answers at `url` within a few seconds. */
export async function reachable(connection: Redis, url: string): Promise<void> {
  const shown = url.replace(/\/\/[^@]*@/, '//');
  try {
    await Promise.race([
      connection.ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 5 s')), 5000).unref()),
    ]);
  } catch (err) {
    connection.disconnect();
    throw new TandemError('USAGE', `cannot reach Redis at ${shown}: ${(err as Error).message}`, {
      hint: 'Start Redis, or point TANDEM_REDIS at one (a fanned-out eval needs it for its queue).',
      cause: err,
    });
  }
}
