/**
 * @module Structure-following chunking: a chunk never spans two sections; inside a section, paragraphs are
 * packed to the target size, long paragraphs split at sentences (long sentences at words), and each chunk
 * repeats the last sentences of the one before it as overlap.
 */
import { estimateTokens, sha256, splitSentences } from '../../core/index.js';
import type { Chunk, DocumentBlock, LoadedDocument } from '../document.js';

export interface ChunkingOptions {
  /** Target size in tokens. */
  size: number;
  /** Tokens carried over from the end of the previous chunk in the same section. */
  overlap: number;
}

interface Unit {
  text: string;
  /** How this unit joins the one before it. */
  sep: '\n\n' | ' ';
}

/** Splits a document into chunks with stable ids. */
export function chunkDocument(doc: LoadedDocument, opts: ChunkingOptions): Chunk[] {
  const chunks: Chunk[] = [];
  const seen = new Map<string, number>();
  for (const block of doc.blocks) {
    for (const text of chunkBlock(block, opts)) {
      const base = sha256(`${doc.id}\n${block.headings.join(' > ')}\n${text}`).slice(0, 20);
      // The same text twice in one section (a repeated disclaimer) still gets two distinct, stable ids.
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      chunks.push({
        id: n ? `${base}-${n}` : base,
        docId: doc.id,
        ord: chunks.length,
        text,
        headings: block.headings,
        ...(block.page !== undefined ? { page: block.page } : {}),
        tokens: estimateTokens(text),
      });
    }
  }
  return chunks;
}

function chunkBlock(block: DocumentBlock, opts: ChunkingOptions): string[] {
  const out: string[] = [];
  let current: Unit[] = [];
  let tokens = 0;
  let fresh = 0; // units in `current` that are not overlap from the previous chunk
  for (const unit of toUnits(block.text, opts.size)) {
    const t = estimateTokens(unit.text);
    if (fresh > 0 && tokens + t > opts.size) {
      out.push(join(current));
      current = overlapTail(current, opts.overlap);
      tokens = current.reduce((n, u) => n + estimateTokens(u.text), 0);
      // Overlap that would push the next unit past the size is dropped rather than breaking the limit.
      if (tokens + t > opts.size) [current, tokens] = [[], 0];
      fresh = 0;
    }
    current.push(current.length ? unit : { ...unit, sep: '\n\n' });
    tokens += t;
    fresh++;
  }
  if (fresh > 0) out.push(join(current));
  return out;
}

// Paragraphs, or sentences of paragraphs that are too long, or word runs of sentences that are too long.
function toUnits(text: string, size: number): Unit[] {
  const units: Unit[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const p = paragraph.trim();
    if (!p) continue;
    if (estimateTokens(p) <= size) {
      units.push({ text: p, sep: '\n\n' });
      continue;
    }
    splitSentences(p).forEach((sentence, i) => {
      const sep = i === 0 ? '\n\n' : ' ';
      if (estimateTokens(sentence) <= size) units.push({ text: sentence, sep });
      else {
        splitWords(sentence, size).forEach((piece, j) => {
          units.push({ text: piece, sep: j === 0 ? sep : ' ' });
        });
      }
    });
  }
  return units;
}

function splitWords(sentence: string, size: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const word of sentence.split(/\s+/)) {
    // A single "word" longer than the size (a URL, a hash) is cut by characters.
    for (let w = word; w; w = w.slice(size * 4)) {
      const part = w.slice(0, size * 4);
      if (piece && estimateTokens(`${piece} ${part}`) > size) {
        pieces.push(piece);
        piece = part;
      } else piece = piece ? `${piece} ${part}` : part;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

// The last units of a chunk, up to `overlap` tokens, split to sentences so overlap stays fine-grained; a table's
// row is carried whole or not at all ("…ext. 2160; the nurse sees you by video · Nights: …" without the hospital
// its row is for would answer for every row).
function overlapTail(units: Unit[], overlap: number): Unit[] {
  if (overlap <= 0) return [];
  const sentences = units.flatMap((u) =>
    TABLE_ROW.test(u.text)
      ? [u]
      : splitSentences(u.text).map((text, i) => ({ text, sep: i === 0 ? u.sep : (' ' as const) })),
  );
  const tail: Unit[] = [];
  let tokens = 0;
  for (let i = sentences.length - 1; i >= 0; i--) {
    const t = estimateTokens(sentences[i]!.text);
    if (tokens + t > overlap) break;
    tail.unshift(sentences[i]!);
    tokens += t;
  }
  return tail;
}

// A row as the loaders write a table's: its cells' headers and values set off by middle dots ("Where you work: HGH ·
// Nights: …").
const TABLE_ROW = /[^\s·:][^·\n]{0,80}:\s[^·\n]*\s·\s[^·\n]{1,80}:\s/;

function join(units: Unit[]): string {
  return units.map((u, i) => (i === 0 ? u.text : `${u.sep}${u.text}`)).join('');
}
