/**
 * @module A light stemmer for Bosnian, Croatian, Montenegrin and Serbian (Snowball has none): a noun's or an
 * adjective's case ending cut, so "Bosanskoj Krupi" meets "Bosanska Krupa", "dnevnicu" meets "dnevnica" and "sati"
 * meets "sat". Only endings of declension, the longest first, and a stem of at least three letters: a verb's forms
 * and a word's fleeting vowel ("vrijeme", "vremena") are left as they are.
 */
import { withoutEnding } from './word-keys.js';

const ENDINGS = [
  'ovima',
  'evima',
  'ijama',
  'ijima',
  'skoga',
  'skome',
  'skomu',
  'skima',
  'skih',
  'skim',
  'skog',
  'skom',
  'skoj',
  'ama',
  'ima',
  'oga',
  'ome',
  'omu',
  'ega',
  'emu',
  'om',
  'em',
  'og',
  'oj',
  'ih',
  'im',
  'ju',
  'a',
  'e',
  'i',
  'o',
  'u',
];
const MIN_STEM = 3;

/** The word without its case ending ("krupi": "krup", "dnevnicu": "dnevnic"), lower case. */
export function bcsStem(word: string): string {
  const lower = word.toLowerCase();
  const cut = withoutEnding(lower, ENDINGS, MIN_STEM);
  // "-skoj", "-skom" cut whole leave "bosan": the adjective's "sk" is its stem's, as "bosanska" keeps it.
  return cut !== lower && lower.slice(cut.length).startsWith('sk') ? `${cut}sk` : cut;
}
