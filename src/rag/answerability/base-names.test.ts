import { describe, expect, it } from 'vitest';
import type { ChunkHit } from '../knowledge-index.js';
import { withBaseNamesCapitalised } from './base-names.js';

// A knowledge base of these passages, searched by the word itself; the words looked up are kept.
function base(texts: string[]) {
  const searched: string[] = [];
  const index = {
    searchText: async (query: string): Promise<ChunkHit[]> => {
      searched.push(query);
      return texts
        .filter((t) => t.toLowerCase().includes(query.toLowerCase()))
        .map((text, i) => ({
          chunk: { id: String(i), docId: 'd', text, ord: i, headings: [], tokens: 10 },
          doc: { id: 'd', source: 'd', metadata: {} },
          score: 1,
        }));
    },
  };
  return { index, searched };
}

const SITES = [
  'Staff at the Bellshill depot start at 06:00. Parking at Doncaster is free.',
  'The Bellshill site has 40 spaces.',
  'ShiftBoard shows your rota. Open ShiftBoard on the app.',
  'PARKING\nAsk the gatehouse for a permit.',
];

describe('names a question typed without capitals shares with the knowledge base', () => {
  it('reads a site the base writes capitalised with its capital', async () => {
    const { index } = base(SITES);
    expect(await withBaseNamesCapitalised(index, 'is there parking at bellshill?')).toBe(
      'is there parking at Bellshill?',
    );
    expect(await withBaseNamesCapitalised(index, 'how do i open shiftboard')).toBe(
      'how do i open Shiftboard',
    );
  });

  it('leaves a word the base also writes in lower case, or only where a sentence starts, as typed', async () => {
    const { index } = base([
      ...SITES,
      'Drivers from bellshill should use gate 2.',
      'Gatehouse staff check permits.',
    ]);
    expect(await withBaseNamesCapitalised(index, 'is there parking at bellshill?')).toBe(
      'is there parking at bellshill?',
    );
    // "Gatehouse" starts its sentence; "gatehouse" is written in lower case too.
    expect(await withBaseNamesCapitalised(index, 'where is the gatehouse')).toBe('where is the gatehouse');
  });

  it('looks nothing up for a question with capitals, nor for words the dictionary has in lower case', async () => {
    const { index, searched } = base(SITES);
    // Capitals on the words the asker chose to capitalise ("Night Shift"): the rest is as meant.
    expect(await withBaseNamesCapitalised(index, 'is there parking at bellshill for the Night Shift?')).toBe(
      'is there parking at bellshill for the Night Shift?',
    );
    expect(await withBaseNamesCapitalised(index, 'is there parking at the depot?')).toBe(
      'is there parking at the depot?',
    );
    expect(searched).toEqual([]);
  });
});
