/**
 * @module A local worker process of `tandem eval --workers N` without Redis: it takes jobs from its parent
 * over the IPC channel, runs them as every worker does (`job-runner.ts`), and sends each graded result back.
 * It leaves when its parent says stop or goes away (a killed coordinator leaves no worker behind).
 */
import { hostname } from 'node:os';
import type { FromWorker, ToWorker } from './ipc-protocol.js';
import { JobRefused, type JobRunnerOptions, jobRunner } from './job-runner.js';

/**
 * Serves jobs from the parent process until it says stop (resolves `stopped` once the running jobs finished)
 * or goes away (resolves `orphaned` at once: nobody would collect what still runs).
 */
export async function serveJobsOverIpc(o: JobRunnerOptions): Promise<'stopped' | 'orphaned'> {
  if (!process.send) throw new Error('serveJobsOverIpc needs a parent process with an IPC channel');
  const name = `${hostname()}:${process.pid}`;
  const run = jobRunner(o);
  const running = new Set<Promise<void>>();
  const runOne = async (id: string, job: Extract<ToWorker, { type: 'job' }>['job']) => {
    try {
      const result = await run(job);
      tellCoordinator({ type: 'done', id, value: { result, worker: name } });
    } catch (err) {
      tellCoordinator({
        type: 'failed',
        id,
        reason: (err as Error).message,
        refused: err instanceof JobRefused,
      });
    }
  };
  const how = await new Promise<'stopped' | 'orphaned'>((resolve) => {
    const onMessage = (m: ToWorker) => {
      if (m.type === 'stop') return leave('stopped');
      const p = runOne(m.id, m.job).finally(() => running.delete(p));
      running.add(p);
    };
    const onDisconnect = () => leave('orphaned');
    const leave = (why: 'stopped' | 'orphaned') => {
      process.off('message', onMessage);
      process.off('disconnect', onDisconnect);
      resolve(why);
    };
    process.on('message', onMessage);
    process.once('disconnect', onDisconnect);
    tellCoordinator({ type: 'ready', name });
  });
  if (how === 'stopped') await Promise.all(running);
  return how;
}

/** Sends to the parent; a parent that went away gets nothing (its results are lost with it, not the samples:
 * a resumed run runs what the store does not have). */
export function tellCoordinator(m: FromWorker): void {
  if (process.connected) process.send!(m, undefined, undefined, () => {});
}
