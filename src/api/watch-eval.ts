import { TandemError } from '../core/index.js';
import { loadWatcher, type WatchIteration } from '../evals/index.js';
import { type KnowledgeSync, loadSuites, syncKnowledge } from './eval-suites.js';
import { openProject, type ProjectSource } from './open-project.js';

/** What `watchEval` follows. */
export type WatchEvalOptions = ProjectSource & {
  /** The one suite to follow (relative to the project); default the only one in tests/. */
  suites?: readonly string[];
  concurrency?: number;
  /** Stops watching; `watchEval` resolves once it has. */
  signal: AbortSignal;
  onEvent?: (event: WatchEvalEvent) => void;
};

/** Progress of a `watchEval`: the first run, then one iteration per save. */
export type WatchEvalEvent =
  | ({ type: 'knowledge-synced'; suite: string } & KnowledgeSync)
  | { type: 'watching' }
  | { type: 'iteration'; iteration: WatchIteration }
  /** A save that could not be run (a suite with a syntax error): the watch goes on. */
  | { type: 'iteration-failed'; error: unknown };

/** Runs one suite, then re-runs the cases each save of its suite, prompts, tools or knowledge can affect. */
export async function watchEval(o: WatchEvalOptions): Promise<void> {
  const emit = o.onEvent ?? (() => {});
  const { project, close } = await openProject(o, { batchTraces: true });
  try {
    const suites = await loadSuites(project, o.suites);
    const suite = suites[0];
    if (suites.length !== 1 || !suite) {
      throw new TandemError('USAGE', `--watch follows one suite; ${suites.length} were found`, {
        hint: 'Name it: tandem eval tests/answer.yaml --watch',
      });
    }
    for (const sync of await syncKnowledge(project, suite))
      emit({ type: 'knowledge-synced', suite: suite.file, ...sync });
    const { watchSuite } = await loadWatcher();
    await watchSuite({
      project,
      suiteFile: suite.file,
      concurrency: o.concurrency,
      signal: o.signal,
      onReady: () => emit({ type: 'watching' }),
      onIteration: (iteration) => emit({ type: 'iteration', iteration }),
      onError: (error) => emit({ type: 'iteration-failed', error }),
    });
  } finally {
    await close();
  }
}
