/**
 * @module What every eval entry point does before running: find the suites, load them, bring the knowledge
 * they read up to date, and find the run to resume.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TandemError } from '../core/index.js';
import { findSuiteFiles, type LoadedSuite, loadSuite } from '../evals/index.js';
import type { Project } from '../pipeline/index.js';
import type { EvalRunRecord } from '../store/index.js';

/** What a knowledge sync changed in one base (counts of documents). */
export interface KnowledgeSync {
  base: string;
  added: number;
  updated: number;
  removed: number;
  /** Sources that could not be read (`tandem ingest <base>` shows why). */
  failed: number;
}

/** The suites named (relative to the project), or every tests/**\/*.yaml when none is, loaded and checked. */
export async function loadSuites(project: Project, given: readonly string[] = []): Promise<LoadedSuite[]> {
  const files = await suiteFiles(project.root, given);
  return Promise.all(files.map((f) => loadSuite(project.root, f)));
}

async function suiteFiles(root: string, given: readonly string[]): Promise<string[]> {
  if (given.length) {
    for (const f of given)
      if (!existsSync(resolve(root, f)))
        throw new TandemError('SUITE_INVALID', `no suite file ${f}`, {
          hint: 'Suites are YAML files, usually in tests/.',
        });
    return [...given];
  }
  const found = await findSuiteFiles(root);
  if (!found.length) {
    throw new TandemError('SUITE_INVALID', `no suites in ${join(root, 'tests')}`, {
      hint: 'Write tests/<name>.yaml:\n  app: assistant\n  cases:\n    - vars: { question: … }\n      assert: [{ type: icontains, value: … }]',
    });
  }
  return found;
}

/**
 * Cases must see the documents as they are now: brings every knowledge base the suite's app uses up to date
 * (incremental: only changed files are read) and returns what each sync did.
 */
export async function syncKnowledge(project: Project, suite: LoadedSuite): Promise<KnowledgeSync[]> {
  const base = suiteKnowledgeBase(project, suite);
  if (!base) return [];
  const r = await (await project.knowledge.get(base)).ingest();
  return [
    {
      base,
      added: r.added.length,
      updated: r.updated.length,
      removed: r.removed.length,
      failed: r.failed.length,
    },
  ];
}

/** The knowledge base the suite's app retrieves from, if it has one (variants change only k and mode). */
export function suiteKnowledgeBase(project: Project, suite: LoadedSuite): string | undefined {
  const app = suite.spec.app ? project.loaded.config.apps[suite.spec.app] : undefined;
  return typeof app?.knowledge === 'string' ? app.knowledge : app?.knowledge?.base;
}

/** The run `--resume` continues: the one named, or the suite's last unfinished run (none when it finished). */
export async function findResumable(
  project: Project,
  suite: LoadedSuite,
  runId?: string,
): Promise<{ run: EvalRunRecord; suiteChanged: boolean } | undefined> {
  if (runId) {
    const run = await project.store.evals.getRun(runId);
    if (!run)
      throw new TandemError('NOT_FOUND', `no eval run ${runId}`, {
        hint: 'Run ids are printed at the top of each report.',
      });
    if (run.suite !== suite.file)
      throw new TandemError('USAGE', `run ${runId} is of ${run.suite}, not ${suite.file}`);
    return { run, suiteChanged: false };
  }
  const [last] = await project.store.evals.listRuns({ suite: suite.file, limit: 1 });
  if (!last || last.status === 'finished') return undefined;
  return { run: last, suiteChanged: last.suiteHash !== suite.hash };
}
