import { describe, expect, it } from 'vitest';
import { declaredFieldProblems } from './declared-fields.js';

describe('front-matter fields tandem cannot use', () => {
  it('accepts what it knows: a status word, a scope as text or a list, a replacement named', () => {
    expect(
      declaredFieldProblems({
        status: 'Archived',
        applies_to: ['Leeds', 'Bristol'],
        superseded_by: 'travel-2026.md',
        title: 'Travel',
      }),
    ).toEqual([]);
    expect(declaredFieldProblems({ appliesTo: 'UK sites', superseded_by: true })).toEqual([]);
    expect(declaredFieldProblems({})).toEqual([]);
  });

  it('says which field is wrong and what to write instead', () => {
    expect(declaredFieldProblems({ status: 'obsolet' })).toEqual([
      'status: "obsolet" is not a status tandem knows; write current, draft or superseded (or active, archived, obsolete, retired, deprecated, withdrawn, replaced)',
    ]);
    expect(declaredFieldProblems({ status: 2023, applies_to: 42, superseded_by: { file: 'x' } })).toEqual([
      expect.stringMatching(/^status: 2023 is not a status/),
      'applies_to: 42 says no place; write where the document applies, as text or a list (applies_to: UK sites, or applies_to: [Leeds, Bristol])',
      'superseded_by: {"file":"x"} names no document; write the file or title that replaces this one',
    ]);
    expect(declaredFieldProblems({ applies_to: [] })).toEqual([
      expect.stringMatching(/^applies_to: \[\] says no place/),
    ]);
    expect(declaredFieldProblems({ applies_to: ['Leeds', 3] })).toHaveLength(1);
  });
});
