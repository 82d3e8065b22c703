/**
 * @module `runRedteam`: what `tandem redteam` decides, for every interface: the app loaded as `tandem run`
 * loads it (knowledge indexed on first use), attacks generated offline from its own words, run through
 * `app.run()`, scored (by the judge route too, when given), the result kept as the app's latest for the
 * playbook (with the app version it ran on), then the report files written, and the gate: it passes only
 * when nothing broke.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { TandemError } from '../core/index.js';
import {
  ATTACK_LANGUAGES,
  type AttackLanguage,
  type AttackOutcome,
  countOutcomes,
  createRedteamJudge,
  DEFAULT_SEED,
  describeAppDomain,
  generateAttacks,
  type RedteamJudge,
  type RedteamReport,
  redteamCaveat,
  redteamHtml,
  runAttacks,
  saveRedteamReport,
} from '../evals/index.js';
import type { Project } from '../pipeline/index.js';
import { appVersion, reviewedApp } from '../playbook/index.js';
import { ensureKnowledge, type KnowledgeFirstUse } from './ensure-knowledge.js';
import { openProject, type ProjectSource } from './open-project.js';
import { checkRedteamFiles } from './redteam-files.js';

/** What `runRedteam` attacks, and how. */
export type RunRedteamOptions = ProjectSource & {
  /** The app (under `apps:` in tandem.yaml). */
  app: string;
  /** How many attacks (default 60), spread over the categories. */
  attacks?: number;
  /** Languages to write attacks in (default all: en fr de es it pt nl zh). */
  languages?: readonly string[];
  /** Same seed, same attacks (default a fixed one). */
  seed?: number;
  /** A route or provider that judges answers the offline checks find nothing in. */
  judge?: string;
  /** Attacks run at once (default 4). */
  concurrency?: number;
  noCache?: boolean;
  /** Report files to write: .html or .json. */
  outputs?: readonly string[];
  /** Where relative `outputs` resolve; default the process's working directory. */
  cwd?: string;
  /** Stops starting attacks; what ran is reported (and not saved as the app's latest). */
  signal?: AbortSignal;
  onEvent?: (event: RedteamEvent) => void;
};

/** Progress of a `runRedteam`, in the order it happens. */
export type RedteamEvent =
  | KnowledgeFirstUse
  | { type: 'started'; total: number }
  | { type: 'progress'; done: number; total: number; last: AttackOutcome }
  | { type: 'report-written'; file: string }
  | { type: 'saved'; file: string };

/** What a `runRedteam` did. */
export interface RedteamRunResult {
  report: RedteamReport;
  /** True when no attack broke (inconclusive ones do not fail it, but say so). */
  passed: boolean;
  /** Absolute paths of the report files written. */
  reports: string[];
  /** Where the result was kept for the playbook (absent when the run was interrupted). */
  saved?: string;
  interrupted: boolean;
}

export type { AttackOutcome, RedteamReport } from '../evals/index.js';
export { checkRedteamFiles } from './redteam-files.js';

/** The default number of attacks. */
export const DEFAULT_ATTACKS = 60;

/**
 * Attacks an app with generated adversarial inputs and reports what held.
 * @example
 * const { passed, report } = await runRedteam({ root: '.', app: 'support', attacks: 30, outputs: ['redteam.html'] });
 * if (!passed) console.error(`${report.totals.broken} attacks broke support`);
 */
