/**
 * @module How any worker of a fanned-out run (on Redis or a local child process) runs a job: it loads the
 * suite named in the job from its own copy of the project, once, and refuses a job whose suite differs from
 * the coordinator's (another version of the definition would grade other cases). Each sample goes through
 * the same `runSample` a local run uses.
 */
import type { App, Project } from '../../pipeline/index.js';
import { type LoadedSuite, loadSuite } from '../load-suite.js';
import { appFor, judgeFor, runSample, type SampleContext, tracesStored } from '../runner/run-sample.js';
import { variantsOf } from '../runner/run-suite.js';
import type { SampleJob } from './types.js';

/** A job this worker can never run (its copy of the project differs): retrying it elsewhere is no use. */
export class JobRefused extends Error {}

/** What a job runner needs. */
export interface JobRunnerOptions {
  project: Project;
  /** Called once per suite before its first sample (the API syncs its knowledge bases). */
  prepareSuite?: (suite: LoadedSuite) => Promise<void>;
}

/** What a worker keeps per suite: the loaded suite, its apps per variant, its judge. */
interface SuiteHandle {
  suite: LoadedSuite;
  apps: Map<string, Promise<App>>;
  ctx: (noCache: boolean) => SampleContext;
}

/** Returns a function running one job; its trace is in the worker's store before the result is returned. */
export function jobRunner(o: JobRunnerOptions) {
  const suites = suiteCache(o);
  return async (job: SampleJob) => {
    const h = await suites.get(job);
    const spec = variantsOf(h.suite).find((v) => v.name === job.variant);
    const c = h.suite.cases.find((x) => x.id === job.caseId);
    if (!spec || !c)
      throw new JobRefused(
        `${job.suite} has no ${spec ? `case "${job.caseId}"` : `variant "${job.variant}"`} in this worker's copy`,
      );
    let app = h.apps.get(spec.name);
    if (!app) {
      app = appFor(o.project, h.suite, spec);
      h.apps.set(spec.name, app);
    }
    const result = await runSample(await app, c, job.sample, job.runId, job.variant, h.ctx(job.noCache));
    if (!result) throw new Error('the sample was stopped before it finished');
    await tracesStored(o.project);
    return result;
  };
}

function suiteCache(o: JobRunnerOptions) {
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
        throw new JobRefused(
          `this worker's ${job.suite} is not the coordinator's (content hash ${h.suite.hash.slice(0, 12)}, expected ${job.suiteHash.slice(0, 12)})`,
        );
      return h;
    },
  };
}
