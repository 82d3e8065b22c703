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

/** `text` in pieces of about 400 characters (one piece when it is short). */
export function segmentsOf(text: string): Segment[] {
  if (text.length <= WHOLE) return [{ text, start: 0 }];
  const out: Segment[] = [];
  let start = 0;
  while (start < text.length) {
    const end = breakAfter(text, start);
    out.push({ text: text.slice(start, end), start });
    start = end;
  }
  return out;
}

// The last paragraph, line or sentence break before start + PIECE, or a hard cut when there is none.
function breakAfter(text: string, start: number): number {
  const limit = start + PIECE;
  if (limit >= text.length) return text.length;
  const window = text.slice(start, limit);
  for (const re of [/\n\s*\n/g, /\n/g, /[.!?。！？]\s/g]) {
    let last = -1;
    for (const m of window.matchAll(re)) last = m.index + m[0].length;
    if (last > PIECE / 4) return start + last;
  }
  return limit;
}
