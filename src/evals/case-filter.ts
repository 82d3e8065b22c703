/**
 * @module `--tag` / `--exclude-tag`: which cases of a suite run. A case runs when it has any of the tags
 * asked for (or none were asked for) and none of the excluded ones. A tag no case has is an error, since a
 * typo would otherwise run nothing, or everything, without a word.
 */
import { closest, TandemError } from '../core/index.js';
import type { EvalCase, LoadedSuite } from './load-suite.js';

/** The tags a run selects cases by. */
export interface TagFilter {
  /** Run only cases with any of these tags (all cases when empty). */
  tags?: readonly string[];
  /** Skip cases with any of these tags. */
  excludeTags?: readonly string[];
}

/** Tags given as repeated or comma-separated values (`--tag a,b --tag c`), trimmed, each once. */
export function parseTagList(values: readonly string[] | undefined): string[] {
  const tags = (values ?? []).flatMap((v) => v.split(',')).map((t) => t.trim());
  return [...new Set(tags.filter(Boolean))];
}

/** True when the filter selects anything less than every case. */
export function hasTagFilter(f: TagFilter | undefined): boolean {
  return Boolean(f?.tags?.length || f?.excludeTags?.length);
}

/** Whether `c` runs under `f`. */
export function caseSelected(c: Pick<EvalCase, 'tags'>, f: TagFilter): boolean {
  if (f.excludeTags?.some((t) => c.tags.includes(t))) return false;
  return !f.tags?.length || f.tags.some((t) => c.tags.includes(t));
}

/** The suite with only the cases `f` selects (the suite itself when there is no filter). */
export function selectCases(suite: LoadedSuite, f: TagFilter | undefined): LoadedSuite {
  if (!f || !hasTagFilter(f)) return suite;
  return { ...suite, cases: suite.cases.filter((c) => caseSelected(c, f)) };
}

/** Refuses a tag no case of `suites` has, naming the tags that exist; and a filter that selects nothing. */
export function checkTagFilter(suites: readonly LoadedSuite[], f: TagFilter): void {
  if (!hasTagFilter(f)) return;
  const known = [...new Set(suites.flatMap((s) => s.cases.flatMap((c) => c.tags)))].sort();
  for (const [flag, tags] of [
    ['--tag', f.tags ?? []],
    ['--exclude-tag', f.excludeTags ?? []],
  ] as const) {
    for (const tag of tags) if (!known.includes(tag)) throw unknownTag(flag, tag, known);
  }
  if (!suites.some((s) => s.cases.some((c) => caseSelected(c, f))))
    throw new TandemError('USAGE', `no case is selected by ${describeTagFilter(f)}`, {
      hint: `Tags in ${suites.length === 1 ? suites[0]!.file : 'these suites'}: ${known.join(', ')}`,
    });
}

function unknownTag(flag: string, tag: string, known: string[]): TandemError {
  const near = closest(tag, known);
  return new TandemError('USAGE', `${flag} ${tag}: no case has the tag "${tag}"`, {
    hint: known.length
      ? `${near ? `Did you mean ${near}? ` : ''}Tags the cases have: ${known.join(', ')}`
      : 'No case has any tag: add tags: [smoke] to a case (or a tags column to the dataset).',
  });
}

/** The filter as the flags that give it, e.g. `--tag smoke --exclude-tag slow`. */
export function describeTagFilter(f: TagFilter): string {
  return [
    ...(f.tags?.length ? [`--tag ${f.tags.join(',')}`] : []),
    ...(f.excludeTags?.length ? [`--exclude-tag ${f.excludeTags.join(',')}`] : []),
  ].join(' ');
}

/** True when both filters select the same cases of any suite (order and repeats do not matter). */
export function sameTagFilter(a: TagFilter | undefined, b: TagFilter | undefined): boolean {
  const set = (xs: readonly string[] | undefined) => [...new Set(xs ?? [])].sort().join('\u0000');
  return set(a?.tags) === set(b?.tags) && set(a?.excludeTags) === set(b?.excludeTags);
}

/** The filter a run was started with, as its record keeps it (none for a run of every case). */
export function storedTagFilter(config: Record<string, unknown>): TagFilter | undefined {
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  const f = { tags: list(config.tags), excludeTags: list(config.excludeTags) };
  return hasTagFilter(f) ? f : undefined;
}
