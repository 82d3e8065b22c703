/**
 * @module Joins letters split apart to dodge keyword filters: `i g n o r e   a l l` (words separated by wider
 * gaps) and `i.g.n.o.r.e`, `i-g-n-o-r-e`, `i_g_n_o_r_e`.
 */
import { isDictionaryWord, segmentWords } from './segment-words.js';

// Four or more single letters, each alone between spaces.
const SPACED = /(?<![\p{L}\p{N}])[a-zà-ÿ](?:[ \t]{1,4}[a-zà-ÿ](?![\p{L}\p{N}])){3,300}/gu;
// Four or more letters with the same separator between each (`.` `-` `_` `*` `·` `/` `|` `+` `~`).
const PUNCTUATED =
  /(?<![\p{L}\p{N}.\-_*])[a-zà-ÿ]([.\-_*·/|+~]) ?[a-zà-ÿ](?: ?\1 ?[a-zà-ÿ]){2,300}(?![\p{L}\p{N}])/gu;

/** Joins spaced-out and punctuated letters back into words; notes `spaced-letters` / `punctuated-letters`. */
export function joinSplitLetters(text: string, tricks: Set<string>): string {
  let out = text.replace(SPACED, (run) => {
    const joined = joinSpaced(run);
    if (joined !== run) tricks.add('spaced-letters');
    return joined;
  });
  out = out.replace(PUNCTUATED, (run) => {
    tricks.add('punctuated-letters');
    return segmentWords(run.replace(/[^a-zà-ÿ]/g, ''));
  });
  return out;
}

// With single spaces inside words and wider gaps between them, the wider gaps are the word breaks.
function joinSpaced(run: string): string {
  const gaps = run.match(/[ \t]+/g)!;
  const widest = Math.max(...gaps.map((g) => g.length));
  const narrowest = Math.min(...gaps.map((g) => g.length));
  if (widest === narrowest) {
    const letters = run.replace(/[ \t]+/g, '');
    const words = segmentWords(letters);
    // `a b c d` is a list, not a hidden word: short runs join only into a known word.
    return words === letters && letters.length < 6 && !isDictionaryWord(letters) ? run : words;
  }
  return run
    .split(new RegExp(`[ \\t]{${widest}}`))
    .map((w) => w.replace(/[ \t]+/g, ''))
    .join(' ');
}
