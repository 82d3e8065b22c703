/**
 * @module A question typed in a language of South Asia in Latin letters, in Indonesian or in Spanish, read as the
 * English it asks: Bengali first, then Nepali (their words of asking, "ki", "kon", "ke", are Hindi's and Urdu's words
 * of grammar too), then Hindi or Urdu; then Indonesian or Malay, typed in Latin letters of its own; last Spanish.
 */
import type { TermStats } from './assess.js';
import { readRomanBengali, withoutUnknownBengali } from './roman-bengali.js';
import { readRomanHindustani, withoutUnknownHindustani } from './roman-hindustani.js';
import { readIndonesian, withoutUnknownIndonesian } from './roman-indonesian.js';
import { readRomanNepali, withoutUnknownNepali } from './roman-nepali.js';
import { readSpanishQuestion } from './spanish-question.js';

const READINGS = [
  readRomanBengali,
  readRomanNepali,
  readRomanHindustani,
  readIndonesian,
  readSpanishQuestion,
];
const DROPS = [
  withoutUnknownBengali,
  withoutUnknownNepali,
  withoutUnknownHindustani,
  withoutUnknownIndonesian,
];

/**
 * The question read in English when it is typed in Roman Bengali, Nepali, Hindi or Urdu, in Indonesian, or asked in
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
