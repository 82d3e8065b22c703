/**
 * @module A question typed in a language of South Asia in Latin letters, in Indonesian, in Albanian, in Serbian or
 * Croatian, or in Spanish, read as the English it asks: Albanian first (its "dite" and "te" are Bengali's words too,
 * its "para" and "me" Spanish's), then Serbian or Croatian, then Bengali, then Nepali (their words of asking, "ki", "kon", "ke", are Hindi's and Urdu's words of
 * grammar too), then Hindi or Urdu; then Indonesian or Malay, typed in Latin letters of its own; last Spanish.
 */
import type { TermStats } from './assess.js';
import { readAlbanian, withoutUnknownAlbanian } from './roman-albanian.js';
import { readRomanBengali, withoutUnknownBengali } from './roman-bengali.js';
import { readRomanHindustani, withoutUnknownHindustani } from './roman-hindustani.js';
import { readIndonesian, withoutUnknownIndonesian } from './roman-indonesian.js';
import { readRomanNepali, withoutUnknownNepali } from './roman-nepali.js';
import { readSerbian, withoutUnknownSerbian } from './roman-serbian.js';
import { readSpanishQuestion } from './spanish-question.js';

const READINGS = [
  readAlbanian,
  readSerbian,
  readRomanBengali,
  readRomanNepali,
  readRomanHindustani,
  readIndonesian,
  readSpanishQuestion,
];
const DROPS = [
  withoutUnknownAlbanian,
  withoutUnknownSerbian,
  withoutUnknownBengali,
  withoutUnknownNepali,
  withoutUnknownHindustani,
  withoutUnknownIndonesian,
];

/**
 * The question read in English when it is typed in Roman Bengali, Nepali, Hindi or Urdu, in Indonesian, Albanian or Serbian, or asked in
 * Spanish; else as it is.
 */
export function readRomanised(question: string): string {
  for (const read of READINGS) {
    const english = read(question);
    if (english !== question) return english;
  }
  return question;
}

/** The reading without the forms of verbs that neither English nor the knowledge base knows. */
export function withoutUnknownRomanised(read: string, written: string, stats: TermStats): string {
  for (const drop of DROPS) {
    const kept = drop(read, written, stats);
    if (kept !== read) return kept;
  }
  return read;
}
