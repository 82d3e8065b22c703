/**
 * @module What a message means when its writer corrects themselves as they type: "we moved to Amersfoort — sorry,
 * to Amsterdam" is about Amsterdam, and "it's me and three teenagers — sorry, two teenagers and their dad" about
 * four people. The words taken back would otherwise find, and be answered from, passages about what was not meant.
 */

// A correction: a dash, a comma or a bracket, a word of taking back ("sorry", "I mean", "or rather"), then what is
// meant, to the end of its clause. Not "sorry for…", "sorry to…", "sorry if…", "sorry but…": an apology; not "I
// mean, …": a pause before saying more.
const CORRECTION =
  /(?<=\S)(?:\s+[—–-]\s+|,\s*|\s*\(\s*)(?:(?:sorry|sry|oops|my bad)(?:[,!]\s+|\s+(?!(?:for|to|if|about|but|that)\b))(?:i\s+mean(?:t)?\s+)?|i\s+mean(?:t)?\s+|or\s+rather,?\s+)(?!i\b)([^.?!;—–()]{1,200}?)(?=\s*(?:[.?!;,—–)]|\s-\s|$))/giu;

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
    const before = rest.slice(0, m.index);
    out += corrected(before, m[1]!.trim()) ?? before + m[0];
    rest = rest.slice(m.index + m[0].length);
  }
}

// The text before a correction with the words taken back replaced by what is meant, or nothing when what follows
// the marker takes nothing back ("…a refund, sorry, my English is bad"; "(sorry, newbie here)"). Never past the
// start of the clause.
function corrected(before: string, meant: string): string | undefined {
  const clauseAt = before.search(CLAUSE_START);
  const head = clauseAt < 0 ? '' : before.slice(0, clauseAt + 1);
  const clause = clauseAt < 0 ? before : before.slice(clauseAt + 1);
  const words = clause.split(/(?<=\s)(?=\S)/u);
  const bare = words.map((w) => w.trim().replace(/[^\p{L}\p{N}'’-]/gu, ''));
  const from = takenBackFrom(bare, meant.split(/\s+/u));
  return from === undefined ? undefined : `${head}${words.slice(0, from).join('')}${meant}`;
}

// The index of the first word taken back: from the last word the correction repeats ("to Amersfoort" by "to
// Amsterdam"); from the word before it when both are of a kind, a number for a number ("three teenagers" by "two
// teenagers and their dad"), else from the repeated word ("claim expenses" by "travel expenses"); the last word
// when the correction is a name or a number for one ("the Family, I mean Classic plan"). Else none.
function takenBackFrom(words: string[], meant: string[]): number | undefined {
  const lower = words.map((w) => w.toLowerCase());
  const first = lower.lastIndexOf(meant[0]!.toLowerCase());
  if (first >= 0) return first;
  const second = meant.length > 1 ? lower.lastIndexOf(meant[1]!.toLowerCase()) : -1;
  if (second >= 0) return second >= 1 && sameKind(words[second - 1]!, meant[0]!) ? second - 1 : second;
  const last = words.length - 1;
  return last >= 0 && sameKind(words[last]!, meant[0]!) ? last : undefined;
}

// Two words of a kind one may stand for the other: numbers, or names (capitalised).
const sameKind = (a: string, b: string) =>
  (NUMBER.test(a) && NUMBER.test(b)) || (/^\p{Lu}/u.test(a) && /^\p{Lu}/u.test(b));

const NUMBER = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i;
