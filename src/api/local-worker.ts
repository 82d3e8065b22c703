/**
 * @module The child process `tandem eval --workers N` starts on one machine (`bin/local-worker.js`): it
 * loads the project as the coordinator did and runs the samples its parent sends until told to stop. It is
 * started with only what a worker needs loaded, so N of them are ready soon after the run starts.
 */
import { loadFanout } from '../evals/index.js';
import { syncKnowledge } from './eval-suites.js';
import { openProject } from './open-project.js';

/** What a local worker runs on: the coordinator's project directory and config file. */
export interface LocalWorkerOptions {
  root: string;
  configFile?: string;
}

/** Runs as a local worker until the parent says stop (then exits 0) or goes away (then exits at once). */
export async function runLocalWorker(o: LocalWorkerOptions): Promise<never> {
  // Ctrl-C reaches the whole process group: the coordinator decides what stops, and tells its workers.
  process.on('SIGINT', () => {});
  const { serveJobsOverIpc, tellCoordinator } = await loadFanout();
  let opened: Awaited<ReturnType<typeof openProject>>;
  try {
    opened = await openProject(o, { batchTraces: true });
  } catch (err) {
    tellCoordinator({ type: 'fatal', reason: `the project did not load: ${(err as Error).message}` });
    process.exit(1);
  }
  const { project, close } = opened;
  const how = await serveJobsOverIpc({
    project,
    prepareSuite: (suite) => syncKnowledge(project, suite).then(() => {}),
  });
  // Stopped: the traces of finished samples are written before it leaves; orphaned: nobody waits for them.
  if (how === 'stopped') await close();
  process.exit(0);
}
