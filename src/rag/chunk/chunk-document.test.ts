import { describe, expect, it } from 'vitest';
import { estimateTokens } from '../../core/index.js';
import type { LoadedDocument } from '../document.js';
import { chunkDocument } from './chunk-document.js';

// Sentences with distinct numbers, so coverage and order can be checked exactly.
const sentence = (i: number) =>
  `Sentence number ${i} explains one small fact about the product in plain words.`;
const paragraph = (from: number, n: number) =>
  Array.from({ length: n }, (_, j) => sentence(from + j)).join(' ');

const doc: LoadedDocument = {
  id: 'guide.md',
  source: 'guide.md',
  title: 'Guide',
  metadata: {},
  blocks: [
    { headings: ['Guide', 'Short'], text: 'A short section that fits easily.' },
    {
      headings: ['Guide', 'Long'],
      text: [paragraph(1, 6), paragraph(7, 6), paragraph(13, 30), `${'x'.repeat(1200)} end`].join('\n\n'),
    },
    { headings: ['Guide', 'Page two'], text: paragraph(100, 3), page: 2 },
  ],
};

describe('chunking', () => {
  const chunks = chunkDocument(doc, { size: 120, overlap: 30 });

  it('never exceeds the target size and never emits an empty chunk', () => {
    for (const c of chunks) {
      expect(c.tokens).toBeLessThanOrEqual(120);
      expect(c.tokens).toBe(estimateTokens(c.text));
      expect(c.text.trim()).not.toBe('');
    }
  });

  it('never spans two sections, and carries the heading path and page', () => {
    expect(chunks[0]).toMatchObject({
      text: 'A short section that fits easily.',
      headings: ['Guide', 'Short'],
      ord: 0,
    });
    expect(chunks.filter((c) => c.headings[1] === 'Page two').every((c) => c.page === 2)).toBe(true);
    expect(chunks.map((c) => c.ord)).toEqual(chunks.map((_, i) => i));
  });

  it('covers every sentence, in order', () => {
    const long = chunks
      .filter((c) => c.headings[1] === 'Long')
      .map((c) => c.text)
      .join(' ');
    for (let i = 1; i <= 42; i++)
      expect(long.indexOf(sentence(i)), `sentence ${i}`).toBeGreaterThanOrEqual(0);
    const firsts = Array.from({ length: 42 }, (_, i) => long.indexOf(sentence(i + 1)));
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    expect(long).toContain(' end');
  });

  it('repeats the end of a chunk at the start of the next one in the same section', () => {
    const long = chunks.filter((c) => c.headings[1] === 'Long');
    const overlapping = long.slice(1).filter((c, i) => {
      const lastSentence = long[i]!.text.split(/(?<=\.)\s+/).at(-1)!;
      return c.text.startsWith(lastSentence);
    });
    expect(overlapping.length).toBeGreaterThanOrEqual(3);
  });

  it('gives the same ids for the same text, and different ids when the text changes', () => {
    const again = chunkDocument(structuredClone(doc), { size: 120, overlap: 30 });
    expect(again.map((c) => c.id)).toEqual(chunks.map((c) => c.id));
    expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
    const edited = structuredClone(doc);
    edited.blocks[0]!.text = 'A short section that changed.';
    const changed = chunkDocument(edited, { size: 120, overlap: 30 });
    expect(changed[0]!.id).not.toBe(chunks[0]!.id);
    expect(changed.slice(1).map((c) => c.id)).toEqual(chunks.slice(1).map((c) => c.id));
  });

  it('keeps repeated identical text as distinct chunks with distinct ids', () => {
    const twice = chunkDocument(
      { ...doc, blocks: [doc.blocks[0]!, doc.blocks[0]!] },
      { size: 120, overlap: 0 },
    );
    expect(twice).toHaveLength(2);
    expect(twice[0]!.id).not.toBe(twice[1]!.id);
  });

  it("carries a table's row over whole or not at all, never a piece of it", () => {
    const row = (site: string) =>
      `Get seen · Where you work: ${site} · Weekdays: Call Employee Health. The nurse sees you by video · Nights: ${site} Emergency Department`;
    const rows = [
      'Medical Center',
      'Guadalupe Hospital',
      'Clinics',
      'Southside',
      'Floresville',
      'Pleasanton',
    ];
    const table = { ...doc, blocks: [{ headings: ['Exposure'], text: rows.map(row).join('\n\n') }] };
    const chunked = chunkDocument(table, { size: 60, overlap: 20 });
    expect(chunked.length).toBeGreaterThan(2);
    for (const chunk of chunked) expect(chunk.text.startsWith('Get seen · Where you work:')).toBe(true);
  });
});