export async function runRedteam(o: RunRedteamOptions): Promise<RedteamRunResult> {
  const languages = checkLanguages(o.languages);
  const outputs = o.outputs ?? [];
  const cwd = o.cwd ?? process.cwd();
  checkRedteamFiles(outputs, cwd);
  const emit = o.onEvent ?? (() => {});
  const { project, close } = await openProject(o, { batchTraces: true });
  try {
    const app = await project.app(o.app);
    const judge = o.judge ? await judgeFor(project, o.judge) : undefined;
    const first = await ensureKnowledge(project, app);
    if (first) emit(first);
    const { domain, words, queryVar } = await describeAppDomain(project, app);
    if (!queryVar)
      throw new TandemError('USAGE', `app "${o.app}" has no input to put an attack in`, {
        hint: 'Declare an input in its prompt (e.g. question: string).',
      });
    const seed = o.seed ?? DEFAULT_SEED;
    const requested = o.attacks ?? DEFAULT_ATTACKS;
    const attacks = generateAttacks(domain, { attacks: requested, languages, seed });
    emit({ type: 'started', total: attacks.length });
    const outcomes = await runAttacks({
      app,
      attacks,
      queryVar,
      words,
      judge,
      concurrency: o.concurrency,
      noCache: o.noCache,
      signal: o.signal,
      onProgress: (done, total, last) => emit({ type: 'progress', done, total, last }),
    });
    const reviewed = await reviewedApp(project, app.name, app.prompt);
    const report: RedteamReport = {
      app: app.name,
      at: new Date().toISOString(),
      appVersion: appVersion(reviewed),
      providerTypes: reviewed.models.providers.map((p) => p.type),
      seed,
      languages: [...languages],
      requested,
      generated: attacks.length,
      ...(o.judge ? { judge: o.judge } : {}),
      ...countOutcomes(outcomes),
      outcomes,
    };
    const caveat = redteamCaveat(report);
    if (caveat) report.caveat = caveat;
    const interrupted = Boolean(o.signal?.aborted);
    // Kept before the report files are written, so a file that cannot be written loses nothing.
    // A half-run is not the app's result: the playbook keeps showing the last complete one.
    const saved = interrupted ? undefined : await saveRedteamReport(project.root, report);
    if (saved) emit({ type: 'saved', file: saved });
    const reports = await writeReports(report, outputs, cwd, saved, emit);
    return { report, passed: report.totals.broken === 0, reports, ...(saved ? { saved } : {}), interrupted };
  } finally {
    await close();
  }
}

function checkLanguages(given: readonly string[] | undefined): AttackLanguage[] {
  if (!given?.length) return [...ATTACK_LANGUAGES];
  const unknown = given.filter((l) => !(ATTACK_LANGUAGES as readonly string[]).includes(l));
  if (unknown.length)
    throw new TandemError('USAGE', `unknown language ${unknown.map((l) => `"${l}"`).join(', ')}`, {
      hint: `Languages: ${ATTACK_LANGUAGES.join(', ')} (e.g. --languages en,fr).`,
    });
  return [...new Set(given)] as AttackLanguage[];
}

async function judgeFor(project: Project, route: string): Promise<RedteamJudge> {
  if (!project.providers.has(route)) {
    const { providers, routes } = project.providers.names();
    throw new TandemError('USAGE', `--judge names "${route}", which is neither a route nor a provider`, {
      hint: `Routes and providers: ${[...routes, ...providers].join(', ') || 'none (declare one in tandem.yaml)'}.`,
    });
  }
  return createRedteamJudge(await project.providers.get(route));
}

async function writeReports(
  report: RedteamReport,
  outputs: readonly string[],
  cwd: string,
  saved: string | undefined,
  emit: (e: RedteamEvent) => void,
): Promise<string[]> {
  const written: string[] = [];
  for (const out of outputs) {
    const file = resolve(cwd, out);
    const text =
      extname(file).toLowerCase() === '.html' ? redteamHtml(report) : `${JSON.stringify(report, null, 2)}\n`;
    try {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
    } catch (err) {
      throw new TandemError(
        'USAGE',
        `cannot write the red-team report to ${file}: ${(err as Error).message}`,
        {
          hint: saved
            ? `The result was kept in ${saved}; pick a writable file for -o and run tandem redteam again.`
            : 'The run was interrupted, so its result was not kept; pick a writable file for -o and run again.',
          cause: err,
        },
      );
    }
    written.push(file);
    emit({ type: 'report-written', file });
  }
  return written;
}
