/**
 * @module Sentence splitting that respects common abbreviations, decimals and list items.
 */

const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|no|fig|approx|incl|st)\.$/i;
// A list item's number ("1.", "2.3.", "b)") begins its sentence; it does not end one.
const LIST_MARKER = /^\s*(?:\d+(?:\.\d+)*|[a-z])[.)]$/i;

/** Splits text into sentences; list items and lines of a table stay whole. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)/)) {
    const flat = block.replace(/\s*\n\s*/g, ' ').trim();
    if (!flat) continue;
    let start = 0;
    const re = /[.!?]["')\]]?(?=\s+[\p{Lu}\d"'([])/gu;
    for (let m = re.exec(flat); m; m = re.exec(flat)) {
      const end = m.index + m[0].length;
      const candidate = flat.slice(start, end);
      if (ABBREVIATIONS.test(candidate) || LIST_MARKER.test(candidate)) continue;
      out.push(candidate.trim());
      start = end;
    }
    const rest = flat.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}
