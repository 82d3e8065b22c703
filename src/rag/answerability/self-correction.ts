/**
 * @module What a message means when its writer corrects themselves as they type: "we moved to Amersfoort — sorry,
 * to Amsterdam" is about Amsterdam, and "it's me and three teenagers — sorry, two teenagers and their dad" about
 * four people. The words taken back would otherwise find, and be answered from, passages about what was not meant.
 */

// A correction: a dash, a comma or a bracket, a word of taking back ("sorry", "I mean", "or rather"), then what is
// meant, to the end of its clause. Not "sorry for…", "sorry to…", "sorry if…", "sorry but…": an apology.
const CORRECTION =
  /(?<=\S)(?:\s+[—–-]\s+|,\s*|\s*\(\s*)(?:(?:sorry|sry|oops|my bad)(?:[,!]\s+|\s+(?!(?:for|to|if|about|but|that)\b))(?:i\s+mean(?:t)?,?\s+)?|i\s+mean(?:t)?,?\s+|or\s+rather,?\s+)(?!i\b)([^.?!;—–()]{1,200}?)(?=\s*(?:[.?!;,—–)]|\s-\s|$))/giu;

// Where the clause holding the words taken back starts: after the last sentence's end.
const CLAUSE_START = /[.?!;]\s+(?=[^.?!;]*$)/u;

/** The message with each self-correction applied: the words taken back are replaced by what is meant. */
export function withSelfCorrections(text: string): string {
  let out = '';
  let rest = text;
  for (;;) {
    CORRECTION.lastIndex = 0;
    const m = CORRECTION.exec(rest);
    if (!m) return out + rest;
    out += corrected(rest.slice(0, m.index), m[1]!.trim());
    rest = rest.slice(m.index + m[0].length);
  }
}

// The text before a correction with its last words replaced by what is meant: from the last word the correction
// repeats ("to Amersfoort" by "to Amsterdam", "three teenagers" by "two teenagers and their dad"), else as many
// the last word ("the Family, I mean Classic plan"), never past the start of the clause.
function corrected(before: string, meant: string): string {
  const clauseAt = before.search(CLAUSE_START);
  const head = clauseAt < 0 ? '' : before.slice(0, clauseAt + 1);
  const clause = clauseAt < 0 ? before : before.slice(clauseAt + 1);
  const words = clause.split(/(?<=\s)(?=\S)/u);
  const meantWords = meant.toLowerCase().split(/\s+/u);
  const from = takenBackFrom(
    words.map((w) =>
      w
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}'’-]/gu, ''),
    ),
    meantWords,
  );
  return `${head}${words.slice(0, from).join('')}${meant}`;
}

// The index of the first word taken back.
function takenBackFrom(words: string[], meant: string[]): number {
  const first = words.lastIndexOf(meant[0]!);
  if (first >= 0) return first;
  const second = meant.length > 1 ? words.lastIndexOf(meant[1]!) : -1;
  if (second >= 1) return second - 1;
  return Math.max(0, words.length - 1);
}
