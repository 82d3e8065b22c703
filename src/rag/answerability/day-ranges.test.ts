import { describe, expect, it } from 'vitest';
import { assessGrounding } from './assess.js';
import { askedDate, saysDayAsked } from './day-ranges.js';

const row = (variety: string, from: string, to: string) =>
  `Harvest calendar · variety: ${variety} · picking_from: ${from} · picking_to: ${to} · crew: Crew A`;
const calendar = [
  row('Malbec', '2026-03-30', '2026-04-08'),
  row('Carmenère', '2026-04-06', '2026-04-17'),
  row('Cabernet Sauvignon', '2026-04-13', '2026-04-30'),
].join('\n\n');

describe('a day asked about, inside a row that runs from one day to another', () => {
  it('reads the day a question names by its month, with or without the year', () => {
    expect(askedDate('Which variety is harvested on 8 April 2026?')).toMatchObject({
      md: '0408',
      day: '2026-04-08',
    });
    expect(askedDate('What is picked on April 10?')).toMatchObject({ md: '0410' });
    expect(askedDate('What is picked on 10/04/2026?')).toBeUndefined();
  });

  it('is said by a row whose range holds it, and by no other', () => {
    const april10 = askedDate('What is picked on April 10?')!;
    expect(saysDayAsked(row('Carmenère', '2026-04-06', '2026-04-17'), april10)).toBe(true);
    expect(saysDayAsked(row('Cabernet Sauvignon', '2026-04-13', '2026-04-30'), april10)).toBe(false);
    expect(saysDayAsked('picking_from: 2026-04-06 and then later', april10)).toBe(false);
  });

  it('grounds a question about a day inside the range of a row', () => {
    const passages = [{ title: 'Harvest calendar', text: calendar }];
    const q = 'Which variety is being harvested on 8 April 2026?';
    expect(assessGrounding(q, passages).grounded).toBe(true);
  });
});
