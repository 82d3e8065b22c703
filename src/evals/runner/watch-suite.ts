/**
 * @module `tandem eval --watch`: after a first run, every save re-runs only the cases it can affect: cases
 * whose definition changed in the suite, every case of a variant whose prompt (or partials, or tools)
 * changed, and cases whose retrieved chunks changed after a knowledge edit. Everything else is carried over
 * from the previous run, so each iteration is a complete run that can be compared and reported.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { sha256, stableStringify, staticPrefix } from '../../core/index.js';
import type { App, Project } from '../../pipeline/index.js';
import type { EvalResultRecord } from '../../store/index.js';
import { type EvalCase, type LoadedSuite, loadSuite } from '../load-suite.js';
import { readCaseDetails, readResults } from '../read-results.js';
import type { CaseSummary, DetailedCase } from '../summarize.js';
import { appFor, runSuite, type SuiteRun, variantsOf } from './run-suite.js';

export interface WatchIteration {
  run: SuiteRun;
  /** Files that changed (relative to the project). */
  changed: string[];
  /** Samples run this time (the rest were carried over). */
  rerun: number;
  newlyPassing: CaseSummary[];
  /** With the answer and checks of the sample that failed. */
  newlyFailing: DetailedCase[];
}

export interface WatchOptions {
  project: Project;
  suiteFile: string;
  concurrency?: number;
  signal: AbortSignal;
  onIteration(it: WatchIteration): void;
  onError(err: unknown): void;
  /** Called once the watcher is listening (tests wait for it). */
  onReady?(): void;
}

/** Runs the suite, then re-runs what each change affects until the signal aborts. */
export async function watchSuite(o: WatchOptions): Promise<void> {
  const { project } = o;
  const suite = await loadSuite(project.root, o.suiteFile);
  const last = await runSuite({ project, suite, concurrency: o.concurrency, signal: o.signal });
  o.onIteration({ run: last, changed: [], rerun: last.ran, newlyPassing: [], newlyFailing: [] });
  let state: WatchState = { suite, last, prints: await fingerprints(project, suite) };

  const { watch } = await import('chokidar');
  const watcher = watch(await watchRoots(project, suite), {
    ignoreInitial: true,
    ignored: (p) => p.includes('/.tandem/') || p.includes('/node_modules/'),
  });
  await new Promise<void>((r) => watcher.once('ready', () => r()));
  o.onReady?.();
  await onSettledChanges(watcher, o, async (paths) => {
    const changed = paths.map((p) => p.replace(`${project.root}/`, ''));
    state = await iterate(o, state, changed);
  });
}

/** What the previous iteration left: the suite as it was, its run, and its variants' fingerprints. */
interface WatchState {
  suite: LoadedSuite;
  last: SuiteRun;
  prints: Map<string, string>;
}

interface Watcher {
  on(event: 'all', listener: (event: string, path: string) => void): unknown;
  close(): Promise<void>;
}

// Calls `act` with the paths changed once saves settle, one call at a time, until the signal aborts.
function onSettledChanges(watcher: Watcher, o: WatchOptions, act: (paths: string[]) => Promise<void>) {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let busy = Promise.resolve();
  const flush = async () => {
    const paths = [...pending];
    pending.clear();
    await act(paths);
  };
  return new Promise<void>((done) => {
    watcher.on('all', (_event, path) => {
      pending.add(path);
      clearTimeout(timer);
      // Editors save in several steps; act once they settle.
      timer = setTimeout(() => {
        busy = busy.then(flush).catch(o.onError);
      }, 200);
    });
    o.signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        void watcher
          .close()
          .then(() => busy)
          .then(done);
      },
      { once: true },
    );
  });
}

// One iteration: re-run what the changes affect, carry the rest over, report what changed status.
async function iterate(o: WatchOptions, state: WatchState, changed: string[]): Promise<WatchState> {
  const { project } = o;
  const next = await loadSuite(project.root, o.suiteFile);
  project.prompts.clearCache(); // partials may have changed
  const prints = await fingerprints(project, next);
  const affected = new Set([
    ...editedCases(state.suite, next),
    ...variantsChanged(next, state.prints, prints),
  ]);
  if (changed.some((f) => isKnowledgeFile(project, f)))
    for (const k of await retrievalChanged(project, next, state.last, affected)) affected.add(k);
  const carryOver = unaffected(readResults(project.store.evals, state.last.run.id), affected);
  const run = await runSuite({
    project,
    suite: next,
    carryOver,
    concurrency: o.concurrency,
    signal: o.signal,
  });
  o.onIteration({ run, changed, rerun: run.ran, ...(await statusChanges(project, state.last, run)) });
  return { suite: next, last: run, prints };
}

const pairKey = (variant: string, caseId: string) => `${variant}\u0000${caseId}`;

// The previous run's results of the cases no change affects, read from the store as the new run copies them.
async function* unaffected(
  results: AsyncIterable<EvalResultRecord>,
  affected: Set<string>,
): AsyncGenerator<EvalResultRecord> {
  for await (const r of results) if (!affected.has(pairKey(r.variant, r.caseId))) yield r;
}

