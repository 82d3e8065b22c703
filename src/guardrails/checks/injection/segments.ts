/**
 * @module Long texts are scored in pieces: an instruction buried in a long document would otherwise be
 * diluted by the ordinary text around it. Pieces follow paragraph, line and sentence breaks.
 */

/** A piece of a text and where it starts. */
export interface Segment {
  text: string;
  start: number;
}

const WHOLE = 600;
const PIECE = 400;
const OVERLAP = 120;
const SCRAP = 40;

/** `text` in pieces of about 400 characters (one piece when it is short). */
export function segmentsOf(text: string): Segment[] {
  if (text.length <= WHOLE) return [{ text, start: 0 }];
  const out: Segment[] = [];
  let start = 0;
  while (start < text.length) {
    const { end, hard } = breakAfter(text, start);
    out.push({ text: text.slice(start, end), start });
    // A cut inside a sentence is read twice, so padding cannot place an instruction across it unseen.
    start = hard && end < text.length ? end - OVERLAP : end;
  }
  // A last scrap ("continue") is too little text to judge alone: it is read with the piece before it.
  const last = out.at(-1)!;
  if (out.length > 1 && last.text.trim().length < SCRAP) {
    out.pop();
    const before = out.pop()!;
    out.push({ text: text.slice(before.start), start: before.start });
  }
  return out;
}

// The last paragraph, line or sentence break before start + PIECE, or a hard cut when there is none.
function breakAfter(text: string, start: number): { end: number; hard: boolean } {
  const limit = start + PIECE;
  if (limit >= text.length) return { end: text.length, hard: false };
  const window = text.slice(start, limit);
  for (const re of [/\n\s*\n/g, /\n/g, /[.!?。！？]\s/g]) {
    let last = -1;
    for (const m of window.matchAll(re)) last = m.index + m[0].length;
    if (last > PIECE / 4) return { end: start + last, hard: false };
  }
  return { end: limit, hard: true };
}
