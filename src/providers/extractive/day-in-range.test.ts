import { describe, expect, it } from 'vitest';
import { rankSentences } from './rank-sentences.js';

const row = (variety: string, from: string, to: string) =>
  `Harvest calendar · variety: ${variety} · picking_from: ${from} · picking_to: ${to} · crew: Crew A`;

describe('a day asked about, inside a row that runs from one day to another', () => {
  it('ranks the row whose range holds the day first, not a row that starts after it', () => {
    const calendar = [
      row('Cabernet Sauvignon', '2026-04-13', '2026-04-30'),
      row('Carmenère', '2026-04-06', '2026-04-17'),
    ].join('\n\n');
    const ranked = rankSentences('What is picked on April 10?', [{ id: '1', text: calendar }]);
    expect(ranked[0]!.text).toContain('Carmenère');
  });
});
