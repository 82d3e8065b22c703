import { describe, expect, it } from 'vitest';
import { tokenize } from '../../core/index.js';
import { createAnalyzer } from './analysis.js';
import { Bm25Engine } from './bm25-engine.js';

const entries = [
  { rowid: 1, fields: ['Public holiday 2026-05-25: Spring bank holiday'] },
  { rowid: 2, fields: ['Public holiday 2026-12-25: Christmas Day'] },
  { rowid: 3, fields: ['Public holiday 2026-05-04: Early May bank holiday'] },
  { rowid: 4, fields: ['Training budget for an Engineer (G2): £1,800 a year'] },
];
const analyzer = createAnalyzer('derivational');
const opts = { analyze: analyzer.terms, format: analyzer.format };

describe('Bm25Engine', () => {
  it('ranks the chunk whose date a question names in other words first', () => {
    const engine = Bm25Engine.build(entries, opts);
    expect(engine.search('Which holiday is on 25th May 2026?', 3)[0]!.rowid).toBe(1);
    expect(engine.search('budget of 1800 pounds', 1)[0]!.rowid).toBe(4);
  });

  it('loads its snapshot only under the format it was analysed with', () => {
    const bytes = Bm25Engine.build(entries, opts).serialize();
    const loaded = Bm25Engine.deserialize(bytes, opts);
    expect(loaded?.search('25th May 2026', 3)).toEqual(
      Bm25Engine.build(entries, opts).search('25th May 2026', 3),
    );
    expect(Bm25Engine.deserialize(bytes, { analyze: analyzer.terms, format: 'another' })).toBeUndefined();
    // A snapshot of plain words (as written before dates were normalised) is not taken for the current format.
    const plain = Bm25Engine.build(entries, { analyze: tokenize }).serialize();
    expect(Bm25Engine.deserialize(plain, opts)).toBeUndefined();
  });

  it('refuses a snapshot of the first layout (version 1)', () => {
    const header = Buffer.from(JSON.stringify({ v: 1, terms: [], sizes: [0, 1, 0] }));
    const len = Buffer.alloc(4);
    len.writeUInt32LE(header.length);
    expect(Bm25Engine.deserialize(Buffer.concat([len, header, Buffer.alloc(4)]), opts)).toBeUndefined();
  });
});
