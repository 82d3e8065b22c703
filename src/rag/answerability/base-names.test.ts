import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/index.js';
import type { ChunkHit } from '../knowledge-index.js';
import type { TermStats } from './assess.js';
import { withBaseNamesCapitalised } from './base-names.js';

// A knowledge base of these passages, searched by the word itself; its word counts, and the words looked up.
function base(texts: string[]) {
  const searched: string[] = [];
  const counts = new Map<string, number>();
  for (const t of texts.flatMap((text) => tokenize(text))) counts.set(t, (counts.get(t) ?? 0) + 1);
  const stats: TermStats = { chunks: texts.length, df: (t) => counts.get(t) ?? 0 };
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
  const read = (question: string) => withBaseNamesCapitalised(index, question, stats);
  return { read, searched };
}

const SITES = [
  'Staff at the Bellshill depot start at 06:00. Parking at Doncaster is free.',
  'The Bellshill site has 40 spaces.',
  'ShiftBoard shows your rota. Open ShiftBoard on the app.',
];

describe('names a question typed without capitals shares with the knowledge base', () => {
  it('reads a site or a system the base writes capitalised with its capital', async () => {
    const { read } = base(SITES);
    expect(await read('is there parking at bellshill?')).toBe('is there parking at Bellshill?');
    expect(await read('how do i open shiftboard')).toBe('how do i open Shiftboard');
  });

  it('reads an acronym or a code the base writes only in capitals in capitals', async () => {
    const { read } = base([
      'Every fitter has a personal LOTO lock. Grades S1 and S2 are paid weekly.',
      'File your ITR by 15 April. Cold room CR-J2 is kept at -20 °C.',
    ]);
    expect(await read('do i need my own loto lock')).toBe('do i need my own LOTO lock');
    expect(await read("what's the hourly rate for s2")).toBe("what's the hourly rate for S2");
    expect(await read('do i have to file my own itr')).toBe('do i have to file my own ITR');
    expect(await read('what temperature is cold room cr-j2 set at')).toBe(
      'what temperature is cold room CR-J2 set at',
    );
    // A grade or a form by letters and a number the base never names, in capitals all the same; not a unit.
    expect(await read("what's the hourly rate for s7")).toBe("what's the hourly rate for S7");
    expect(await read('when is my p60 ready')).toBe('when is my P60 ready');
    expect(await read('how much co2 does the boiler make')).toBe('how much co2 does the boiler make');
  });

  it('reads past an address or a file name, which writes a name in lower case', async () => {
    const { read } = base([
      'Book through reservations.harrogate@wrenfield.example or the form at wrenfield.example/harrogate.',
      'The Harrogate hotel has a staff rate.',
    ]);
    expect(await read('is there a staff rate at harrogate')).toBe('is there a staff rate at Harrogate');
  });

  it('leaves a word the base also writes in lower case, only in capitals, or only opening a sentence', async () => {
    const { read } = base([
      ...SITES,
      'Drivers from bellshill should use gate 2.',
      'KELVINGATE\nAsk the desk.',
      'Ferrycroft staff park at the back.',
    ]);
    expect(await read('is there parking at bellshill?')).toBe('is there parking at bellshill?');
    // "KELVINGATE" is a heading in capitals; "Ferrycroft" opens its sentence.
    expect(await read('where is kelvingate')).toBe('where is kelvingate');
    expect(await read('where do ferrycroft staff park')).toBe('where do ferrycroft staff park');
  });

  it('looks nothing up for a question with capitals, a word the dictionary has, or one the base never uses', async () => {
    const { read, searched } = base(SITES);
    // Capitals on the words the asker chose to capitalise ("Night Shift"): the rest is as meant.
    expect(await read('is there parking at bellshill for the Night Shift?')).toBe(
      'is there parking at bellshill for the Night Shift?',
    );
    expect(await read('is there parking at the depot?')).toBe('is there parking at the depot?');
    expect(await read('is there parking at grenaa?')).toBe('is there parking at grenaa?');
    expect(searched).toEqual([]);
  });
});
