/**
 * @module What `runEval` needs to fan a run out. `--workers N` alone: N local worker processes fed over
 * their IPC channels, no Redis needed. With a queue (`--queue`, or a Redis URL given): the queue in Redis
 * (`TANDEM_REDIS`), which `tandem worker` on other machines take samples from too, and the N local workers
 * are `tandem worker` processes on it. Either way the local workers are stopped at the end.
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LoadedConfig, TandemError } from '../core/index.js';
import { loadFanout, type SampleQueue } from '../evals/index.js';
import { redisSettings } from '../redis/index.js';

/** How a run is fanned out. */
export interface FanOut {
  /** Local worker processes to start (0: only workers started elsewhere take the samples). */
  workers: number;
  /** The queue's name in Redis (default `tandem-eval`); without it or `redisUrl`, local workers use no Redis. */
  queue?: string;
  /** Redis; default `TANDEM_REDIS` when a queue is named. */
  redisUrl?: string;
  /** The lease of a sample on a worker, in ms (default 30000): a killed worker's samples return after it. */
  leaseMs?: number;
  /** Samples each local worker runs at once (default: the run's concurrency). */
  concurrency?: number;
}

/** The default queue name, shared by `tandem eval --queue` and `tandem worker --queue`. */
export const DEFAULT_QUEUE = 'tandem-eval';

/**
 * The Redis a fanned-out run or a worker uses: the given URL, else the project's (`TANDEM_REDIS`, then
 * `redis.url` in tandem.yaml, as `tandem serve` reads them), else a usage error.
 */
export function redisUrlOf(given: string | undefined, loaded: LoadedConfig): string {
  const url = given ?? redisSettings(loaded)?.url;
  if (!url)
    throw new TandemError('USAGE', 'fanning an eval out to workers needs Redis for its queue', {
      hint: 'Set TANDEM_REDIS=redis://host:6379 or redis: { url } in tandem.yaml (the coordinator and every worker use the same one).',
    });
  return url;
}

/** An open fan-out: the queue, and the local workers running on it. */
export interface OpenFanOut {
  queue: SampleQueue;
  close(): Promise<void>;
}

/**
 * Starts a run's local workers before the coordinator loads the project, when they need nothing from it (no
 * queue in Redis): loading tandem and the project is most of a worker's start, and on a small machine the
 * coordinator's own start would otherwise come first. Undefined when the fan-out has to wait for the project.
 */
export function openFanOutEarly(
  f: FanOut | undefined,
  project: { root?: string; configFile?: string },
): Promise<OpenFanOut> | undefined {
  if (!f || usesRedis(f) || project.root === undefined) return undefined;
  return openLocalFanOut(f, { root: resolve(project.root), configFile: project.configFile });
}

/** Opens the queue and starts the local workers. */
export async function openFanOut(
  f: FanOut,
  project: { root: string; configFile?: string; loaded: LoadedConfig },
): Promise<OpenFanOut> {
  if (!usesRedis(f)) return openLocalFanOut(f, project);
  const redisUrl = redisUrlOf(f.redisUrl, project.loaded);
  const name = f.queue ?? DEFAULT_QUEUE;
  const { openSampleQueue } = await loadFanout();
  const queue = await openSampleQueue({ redisUrl, name });
  const children = Array.from({ length: f.workers }, () => startLocalWorker(f, project, redisUrl, name));
  return {
    queue,
    async close() {
      await Promise.all(children.map(stopChild));
      await queue.close();
    },
  };
}

/** Whether the run's queue is in Redis: a queue is named or a Redis given (`--workers` alone needs none). */
export const usesRedis = (f: FanOut) => f.queue !== undefined || f.redisUrl !== undefined;

/** N child processes of this one, each fed samples over its IPC channel. */
async function openLocalFanOut(
  f: FanOut,
  project: { root: string; configFile?: string },
): Promise<OpenFanOut> {
  if (f.workers < 1)
    throw new TandemError('USAGE', 'a run without a queue in Redis needs at least one local worker', {
      hint: 'Use --workers n (n ≥ 1), or --queue name to let workers started elsewhere take the samples.',
    });
  const { openLocalQueue } = await loadFanout();
  const args = [LOCAL_WORKER, project.root, ...(project.configFile ? [project.configFile] : [])];
  const queue = openLocalQueue({
    workers: f.workers,
    concurrency: f.concurrency ?? 4,
    // stdout is ignored (it would interleave with the progress bar); stderr says why a worker died.
    start: () => fork(args[0]!, args.slice(1), { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] }),
  });
  return { queue, close: () => queue.close() };
}

const LOCAL_WORKER = fileURLToPath(new URL('../../bin/local-worker.js', import.meta.url));

// The CLI of this very package (dist/ in a build, and the same bin from the sources under test).
const TANDEM_BIN = fileURLToPath(new URL('../../bin/tandem.js', import.meta.url));

function startLocalWorker(
  f: FanOut,
  project: { root: string; configFile?: string },
  redisUrl: string,
  queue: string,
): ChildProcess {
  const args = [TANDEM_BIN, 'worker', '--cwd', project.root, '--queue', queue];
  if (project.configFile) args.push('--config', project.configFile);
  if (f.leaseMs !== undefined) args.push('--lease-ms', String(f.leaseMs));
  if (f.concurrency !== undefined) args.push('--concurrency', String(f.concurrency));
  // Its output would interleave with the progress bar: errors reach the run as failed samples instead.
  return spawn(process.execPath, args, {
    stdio: 'ignore',
    env: { ...process.env, TANDEM_REDIS: redisUrl },
  });
}

/** Stops a local worker: SIGTERM lets it finish its samples; it is killed if it does not go in 10 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