// Cases whose definition changed, under every variant.
function editedCases(before: LoadedSuite, next: LoadedSuite): string[] {
  const hashes = new Map(before.cases.map((c) => [c.id, caseHash(c)]));
  const edited = next.cases.filter((c) => hashes.get(c.id) !== caseHash(c));
  return variantsOf(next).flatMap((v) => edited.map((c) => pairKey(v.name, c.id)));
}

// Every case of a variant whose prompt, partials or tools changed.
function variantsChanged(next: LoadedSuite, before: Map<string, string>, now: Map<string, string>): string[] {
  const changed = variantsOf(next).filter((v) => now.get(v.name) !== before.get(v.name));
  return changed.flatMap((v) => next.cases.map((c) => pairKey(v.name, c.id)));
}

// After a knowledge edit: the knowledge is re-indexed, and cases whose retrieved chunks differ are affected.
async function retrievalChanged(
  project: Project,
  next: LoadedSuite,
  last: SuiteRun,
  affected: Set<string>,
): Promise<string[]> {
  for (const name of project.knowledge.names()) await (await project.knowledge.get(name)).ingest();
  const before = await retrievedBefore(project, last);
  const out: string[] = [];
  for (const v of variantsOf(next)) {
    const app = await appOf(project, next, v.name);
    for (const c of next.cases.filter((c) => !affected.has(pairKey(v.name, c.id)))) {
      const previous = before.get(pairKey(v.name, c.id)) ?? [];
      const ids = await app.retrieve({ vars: c.vars });
      if (ids.join('\n') !== previous.join('\n')) out.push(pairKey(v.name, c.id));
    }
  }
  return out;
}

// What each case retrieved in the last run (its first sample's chunks).
async function retrievedBefore(project: Project, last: SuiteRun): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for await (const r of readResults(project.store.evals, last.run.id)) {
    const k = pairKey(r.variant, r.caseId);
    if (!out.has(k)) out.set(k, r.retrieved ?? []);
  }
  return out;
}

async function statusChanges(
  project: Project,
  last: SuiteRun,
  run: SuiteRun,
): Promise<Pick<WatchIteration, 'newlyPassing' | 'newlyFailing'>> {
  const was = new Map(last.summary.cases.map((c) => [pairKey(c.variant, c.caseId), c.status]));
  const passedBefore = (c: CaseSummary) => was.get(pairKey(c.variant, c.caseId)) === 'pass';
  const failing = run.summary.cases.filter((c) => c.status !== 'pass' && passedBefore(c));
  return {
    newlyPassing: run.summary.cases.filter((c) => c.status === 'pass' && !passedBefore(c)),
    newlyFailing: await readCaseDetails(project.store.evals, run.run.id, failing),
  };
}

function caseHash(c: EvalCase): string {
  return sha256(stableStringify({ ...c, origin: undefined }));
}

async function appOf(project: Project, suite: LoadedSuite, variant: string): Promise<App> {
  return appFor(project, suite, variantsOf(suite).find((x) => x.name === variant)!);
}

// What a variant's answers depend on besides the case: its prompt, the partials and the tools.
async function fingerprints(project: Project, suite: LoadedSuite): Promise<Map<string, string>> {
  const shared =
    (await filesText(project.prompts.dir, (f) => f.startsWith('_'))) +
    (await filesText(resolve(project.root, project.loaded.config.tools.dir), () => true));
  const out = new Map<string, string>();
  for (const v of variantsOf(suite)) {
    const app = await appOf(project, suite, v.name);
    out.set(v.name, sha256(app.prompt.source + shared));
  }
  return out;
}

async function filesText(dir: string, pick: (name: string) => boolean): Promise<string> {
  if (!existsSync(dir)) return '';
  const names = (await readdir(dir)).filter(pick).sort();
  return (await Promise.all(names.map((n) => readFile(join(dir, n), 'utf8').catch(() => '')))).join('\u0000');
}

async function watchRoots(project: Project, suite: LoadedSuite): Promise<string[]> {
  const roots = new Set([
    resolve(project.root, suite.file),
    project.prompts.dir,
    resolve(project.root, project.loaded.config.tools.dir),
  ]);
  if (suite.spec.dataset)
    roots.add(resolve(dirname(resolve(project.root, suite.file)), suite.spec.dataset.file));
  for (const kb of Object.values(project.loaded.config.knowledge)) {
    for (const glob of Array.isArray(kb.sources) ? kb.sources : [kb.sources])
      roots.add(resolve(project.root, staticPrefix(glob)));
  }
  return [...roots].filter((r) => existsSync(r));
}

function isKnowledgeFile(project: Project, file: string): boolean {
  return Object.values(project.loaded.config.knowledge).some((kb) =>
    (Array.isArray(kb.sources) ? kb.sources : [kb.sources]).some((g) =>
      file.startsWith(`${staticPrefix(g)}/`),
    ),
  );
}
