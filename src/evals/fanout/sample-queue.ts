/**
 * @module The queue a fanned-out eval run's samples go through: BullMQ on Redis. Each sample is one job whose
 * id is derived from (run, variant, case, sample), so enqueuing twice (a resumed run) never duplicates it; a
 * job is held under a lease that a worker renews while it runs, and a killed worker's jobs go back to the
 * queue once the lease runs out. Finished jobs wait in Redis until their run's coordinator collects them.
 */
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { TandemError } from '../../core/index.js';
import { jobIdOf } from './job-id.js';
import type { Collected, SampleJob, SampleJobResult, SampleQueue } from './types.js';

/** Where a fanned-out run's queue lives. */
export interface QueueTarget {
  /** `redis://…` */
  redisUrl: string;
  /** The queue's name: the coordinator and its workers must agree (default `tandem-eval`). */
  name: string;
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
