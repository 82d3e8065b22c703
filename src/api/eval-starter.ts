/**
 * @module Eval runs started from the studio (POST /api/runs): `runEval` on the served project, in the
 * background, answering as soon as the run exists. Its progress is kept in memory for the run page; when
 * it ends, the run's record says how.
 */
import type { Project } from '../pipeline/index.js';
import type { StartEval } from '../server/index.js';
import { runEval } from './run-eval.js';

/** A `StartEval` on `project`. */
export function evalStarter(project: Project): StartEval {
  return (req) =>
    new Promise((resolve, reject) => {
      let progress: { done: number; total: number } | undefined;
      let runId: string | undefined;
      runEval({
        project,
        suites: [req.suite],
        ...(req.variants?.length ? { variants: req.variants } : {}),
        startedBy: req.startedBy,
        onEvent: (e) => {
          if (e.type === 'run-started') {
            runId = e.runId;
            resolve({ runId, progress: () => progress });
          } else if (e.type === 'progress') progress = { done: e.done, total: e.total };
        },
      }).then(
        // A suite whose cases a filter skipped never starts a run: say so rather than wait.
        () => runId ?? reject(new Error(`${req.suite} started no run`)),
        (err: unknown) => (runId ? undefined : reject(err)),
      );
    });
}
