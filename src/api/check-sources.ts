/**
 * @module A `sources:` entry that names no document fails every `cites` and retrieval check of its case,
 * and reads as a bad answer. At load, each entry is looked up among the documents of the app's knowledge
 * base (indexed, and the files its `sources` patterns match now); an entry that matches none is reported
 * once, with the nearest document ids.
 */
import { basename } from 'node:path';
import { levenshtein, TandemError } from '../core/index.js';
import type { LoadedSuite } from '../evals/index.js';
import type { Project } from '../pipeline/index.js';
import { findSourceFiles } from '../rag/index.js';
import { suiteKnowledgeBase } from './eval-suites.js';

/** One expected source that names no document. */
export interface UnmatchedSource {
  suite: string;
  /** The entry as written. */
  source: string;
  /** Where it is first written, e.g. `tests/support.yaml:19`. */
  where: string;
  base: string;
  /** The nearest document ids (at most 3), best first; empty when none is near. */
  didYouMean: string[];
}

// Checks whose `value:` is a list of expected sources, like a case's `sources:`.
const SOURCE_CHECKS = new Set(['cites', 'hit-at-k', 'recall-at-k', 'ndcg-at-k', 'mrr']);

/** The expected sources of `suites` that match no document of their app's knowledge base. */
export async function unmatchedSources(
  project: Project,
  suites: readonly LoadedSuite[],
): Promise<UnmatchedSource[]> {
  const found: UnmatchedSource[] = [];
  const knownOf = new Map<string, Promise<string[]>>();
  for (const suite of suites) {
    const base = suiteKnowledgeBase(project, suite);
    if (!base) continue;
    if (!knownOf.has(base)) knownOf.set(base, documentIds(project, base));
    const known = await knownOf.get(base)!;
    const ids = new Set(known);
    for (const [source, where] of expectedSources(suite)) {
      if (ids.has(source.split('#')[0]!)) continue; // a chunk id (doc#n) names its document
      found.push({ suite: suite.file, source, where, base, didYouMean: nearestIds(source, known) });
    }
  }
  return found;
}

/** The one line a person reads about an unmatched entry. */
export function describeUnmatchedSource(u: UnmatchedSource): string {
  const hint = u.didYouMean.length ? `; did you mean ${u.didYouMean.join(', ')}?` : '';
  return `${u.where}: sources entry "${u.source}" matches no document of knowledge base "${u.base}"${hint}`;
}

/** The error `--ci` stops on: every unmatched entry, before anything runs. */
export function unmatchedSourcesError(all: readonly UnmatchedSource[]): TandemError {
  return new TandemError(
    'SUITE_INVALID',
    `${all.length} sources ${all.length === 1 ? 'entry matches' : 'entries match'} no document:\n  ${all.map(describeUnmatchedSource).join('\n  ')}`,
    {
      hint: 'Expected sources are document ids: the path relative to the project (e.g. knowledge/billing/refunds.md). Without --ci this is a warning.',
    },
  );
}

// Documents are named by id and by source path; the index has what was ingested, the patterns what will be.
async function documentIds(project: Project, base: string): Promise<string[]> {
  const kb = await project.knowledge.get(base);
  const indexed = await kb.index.documents();
  const files = await findSourceFiles({
    root: project.root,
    name: base,
    config: kb.config,
    indexedFiles: new Set(indexed.map((d) => d.source)).size,
    allowEmpty: true,
  });
  return [...new Set([...indexed.flatMap((d) => [d.id, d.source]), ...files])].sort();
}

// Each distinct entry of the cases' sources and of their retrieval checks' values, with where it first is.
function expectedSources(suite: LoadedSuite): Map<string, string> {
  const first = new Map<string, string>();
  for (const c of suite.cases) {
    const listed = [
      ...(c.sources ?? []),
      ...c.assert.flatMap((a) => (SOURCE_CHECKS.has(a.type) ? asList((a as { value?: unknown }).value) : [])),
    ];
    for (const s of listed) if (!first.has(s)) first.set(s, c.origin);
  }
  return first;
}

function asList(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
}

/**
 * Up to 3 ids nearest to `entry`: those ending in it (a bare file name or a partial path) first, then by
 * edit distance on the whole id or on the file name, when close enough to be a likely slip.
 */
export function nearestIds(entry: string, ids: readonly string[]): string[] {
  const name = basename(entry).toLowerCase();
  // A CSV's rows are documents of their own ("fees.csv#1"): the file is what to suggest, once.
  const files = [...new Set(ids.map((id) => id.replace(/#\d+$/, '')))];
  const scored = files.map((id) => {
    const lower = id.toLowerCase();
    if (lower.endsWith(`/${entry.toLowerCase()}`)) return { id, d: 0 };
    const d = Math.min(levenshtein(entry.toLowerCase(), lower), levenshtein(name, basename(lower)) + 1);
    return { id, d };
  });
  const limit = Math.max(2, Math.floor(name.length / 3));
  return scored
    .filter((s) => s.d <= limit)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((s) => s.id);
}

/** Looks up the suites' expected sources: an error when `strict` (under `--ci`), else each told to `warn`. */
export async function checkSources(
  project: Project,
  suites: readonly LoadedSuite[],
  o: { strict?: boolean; warn: (u: UnmatchedSource) => void },
): Promise<void> {
  const unmatched = await unmatchedSources(project, suites);
  if (o.strict && unmatched.length) throw unmatchedSourcesError(unmatched);
  for (const u of unmatched) o.warn(u);
}
