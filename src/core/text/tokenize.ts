/**
 * @module Word-level tokenisation for lexical matching: lower case, Unicode letters and digits, English stop
 * words dropped, a light suffix stemmer so "resets"/"resetting"/"reset" meet.
 */

const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have how i if in into is it its ' +
    'me my no not of on or our so than that the their them then there these they this to too us was we were ' +
    'what when where which who whom why will with would you your yours about after again all also am any ' +
    'because before being between both each few further he her here hers him his just more most nor now ' +
    'only other out over own same she should some such through under until up very while'
  ).split(' '),
);

/** Lower-cased word tokens, stop words removed, lightly stemmed. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of text
    .toLowerCase()
    .normalize('NFKC')
    .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []) {
    const word = raw.replace(/['’]s$/, '').replace(/['’]/g, '');
    if (word.length < 2 && !/\d/.test(word)) continue;
    if (STOP_WORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/** Lower-cased words with stop words removed, not stemmed: for engines that stem on their own (FTS5 porter). */
export function queryTerms(text: string): string[] {
  const out: string[] = [];
  for (const raw of text
    .toLowerCase()
    .normalize('NFKC')
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    if ((raw.length < 2 && !/\d/.test(raw)) || STOP_WORDS.has(raw)) continue;
    out.push(raw);
  }
  return out;
}

/** A small suffix stemmer (plural, -ing, -ed, -ly); deterministic and fast rather than linguistically complete. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith('ly') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && /(ch|sh|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

function undouble(w: string): string {
  return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}
