/**
 * @module `runWorker`: a worker of fanned-out eval runs on this project, until its signal stops it. Knowledge
 * bases a suite uses are synced before the suite's first sample, as a local run syncs them.
 */
import { loadFanout, type SampleWorker } from '../evals/index.js';
import { DEFAULT_QUEUE, redisUrlOf } from './eval-fanout.js';
import { syncKnowledge } from './eval-suites.js';
import { openProject, type ProjectSource } from './open-project.js';

/** What `runWorker` runs on. */
export type RunWorkerOptions = ProjectSource & {
  queue?: string;
  redisUrl?: string;
  /** Samples run at once (default 4). */
  concurrency?: number;
  /** The lease of a sample, in ms (default 30000). */
  leaseMs?: number;
  /** Stops taking samples; the running ones finish first. */
  signal: AbortSignal;
  /** Told once the worker takes samples. */
  onReady?: (worker: { name: string; queue: string }) => void;
  /** Told after each sample. */
  onSample?: (sample: { caseId: string; variant: string; status: string }) => void;
};

/** Runs a worker until `signal` aborts; resolves with how many samples it ran. */
export async function runWorker(o: RunWorkerOptions): Promise<{ samples: number }> {
  const queue = o.queue ?? DEFAULT_QUEUE;
  const { project, close } = await openProject(o, { batchTraces: true });
  let samples = 0;
  let worker: SampleWorker | undefined;
  try {
    const redisUrl = redisUrlOf(o.redisUrl, project.loaded);
    const { startSampleWorker } = await loadFanout();
    worker = await startSampleWorker({
      project,
      target: { redisUrl, name: queue },
      concurrency: o.concurrency ?? 4,
      leaseMs: o.leaseMs ?? 30_000,
      prepareSuite: async (suite) => {
        await syncKnowledge(project, suite);
      },
      onSample: (job, { result }) => {
        samples++;
        o.onSample?.({ caseId: job.caseId, variant: job.variant, status: result.status });
      },
    });
    o.onReady?.({ name: worker.name, queue });
    if (!o.signal.aborted)
      await new Promise((resolve) => o.signal.addEventListener('abort', resolve, { once: true }));
    return { samples };
  } finally {
    await worker?.close();
    await close();
  }
}
