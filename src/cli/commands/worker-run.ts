/** @module `tandem worker`: runs samples until SIGINT or SIGTERM, then finishes the running ones and exits. */
import { runWorker } from '../../api/index.js';
import { stdoutColors as pc } from '../output/colors.js';

export interface WorkerCommandOptions {
  root: string;
  configFile?: string;
  queue?: string;
  concurrency?: number;
  leaseMs?: number;
}

/** Runs `tandem worker`. */
export async function worker(o: WorkerCommandOptions): Promise<void> {
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) process.exit(130); // a second signal leaves at once
    process.stdout.write(pc.yellow('stopping: finishing the samples running now\n'));
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    const { samples } = await runWorker({
      root: o.root,
      configFile: o.configFile,
      ...(o.queue ? { queue: o.queue } : {}),
      ...(o.concurrency ? { concurrency: o.concurrency } : {}),
      ...(o.leaseMs ? { leaseMs: o.leaseMs } : {}),
      signal: controller.signal,
      onReady: (w) =>
        process.stdout.write(`tandem worker ${pc.cyan(w.name)} taking samples from queue "${w.queue}"\n`),
    });
    process.stdout.write(`ran ${samples} sample${samples === 1 ? '' : 's'}\n`);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
