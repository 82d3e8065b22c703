import { describe, expect, it } from 'vitest';
import type { LoadedDocument } from './document.js';
import { documentScope, withScope } from './scope.js';

const doc = (text: string, metadata: Record<string, unknown> = {}): LoadedDocument => ({
  id: 'kb/policy.md',
  source: 'kb/policy.md',
  blocks: text.split('\n\n').map((t) => ({ text: t })) as LoadedDocument['blocks'],
  metadata,
});

describe('where a document says it applies', () => {
  it('reads a front-matter applies_to, as a string or a list', () => {
    expect(documentScope(doc('Sick pay.', { applies_to: 'UK sites' }))).toBe('UK sites');
    expect(documentScope(doc('Sick pay.', { applies_to: ['Leeds', 'Bristol'] }))).toBe('Leeds, Bristol');
  });

  it('reads the statement of scope in the opening, to the end of its clause', () => {
    expect(documentScope(doc('Page owner: HR · Applies to UK sites · Last reviewed 2026\n\nLeave.'))).toBe(
      'Applies to UK sites',
    );
    expect(
      documentScope(
        doc('Travel policy\n\nIt applies to all employees of the Leeds, Bristol and Lyon offices.'),
      ),
    ).toBe('applies to all employees of the Leeds, Bristol and Lyon offices');
    expect(documentScope(doc('This page covers colleagues at our UK hotels and head office.'))).toBe(
      'covers colleagues at our UK hotels and head office',
    );
    // What the statement adds after its scope is no part of it.
    expect(
      documentScope(doc('These limits apply to everyone travelling, including drivers on trips to Spain.')),
    ).toBe('apply to everyone travelling');
  });

  it('finds none in a step further on, or where the text makes no statement', () => {
    const late = `${'Keep your licence valid. '.repeat(80)}\n\nApply to the DVLA for a replacement within 7 days.`;
    expect(documentScope(doc(late))).toBeUndefined();
    expect(documentScope(doc('Breaks are unpaid.'))).toBeUndefined();
    expect(withScope(doc('Breaks are unpaid.')).metadata).toEqual({});
    expect(withScope(doc('Applies to UK sites.')).metadata).toEqual({ applies_to: 'Applies to UK sites' });
  });
});
