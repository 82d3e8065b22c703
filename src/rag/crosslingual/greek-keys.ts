/**
 * @module Greek words and the Latin letters people chat them in (Greeklish: "posa meres adeia", "xalloumi" for
 * "πόσες μέρες άδεια", "χαλλούμι") meet on one key: the word in plain Latin letters, accents gone, the sounds Greek
 * writes several ways written one way ("η", "ι", "υ", "ει", "οι" are all "i"; "ο" and "ω" are "o"), doubled letters
 * once, and a case ending cut ("γάλακτος" and "galaktos" are both "galakt"). A text with Greek words is indexed
 * with their keys too (its glosses), and a question's word in Latin letters the base never writes is read as its key
 * when the base has it.
 */
import { keyGlosses, keyOfLatin } from './word-keys.js';

// Two Greek letters written as one sound, read before the letters one by one.
const GREEK_PAIRS: Array<[RegExp, string]> = [
  [/ου/g, 'u'],
  [/αι/g, 'e'],
  [/[εου]ι/g, 'i'],
  [/αυ/g, 'av'],
  [/ευ/g, 'ev'],
  [/μπ/g, 'b'],
  [/ντ/g, 'd'],
  [/γ[κγ]/g, 'g'],
];

// Each Greek letter in Latin letters, as the key writes it.
const LATIN_OF: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'ks',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'i',
  φ: 'f',
  χ: 'h',
  ψ: 'ps',
  ω: 'o',
};

// Greeklish's spellings of one sound, read as the key writes it: "8" and "th" (θ), "x", "ch" and "kh" (χ), "ou"
// (ου), "ai" and "e", "ei", "oi", "y" and "i", "w" and "o", "mp" and "b", "nt" and "d".
const GREEKLISH_SPELLINGS: Array<[RegExp, string]> = [
  [/8/g, 'th'],
  [/[ck]h|x/g, 'h'],
  [/ph/g, 'f'],
  // Upper case until the single letters are read: "u" alone is "υ", an "i".
  [/ou/g, 'U'],
  [/ai/g, 'e'],
  [/au/g, 'av'],
  [/eu/g, 'ev'],
  [/[eo]i/g, 'i'],
  [/[yu]/g, 'i'],
  [/w/g, 'o'],
  [/mp/g, 'b'],
  [/nt/g, 'd'],
  [/g[kg]|ng/g, 'g'],
  [/c/g, 'k'],
];

// Case and number endings of Greek nouns and adjectives as the key writes them, longest first: cut once, leaving
// at least three letters.
const ENDINGS = ['ion', 'on', 'os', 'us', 'as', 'es', 'is', 'a', 'e', 'i', 'o', 'u', 's'];
const MIN_STEM = 3;
// A key shorter than this says too little to meet a word by ("να" is "na"): none is made.
const MIN_KEY = 3;

const unaccented = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** The key of a word in Greek letters ("γάλακτος": "galakt"), or undefined when it has a letter of no other script. */
export function greekKey(word: string): string | undefined {
  let greek = unaccented(word);
  for (const [pair, written] of GREEK_PAIRS) greek = greek.replace(pair, written);
  let latin = '';
  for (const letter of greek) {
    const written = /[a-z]/.test(letter) ? letter : LATIN_OF[letter];
    if (written === undefined) return undefined;
    latin += written;
  }
  return keyOf(latin);
}

/** The key of a word typed in Latin letters as Greeklish writes a Greek one ("galaktos": "galakt"). */
export function greeklishKey(word: string): string | undefined {
  if (!/^[a-z8]+$/i.test(word)) return undefined;
  let latin = word.toLowerCase();
  for (const [spelling, written] of GREEKLISH_SPELLINGS) latin = latin.replace(spelling, written);
  return keyOf(latin.toLowerCase());
}

// The word without its case ending, no shorter than MIN_STEM letters, doubled letters once.
const keyOf = (latin: string) => keyOfLatin(latin, ENDINGS, MIN_STEM, MIN_KEY);

const GREEK_WORD = /\p{Script=Greek}+/gu;

/**
 * The word every text with Greek keys is glossed with too: a base that counts it has keys, and a question's words
 * are read as Greek keys only there.
 */
export const GREEK_KEYED = 'greekkeyed';

/**
 * The keys of a text's Greek words, each once, and GREEK_KEYED ("" when it has none): its glosses for Latin letters.
 * A key that is an English word is none: it would say what the text does not.
 */
export function greekKeys(text: string, isEnglish: (word: string) => boolean): string {
  if (!/\p{Script=Greek}/u.test(text)) return '';
  return keyGlosses(text.match(GREEK_WORD) ?? [], greekKey, GREEK_KEYED, isEnglish);
}
