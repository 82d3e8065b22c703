import { describe, expect, it } from 'vitest';
import { documentStatus } from './currency.js';
import { declaredFieldProblems } from './declared-fields.js';

describe('front-matter fields tandem cannot use', () => {
  it('accepts what people and content systems write: status words, a scope as text or a list, replacements', () => {
    for (const status of ['Archived', 'Approved', 'Published', 'Final', 'In review', 'Superceded'])
      expect([status, declaredFieldProblems({ status })]).toEqual([status, []]);
    expect(
      declaredFieldProblems({
        applies_to: ['Leeds', 'Bristol'],
        superseded_by: ['travel-2026.md', 'expenses-2026.md'],
        title: 'Travel',
      }),
    ).toEqual([]);
    expect(declaredFieldProblems({ appliesTo: 'UK sites', superseded_by: true })).toEqual([]);
    expect(declaredFieldProblems({ superseded_by: false })).toEqual([]);
    expect(declaredFieldProblems({})).toEqual([]);
  });

  it('says which field is wrong, as written, what tandem does instead, and what to write', () => {
    expect(declaredFieldProblems({ status: 'obsolet' })).toEqual([
      'status: "obsolet" is not a status tandem knows, so it counts as none (the document is current unless another one says it replaces it); did you mean "obsolete"? write current, draft or superseded (archived, approved, in review and the like are read too)',
    ]);
    expect(declaredFieldProblems({ status: 2023, applies_to: 42, supersededBy: { file: 'x' } })).toEqual([
      expect.stringMatching(/^status: 2023 is not a status/),
      'applies_to: 42 says no place, so the document counts as applying everywhere; write where the document applies, as text or a list (applies_to: UK sites, or applies_to: [Leeds, Bristol])',
      'supersededBy: {"file":"x"} names no document, so this field does not mark the document superseded; write the file or title that replaces it',
    ]);
    expect(declaredFieldProblems({ applies_to: ['Leeds', 3] })).toEqual([
      expect.stringMatching(/^applies_to: \["Leeds",3\] holds items that are not places, left out; /),
    ]);
  });

  it('means what it says: a replacement that names no document does not mark the document superseded', () => {
    const doc = (metadata: Record<string, unknown>) => ({ id: 'a.md', source: 'a.md', blocks: [], metadata });
    expect(documentStatus(doc({ superseded_by: { file: 'x' } }))).toBeUndefined();
    expect(documentStatus(doc({ superseded_by: false }))).toBeUndefined();
    expect(documentStatus(doc({ superseded_by: ['b.md'] }))).toBe('superseded');
    expect(documentStatus(doc({ status: 'Published' }))).toBe('current');
    expect(documentStatus(doc({ status: 'Superceded' }))).toBe('superseded');
  });
});
