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
import { type EvalCase, type LoadedSuite, loadSuite } from '../load-suite.js';
import type { CaseSummary } from '../summarize.js';
import { appFor, runSuite, type SuiteRun, variantsOf } from './run-suite.js';

export interface WatchIteration {
  run: SuiteRun;
  /** Files that changed (relative to the project). */
  changed: string[];
  /** Samples run this time (the rest were carried over). */
  rerun: number;
  newlyPassing: CaseSummary[];
  newlyFailing: CaseSummary[];
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
  let suite = await loadSuite(project.root, o.suiteFile);
  let last = await runSuite({ project, suite, concurrency: o.concurrency, signal: o.signal });
  o.onIteration({ run: last, changed: [], rerun: last.results.length, newlyPassing: [], newlyFailing: [] });
  let prints = await fingerprints(project, suite);

  const { watch } = await import('chokidar');
  const roots = await watchRoots(project, suite);
  const watcher = watch(roots, {
    ignoreInitial: true,
    ignored: (p) => p.includes('/.tandem/') || p.includes('/node_modules/'),
  });
  await new Promise<void>((r) => watcher.once('ready', () => r()));
  o.onReady?.();

  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let busy = Promise.resolve();
  const iterate = async () => {
    const changed = [...pending].map((p) => p.replace(`${project.root}/`, ''));
    pending.clear();
    const next = await loadSuite(project.root, o.suiteFile);
    const affected = new Set<string>();
    const variants = variantsOf(next).map((v) => v.name);
    const mark = (variant: string, caseId: string) => affected.add(`${variant}\u0000${caseId}`);

    const before = new Map(suite.cases.map((c) => [c.id, caseHash(c)]));
    for (const c of next.cases) if (before.get(c.id) !== caseHash(c)) for (const v of variants) mark(v, c.id);

    project.prompts.clearCache(); // partials may have changed
    const now = await fingerprints(project, next);
    for (const v of variants) if (now.get(v) !== prints.get(v)) for (const c of next.cases) mark(v, c.id);

    if (changed.some((f) => isKnowledgeFile(project, f))) {
      for (const name of project.knowledge.names()) await (await project.knowledge.get(name)).ingest();
      for (const v of variantsOf(next)) {
        const app = await appOf(project, next, v.name);
        for (const c of next.cases) {
          if (affected.has(`${v.name}\u0000${c.id}`)) continue;
          const previous =
            last.results.find((r) => r.variant === v.name && r.caseId === c.id)?.retrieved ?? [];
          const ids = await app.retrieve({ vars: c.vars });
          if (ids.join('\n') !== previous.join('\n')) mark(v.name, c.id);
        }
      }
    }

    const carryOver = last.results.filter((r) => !affected.has(`${r.variant}\u0000${r.caseId}`));
    const run = await runSuite({
      project,
      suite: next,
      carryOver,
      concurrency: o.concurrency,
      signal: o.signal,
    });
    const was = new Map(last.summary.cases.map((c) => [`${c.variant}\u0000${c.caseId}`, c.status]));
    const newlyPassing = run.summary.cases.filter(
      (c) => c.status === 'pass' && was.get(`${c.variant}\u0000${c.caseId}`) !== 'pass',
    );
    const newlyFailing = run.summary.cases.filter(
      (c) => c.status !== 'pass' && was.get(`${c.variant}\u0000${c.caseId}`) === 'pass',
    );
    o.onIteration({ run, changed, rerun: run.results.length - carryOver.length, newlyPassing, newlyFailing });
    suite = next;
    last = run;
    prints = now;
  };

  await new Promise<void>((done) => {
    watcher.on('all', (_event, path) => {
      pending.add(path);
      clearTimeout(timer);
      // Editors save in several steps; act once they settle.
      timer = setTimeout(() => {
        busy = busy.then(iterate).catch(o.onError);
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
