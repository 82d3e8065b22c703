/**
 * @module A worker of fanned-out eval runs (`tandem worker`): takes samples off the queue, runs each through
 * the same `runSample` a local run uses, and hands the graded result back to the run's coordinator. It
 * loads the suite named in the job from its own copy of the project and refuses a job whose suite differs
 * from the coordinator's (another version of the definition would grade other cases).
 */
import { hostname } from 'node:os';
import { UnrecoverableError, Worker } from 'bullmq';
import type { App, Project } from '../../pipeline/index.js';
import { type LoadedSuite, loadSuite } from '../load-suite.js';
import { appFor, judgeFor, runSample, type SampleContext, tracesStored } from '../runner/run-sample.js';
import { variantsOf } from '../runner/run-suite.js';
import {
  type QueueTarget,
  reachable,
  redisConnection,
  type SampleJob,
  type SampleJobResult,
} from './sample-queue.js';

export interface SampleWorkerOptions {
  project: Project;
  target: QueueTarget;
  /** Samples run at once by this worker. */
  concurrency: number;
  /** How long a job stays this worker's without a renewal: a killed worker's jobs return after it. */
  leaseMs: number;
  /** Called once per suite before its first sample (the API syncs its knowledge bases). */
  prepareSuite?: (suite: LoadedSuite) => Promise<void>;
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
  const suites = suiteCache(o);
  const worker = new Worker<SampleJob, SampleJobResult>(
    o.target.name,
    async (job) => {
      const result = await runJob(job.data, await suites.get(job.data));
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

/** What a worker keeps per suite: the loaded suite, its apps per variant, its judge. */
interface SuiteHandle {
  suite: LoadedSuite;
  apps: Map<string, Promise<App>>;
  ctx: (noCache: boolean) => SampleContext;
  project: Project;
}

function suiteCache(o: SampleWorkerOptions) {
  const loaded = new Map<string, Promise<SuiteHandle>>();
  const load = async (file: string): Promise<SuiteHandle> => {
    const suite = await loadSuite(o.project.root, file);
    await o.prepareSuite?.(suite);
    const judge = suite.spec.judge ? await judgeFor(o.project, suite) : undefined;
    const embedder = suite.spec.embedder ? () => o.project.providers.get(suite.spec.embedder!) : undefined;
    return {
      suite,
      apps: new Map(),
      ctx: (noCache) => ({ root: o.project.root, judge, embedder, noCache }),
      project: o.project,
    };
  };
  return {
    async get(job: SampleJob): Promise<SuiteHandle> {
      let handle = loaded.get(job.suite);
      if (!handle) {
        handle = load(job.suite);
        loaded.set(job.suite, handle);
      }
      const h = await handle;
      if (h.suite.hash !== job.suiteHash)
        throw new UnrecoverableError(
          `this worker's ${job.suite} is not the coordinator's (content hash ${h.suite.hash.slice(0, 12)}, expected ${job.suiteHash.slice(0, 12)})`,
        );
      return h;
    },
  };
}

/** Runs one sample; its trace is in the worker's store before the result leaves. */
async function runJob(job: SampleJob, h: SuiteHandle) {
  const spec = variantsOf(h.suite).find((v) => v.name === job.variant);
  const c = h.suite.cases.find((x) => x.id === job.caseId);
  if (!spec || !c)
    throw new UnrecoverableError(
      `${job.suite} has no ${spec ? `case "${job.caseId}"` : `variant "${job.variant}"`} in this worker's copy`,
    );
  let app = h.apps.get(spec.name);
  if (!app) {
    app = appFor(h.project, h.suite, spec);
    h.apps.set(spec.name, app);
  }
  const result = await runSample(await app, c, job.sample, job.runId, job.variant, h.ctx(job.noCache));
  if (!result) throw new Error('the sample was stopped before it finished');
  await tracesStored(h.project);
  return result;
}
