/**
 * @module Cyrillic words and the Latin letters people chat them in ("otpusk skolko dnei" for "отпуск сколько дней")
 * meet on one key: the word in plain Latin letters, soft and hard signs gone, the sounds chat spells several ways
 * written one way ("kh", "x" and "h"; "y", "j" and "i"), and a Slavic case ending cut ("отпуска", "отпуск" and
 * "otpuska" are all "otpusk"). A text with Cyrillic words is indexed with their keys too (its glosses), and a
 * question's word the base never writes is read as its key when the base has it: a question typed in Latin letters
 * finds Russian, Tajik or Serbian documents, and one typed in Cyrillic finds another case of its word.
 */
import { keyGlosses, keyOfLatin } from './word-keys.js';

// Each Cyrillic letter in Latin letters, as chat writes Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Tajik
// and Kazakh (the signs that soften or harden a letter write nothing).
const LATIN_OF: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  і: 'i',
  ї: 'i',
  є: 'e',
  ґ: 'g',
  ў: 'u',
  ӣ: 'i',
  ӯ: 'u',
  қ: 'k',
  ғ: 'g',
  ҳ: 'h',
  ҷ: 'zh',
  ђ: 'd',
  ј: 'i',
  љ: 'l',
  њ: 'n',
  ћ: 'c',
  џ: 'zh',
  ә: 'a',
  ө: 'o',
  ү: 'u',
  ұ: 'u',
  ң: 'n',
  һ: 'h',
};

// Chat's spellings of one sound, read as the key writes it: "shch" and "sch" (щ), "kh" and "x" (х), "ts" (ц), "y"
// and "j" (й, ы; "ya", "yu", "yo" are я, ю, ё), an apostrophe for a soft sign.
const LATIN_SPELLINGS: Array<[RegExp, string]> = [
  [/shch|sch/g, 'sh'],
  [/kh|x/g, 'h'],
  [/ts|tz/g, 'c'],
  [/yo|jo/g, 'e'],
  [/[yj]/g, 'i'],
  [/w/g, 'v'],
  [/['’`]/g, ''],
];

// Case and number endings of Slavic nouns and adjectives, longest first: cut once, leaving at least three letters.
const ENDINGS = [
  // adjectives' feminine and neuter ("вторая", "вторую", "ночное"): the vowel before is the ending's
  'iaia',
  'iuiu',
  'aia',
  'uiu',
  'iami',
  'ami',
  'iah',
  'ogo',
  'ego',
  'omu',
  'emu',
  'imi',
  'ah',
  'ii',
  'oi',
  'ei',
  'ie',
  'ia',
  'iu',
  'om',
  'em',
  'oe',
  'ee',
  'ov',
  'ev',
  'ih',
  'im',
  'a',
  'e',
  'i',
  'o',
  'u',
];
const MIN_STEM = 3;
// A key shorter than this says too little to meet a word by ("dni", "god"): none is made.
const MIN_KEY = 4;

/** The key of a word in Cyrillic letters ("отпуска": "otpusk"), or undefined when it has a letter of no other script. */
export function cyrillicKey(word: string): string | undefined {
  let latin = '';
  for (const letter of word.toLowerCase()) {
    const written = LATIN_OF[letter];
    if (written === undefined) return undefined;
    latin += written;
  }
  return keyOf(latin);
}

/** The key of a word typed in Latin letters as chat writes a Cyrillic one ("otpuska", "bolnichny": "bolnichn"). */
export function latinKey(word: string): string | undefined {
  if (!/^[a-z'’`]+$/i.test(word)) return undefined;
  let latin = word.toLowerCase();
  for (const [spelling, written] of LATIN_SPELLINGS) latin = latin.replace(spelling, written);
  return keyOf(latin);
}

// The word without its case ending ("otpuska": "otpusk"), no shorter than MIN_STEM letters, doubled letters once.
const keyOf = (latin: string) => keyOfLatin(latin, ENDINGS, MIN_STEM, MIN_KEY);

const CYRILLIC_WORD = /\p{Script=Cyrillic}+/gu;

/**
 * The word every text with Cyrillic keys is glossed with too: a base that counts it has keys, and a question's words
 * are read as keys only there (in an English base "party" would meet "part").
 */
export const KEYED = 'cyrillickeyed';

/**
 * The keys of a text's Cyrillic words, each once, and KEYED ("" when it has none): its glosses for Latin letters. A key
 * that is an English word ("другой" is "drug") is none: it would say what the text does not.
 */
export function cyrillicKeys(
  text: string,
  skip: ReadonlySet<string>,
  isEnglish: (word: string) => boolean,
): string {
  if (!/\p{Script=Cyrillic}/u.test(text)) return '';
  const words = (text.match(CYRILLIC_WORD) ?? []).filter((w) => !skip.has(w.toLowerCase()));
  return keyGlosses(words, cyrillicKey, KEYED, isEnglish);
}
