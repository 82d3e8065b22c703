/**
 * @module A question typed in a language of South Asia in Latin letters, in Indonesian, in Albanian, in Serbian or
 * Croatian, or in Spanish, read as the English it asks: Spanish first, then Albanian (its "dite" and "te" are
 * Bengali's words too), then Serbian or Croatian, then Bengali, then Nepali (their words of asking, "ki", "kon", "ke", are Hindi's and Urdu's words of
 * grammar too), then Hindi or Urdu; then Indonesian or Malay, typed in Latin letters of its own.
 */
import type { TermStats } from './assess.js';
import { readAlbanian, withoutUnknownAlbanian } from './roman-albanian.js';
import { readRomanBengali, withoutUnknownBengali } from './roman-bengali.js';
import { readRomanHindustani, withoutUnknownHindustani } from './roman-hindustani.js';
import { readIndonesian, withoutUnknownIndonesian } from './roman-indonesian.js';
import { readRomanNepali, withoutUnknownNepali } from './roman-nepali.js';
import { readSerbian, withoutUnknownSerbian } from './roman-serbian.js';
import { readSpanishQuestion } from './spanish-question.js';

// Each language's reading and its dropping of verb forms that neither English nor the base knows, in the order they
// are tried. Spanish first: it counts only with a word no other of these languages has ("que", "cuanto", "el"),
// and its "si", "del" and "mis" are Albanian's and Serbian's words too.
const LANGUAGES: Array<{ read: (q: string) => string; drop?: typeof withoutUnknownAlbanian }> = [
  { read: readSpanishQuestion },
  { read: readAlbanian, drop: withoutUnknownAlbanian },
  { read: readSerbian, drop: withoutUnknownSerbian },
  { read: readRomanBengali, drop: withoutUnknownBengali },
  { read: readRomanNepali, drop: withoutUnknownNepali },
  { read: readRomanHindustani, drop: withoutUnknownHindustani },
  { read: readIndonesian, drop: withoutUnknownIndonesian },
];

// The first language that reads the question.
const languageOf = (question: string) => LANGUAGES.find(({ read }) => read(question) !== question);

/**
 * The question read in English when it is asked in Spanish, typed in Albanian, Serbian or Croatian, in Roman
 * Bengali, Nepali, Hindi or Urdu, or in Indonesian; else as it is.
 */
export function readRomanised(question: string): string {
  return languageOf(question)?.read(question) ?? question;
}

/** The reading without the forms of verbs that neither English nor the knowledge base knows, in the language read. */
export function withoutUnknownRomanised(read: string, written: string, stats: TermStats): string {
  return languageOf(written)?.drop?.(read, written, stats) ?? read;
}
