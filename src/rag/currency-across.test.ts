import { describe, expect, it } from 'vitest';
import { currencyAcross } from './currency-across.js';
import type { IndexedDocument } from './knowledge-index.js';

const doc = (source: string, metadata: Record<string, unknown> = {}, title?: string): IndexedDocument => ({
  id: source,
  source,
  hash: 'h',
  ...(title ? { title } : {}),
  metadata,
  chunks: 1,
  ingestedAt: 0,
});

const judged = (docs: IndexedDocument[]) =>
  Object.fromEntries(currencyAcross(docs).map((c) => [c.id, [c.metadata.status, c.metadata.statusFrom]]));

describe('what documents say of each other', () => {
  it('a current document that says it replaces "the 2023 version" makes that one superseded', () => {
    const docs = [
      doc(
        'docs/intranet-travel-and-per-diem.html',
        { replaces: ['the 2023 version'] },
        'Travel and per diem',
      ),
      doc('docs/travel-and-expense-policy-2023.md', {}, 'Travel and Expense Policy'),
      doc('docs/holiday-calendar-2023.csv', {}, 'Holiday calendar'),
    ];
    expect(judged(docs)).toEqual({
      'docs/travel-and-expense-policy-2023.md': ['superseded', 'docs/intranet-travel-and-per-diem.html'],
    });
  });

  it('supersedes: names a file or a title; a file with a year sits beside its newer copy', () => {
    const docs = [
      doc('docs/remote-work-policy.md', { supersedes: 'remote-work-guidelines.md' }),
      doc('docs/remote-work-guidelines.md'),
      doc('docs/bureau-montreal.txt'),
      doc('docs/bureau-montreal-2025.txt'),
      doc('docs/pay-bands-2026.csv'),
    ];
    expect(judged(docs)).toEqual({
      'docs/remote-work-guidelines.md': ['superseded', 'docs/remote-work-policy.md'],
      'docs/bureau-montreal-2025.txt': ['superseded', 'docs/bureau-montreal.txt'],
    });
  });

  it('judges nothing when the year names no one document, or dates an event', () => {
    const docs = [
      doc('docs/staff-stays.html', { replaces: ['the staff stays guide that was archived in January 2026'] }),
      doc('docs/pay-and-allowances-2026.html', {}, 'Pay and staff stays 2026'),
      doc('docs/travel.html', { replaces: ['the 2023 version'] }, 'Travel'),
      doc('docs/fees-2023.md', {}, 'Fees'),
      doc('docs/grants-2023.md', {}, 'Grants'),
    ];
    expect(judged(docs)).toEqual({});
  });

  it("never overrules a document's own status, and takes back its judgement when the replacement goes", () => {
    const own = [doc('docs/new.md', { supersedes: 'old.md' }), doc('docs/old.md', { status: 'current' })];
    expect(judged(own)).toEqual({});
    const left = [doc('docs/old.md', { status: 'superseded', statusFrom: 'docs/new.md', owner: 'HR' })];
    expect(currencyAcross(left)).toEqual([{ id: 'docs/old.md', metadata: { owner: 'HR' } }]);
    // Already judged, and still so: nothing to write.
    const same = [
      doc('docs/new.md', { supersedes: 'old.md' }),
      doc('docs/old.md', { status: 'superseded', statusFrom: 'docs/new.md' }),
    ];
    expect(currencyAcross(same)).toEqual([]);
  });
});
