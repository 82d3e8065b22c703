/**
 * @module Undoes leetspeak (`1gn0r3 4ll pr3v10u5` → `ignore all previous`) in lower-cased text. A token is
 * rewritten only when it mixes letters with leet digits or symbols, so plain numbers, prices and e-mail
 * addresses stay as they are.
 */
import { isDictionaryWord } from './segment-words.js';

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '|': 'l',
};
// Letters, digits and leet symbols; a token with any other digit (2, 6, 8, 9) is a code or a number, not leet.
const TOKEN = /[\p{L}0-9@$|]*[0-9@$|][\p{L}0-9@$|]*/gu;
// A leet character between two letters (`r3v34l`) is the sure sign; `4ll` or `mp3` alone could be anything.
const STRONG = /\p{L}[0-9@$|]+\p{L}/u;
// Base64, hex and ids are long runs without spaces; leet words are word-sized.
const ENCODED = /[\p{L}\p{N}+/=_-]{24,}/gu;
const STRONG_ANYWHERE = /[a-z\u00C0-\u024F][0-9@$|]+[a-z\u00C0-\u024F]/;
const UNITS = /^(?:\d+(?:st|nd|rd|th|am|pm|[a-z]{1,2})|[a-z]{1,3}\d+)$/;

/** Rewrites leetspeak tokens; adds `leetspeak` to `tricks` when it did. */
export function undoLeetspeak(text: string, tricks: Set<string>): string {
  // Cheap first look (no Unicode classes): without a leet character between two letters there is no leet.
  if (!STRONG_ANYWHERE.test(text)) return text;
  const encoded = [...text.matchAll(ENCODED)].map((m) => [m.index, m.index + m[0].length] as const);
  const tokens = [...text.matchAll(TOKEN)].filter(
    (m) =>
      isLeetCandidate(m[0], text, m.index + m[0].length) &&
      !encoded.some(([from, to]) => m.index >= from && m.index < to),
  );
  const strong = tokens.filter((m) => STRONG.test(m[0]) && !UNITS.test(m[0]));
  if (!strong.length) return text;
  tricks.add('leetspeak');
  // Once one token is surely leet, the weaker ones around it (`4ll`, `5y573m`) are leet too.
  let out = '';
  let last = 0;
  for (const m of tokens) {
    out += text.slice(last, m.index) + unleet(m[0]);
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

// `1` and `|` stand for `i` or `l`: take the reading that makes a known word (`ru1es`, `a11`), else `i`.
function unleet(token: string): string {
  const asI = [...token].map((c) => LEET[c] ?? c).join('');
  if (!/[1|]/.test(token) || isDictionaryWord(asI)) return asI;
  const asL = [...token].map((c) => (c === '1' || c === '|' ? 'l' : (LEET[c] ?? c))).join('');
  return isDictionaryWord(asL) ? asL : asI;
}

function isLeetCandidate(token: string, text: string, end: number): boolean {
  if (!/\p{L}/u.test(token) || /[2689]/.test(token)) return false;
  // `name@example.com`: the @ of an address, not an `a`.
  return !(token.includes('@') && /^[.-]\w/.test(text.slice(end, end + 2)));
}
