/**
 * @module A question typed in a language of South Asia in Latin letters, read as the English it asks: Bengali
 * first (its words of asking, "ki" and "kon", are Hindi's and Urdu's words of grammar too), then Hindi or Urdu.
 */
import type { TermStats } from './assess.js';
import { readRomanBengali, withoutUnknownBengali } from './roman-bengali.js';
import { readRomanHindustani, withoutUnknownHindustani } from './roman-hindustani.js';

/** The question read in English when it is typed in Roman Bengali, Hindi or Urdu; else the question as it is. */
export function readRomanised(question: string): string {
  const bengali = readRomanBengali(question);
  return bengali !== question ? bengali : readRomanHindustani(question);
}

/** The reading without the forms of verbs that neither English nor the knowledge base knows. */
export function withoutUnknownRomanised(read: string, written: string, stats: TermStats): string {
  const bengali = withoutUnknownBengali(read, written, stats);
  return bengali !== read ? bengali : withoutUnknownHindustani(read, written, stats);
}
