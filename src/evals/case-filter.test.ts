import { describe, expect, it } from 'vitest';
import {
  caseSelected,
  checkTagFilter,
  parseTagList,
  sameTagFilter,
  selectCases,
  storedTagFilter,
} from './case-filter.js';
import type { LoadedSuite } from './load-suite.js';

const suite = (file: string, tags: string[][]): LoadedSuite =>
  ({
    file,
    hash: 'h',
    spec: {},
    cases: tags.map((t, i) => ({ id: `c${i}`, name: `case ${i}`, tags: t })),
  }) as unknown as LoadedSuite;

describe('tag filters', () => {
  it('reads repeated and comma-separated values, trimmed, each once', () => {
    expect(parseTagList(['smoke, refunds', 'smoke', ' ,slow'])).toEqual(['smoke', 'refunds', 'slow']);
    expect(parseTagList(undefined)).toEqual([]);
  });

  it('runs a case with any --tag and none of --exclude-tag', () => {
    const f = { tags: ['smoke', 'refunds'], excludeTags: ['slow'] };
    expect(caseSelected({ tags: ['refunds'] }, f)).toBe(true);
    expect(caseSelected({ tags: ['refunds', 'slow'] }, f)).toBe(false);
    expect(caseSelected({ tags: ['billing'] }, f)).toBe(false);
    expect(caseSelected({ tags: [] }, { excludeTags: ['slow'] })).toBe(true);
    const s = suite('tests/a.yaml', [['smoke'], ['slow', 'smoke'], []]);
    expect(selectCases(s, f).cases.map((c) => c.id)).toEqual(['c0']);
    expect(selectCases(s, {})).toBe(s);
  });

  it('refuses a tag no case of any suite has, listing the tags that exist', () => {
    const suites = [suite('tests/a.yaml', [['smoke'], ['refunds']]), suite('tests/b.yaml', [['slow']])];
    expect(() => checkTagFilter(suites, { tags: ['slow'] })).not.toThrow(); // in another suite: fine
    expect(() => checkTagFilter(suites, { tags: ['smok'] })).toThrow(
      expect.objectContaining({
        code: 'USAGE',
        message: '--tag smok: no case has the tag "smok"',
        hint: 'Did you mean smoke? Tags the cases have: refunds, slow, smoke',
      }),
    );
    expect(() => checkTagFilter(suites, { excludeTags: ['billing'] })).toThrow(
      expect.objectContaining({ message: '--exclude-tag billing: no case has the tag "billing"' }),
    );
    expect(() => checkTagFilter(suites, { tags: ['slow'], excludeTags: ['slow'] })).toThrow(
      expect.objectContaining({ message: 'no case is selected by --tag slow --exclude-tag slow' }),
    );
  });

  it('compares filters as sets, and reads the one a run record keeps', () => {
    expect(sameTagFilter({ tags: ['a', 'b'] }, { tags: ['b', 'a'], excludeTags: [] })).toBe(true);
    expect(sameTagFilter({ tags: ['a'] }, undefined)).toBe(false);
    expect(storedTagFilter({ cases: 3, tags: ['a'] })).toEqual({ tags: ['a'], excludeTags: [] });
    expect(storedTagFilter({ cases: 3 })).toBeUndefined();
  });
});
