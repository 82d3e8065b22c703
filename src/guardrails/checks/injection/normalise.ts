/**
 * @module Folds text for injection matching: removes invisible characters (zero-width, bidi controls),
 * decodes Unicode tag characters, applies NFKC (full-width and styled letters), lower-cases, maps look-alike
 * letters to Latin, undoes leetspeak, joins letters split by spaces or punctuation and collapses whitespace.
 * What it undid is reported as `tricks`, so a classifier can weigh the evasion itself.
 */
import { CONFUSABLES } from './confusables.js';
import { joinSplitLetters } from './join-letters.js';
import { undoLeetspeak } from './leetspeak.js';

/** Every trick the normaliser reports, in a fixed order. */
export const TRICKS = [
  'zero-width',
  'bidi',
  'tag-characters',
  'homoglyphs',
  'full-width',
  'styled-letters',
  'leetspeak',
  'spaced-letters',
  'punctuated-letters',
] as const;
export type Trick = (typeof TRICKS)[number];

export interface NormalisedText {
  /** The folded text to match against (lower-case; accents kept). */
  text: string;
  /** How many invisible characters (zero-width, bidi controls, tag characters) were removed. */
  hidden: number;
  /** The tricks seen, e.g. `zero-width`, `homoglyphs`, `leetspeak`, sorted. */
  tricks: string[];
}

// Tag characters U+E0020–E007E mirror ASCII; the rest of the block (language tag, cancel tag) carries nothing.
const TAGS = /[\u{E0000}-\u{E007F}]/gu;
const ZERO_WIDTH = /[\u200B-\u200D\u2060-\u2064\uFEFF\u180E\u00AD]/g;
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g;
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
// Mathematical alphanumerics, circled and parenthesised letters: NFKC turns them into plain letters too.
const STYLED = /[\u{1D400}-\u{1D7FF}\u24B6-\u24E9\u249C-\u24B5\u1D2C-\u1D6A]/u;
const NON_ASCII = /[^\x00-\x7F]/;

/** Folds `input` for injection matching and reports the hiding tricks it undid. */
export function normaliseForDetection(input: string): NormalisedText {
  const tricks = new Set<string>();
  let text = input;
  let hidden = 0;
  if (NON_ASCII.test(text)) {
    const stripped = stripInvisible(text, tricks);
    text = stripped.text;
    hidden = stripped.hidden;
    if (FULL_WIDTH_ALNUM.test(text)) tricks.add('full-width');
    if (STYLED.test(text)) tricks.add('styled-letters');
    text = text.normalize('NFKC').toLowerCase();
    // Typographic quotes as plain ones: `l’assistant` and `don’t` match like `l'assistant` and `don't`.
    text = text.replace(/[\u2018\u2019\u201B\u02BC\u2032]/g, "'").replace(/[\u201C\u201D\u201F\u2033]/g, '"');
    text = mapHomoglyphs(text, tricks);
  } else {
    text = text.toLowerCase();
  }
  text = undoLeetspeak(text, tricks);
  text = joinSplitLetters(text, tricks);
  text = collapseWhitespace(text);
  return { text, hidden, tricks: [...tricks].sort() };
}

/** Removes accents (`précédentes` → `precedentes`) keeping the length, for accent-insensitive matching. */
export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  // NFD splits a precomposed letter into base + combining marks; dropping the marks leaves one unit per letter.
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '')
    .normalize('NFC');
}

function stripInvisible(input: string, tricks: Set<string>): { text: string; hidden: number } {
  let hidden = 0;
  let text = input.replace(TAGS, (c) => {
    hidden++;
    const cp = c.codePointAt(0)! - 0xe0000;
    return cp >= 0x20 && cp <= 0x7e ? String.fromCharCode(cp) : '';
  });
  if (hidden) tricks.add('tag-characters');
  for (const [re, name] of [
    [ZERO_WIDTH, 'zero-width'],
    [BIDI, 'bidi'],
  ] as const) {
    const before = text.length;
    text = text.replace(re, '');
    if (text.length < before) {
      hidden += before - text.length;
      tricks.add(name);
    }
  }
  return { text, hidden };
}

const FOREIGN = /[\u0250-\u02AF\u0370-\u058F\u1D00-\u1D7F\uA700-\uA7FF\u0131]/;
const LATIN_LETTER = /[a-z\u00DF-\u00FF\u0100-\u024F]/;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Maps Cyrillic/Greek look-alikes to Latin inside words that mix scripts, and in whole look-alike words when
 * the text is otherwise Latin. Real Greek or Russian text (no mixed words, mostly non-Latin) stays as it is.
 */
function mapHomoglyphs(text: string, tricks: Set<string>): string {
  if (!FOREIGN.test(text)) return text;
  const latinText = mostlyLatin(text);
  let mapped = false;
  const out = text.replace(WORD, (word) => {
    if (!FOREIGN.test(word)) return word;
    const mixed = LATIN_LETTER.test(word);
    if (!mixed && !(latinText && [...word].every((c) => CONFUSABLES.has(c)))) return word;
    mapped = true;
    return [...word].map((c) => CONFUSABLES.get(c) ?? c).join('');
  });
  if (mapped) tricks.add('homoglyphs');
  return out;
}

// Real Greek or Russian has many letters with no Latin twin (λ, θ, и, д, ж); look-alike text has almost none.
function mostlyLatin(text: string): boolean {
  const latin = text.match(/[a-z\u00DF-\u024F]/g)?.length ?? 0;
  const foreign = text.match(/[\u0370-\u058F]/g) ?? [];
  const unmistakable = foreign.filter((c) => !CONFUSABLES.has(c)).length;
  return latin > 0 && latin > 2 * unmistakable;
}

function collapseWhitespace(text: string): string {
  // Most texts have single spaces only: test before rewriting every space.
  let out = /[^\S\n ]| {2}/.test(text) ? text.replace(/[^\S\n]+/g, ' ') : text;
  if (out.includes('\n')) out = out.replace(/ ?\n\s*/g, '\n');
  return out.trim();
}
