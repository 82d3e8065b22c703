import { describe, expect, it } from 'vitest';
import type { LoadedDocument } from './document.js';
import { documentScope, scopeOf, withScope } from './scope.js';

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
    ).toBe('It applies to all employees of the Leeds, Bristol and Lyon offices');
    expect(documentScope(doc('This page covers colleagues at our UK hotels and head office.'))).toBe(
      'This page covers colleagues at our UK hotels and head office',
    );
    expect(documentScope(doc('1.1 This procedure applies to every till in the UK hotels.'))).toBe(
      '1.1 This procedure applies to every till in the UK hotels',
    );
    // Wrapped over two lines, read as one (visitors are people, not travel); a list after it is no part of it.
    expect(
      documentScope(
        doc(
          'This policy applies to everyone above 2,000 m at the observatory: staff,\ncontractors and visitors.',
        ),
      ),
    ).toBe(
      'This policy applies to everyone above 2,000 m at the observatory: staff, contractors and visitors',
    );
    expect(documentScope(doc('This page covers all UK sites:\n- Leeds\n- Bristol'))).toBe(
      'This page covers all UK sites:',
    );
  });

  it('reads a labelled header line', () => {
    expect(documentScope(doc('Owner: HR\n- Applies to: all UK employees\n\nLeave.'))).toBe(
      'Applies to: all UK employees',
    );
  });

  it('finds none where a sentence only uses the words: a step, a question, a negation, travel', () => {
    for (const text of [
      'Employees must apply to HR in London for a parking permit.',
      'To apply to the Leeds graduate scheme, send your CV.',
      'These rules apply to trips to the US and Canada.',
      'This policy covers staff travelling to Paris or Berlin.',
      'Does the Leeds permit apply to the Bradford office? No, Bradford has its own.',
      'This does not apply to the Leeds office.',
      'The London weighting applies to colleagues at the London and Heathrow sites.',
    ])
      expect(documentScope(doc(text)), text).toBeUndefined();
  });

  it('keeps a declared list as written (for filters), and reads it as one scope', () => {
    const listed = doc('Sick pay.', { applies_to: ['Leeds', 'Bristol'] });
    expect(withScope(listed).metadata.applies_to).toEqual(['Leeds', 'Bristol']);
    expect(scopeOf(withScope(listed).metadata)).toBe('Leeds, Bristol');
    // An empty or odd value declares nothing: the opening's statement is read instead.
    expect(scopeOf(withScope(doc('Applies to UK sites.', { applies_to: '' })).metadata)).toBe(
      'Applies to UK sites',
    );
    expect(scopeOf({ applies_to: 42 })).toBeUndefined();
  });

  it('finds none in a step further on, or where the text makes no statement', () => {
    const late = `${'Keep your licence valid. '.repeat(80)}\n\nApply to the DVLA for a replacement within 7 days.`;
    expect(documentScope(doc(late))).toBeUndefined();
    expect(documentScope(doc('Breaks are unpaid.'))).toBeUndefined();
    expect(withScope(doc('Breaks are unpaid.')).metadata).toEqual({});
    expect(withScope(doc('Applies to UK sites.')).metadata).toEqual({ applies_to: 'Applies to UK sites' });
  });
});
