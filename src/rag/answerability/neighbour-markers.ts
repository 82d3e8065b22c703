/**
 * @module The marker words of the languages whose small words the creoles' chat shares ("mi", "di", "na", "ka"):
 * Haitian and Mauritian Creole, French, Tetum, Indonesian, Nepali and Hindi or Urdu. Each creole's reader (Belizean
 * Kriol, Krio, Kabuverdianu) reads a question as its own only with more of its own words than of these.
 */
import { MARKERS as HINDUSTANI_MARKERS } from './roman-hindustani-words.js';
import { MARKERS as INDONESIAN_MARKERS } from './roman-indonesian-words.js';
import { FRENCH_MARKERS, MARKERS as HAITIAN_MARKERS, MAURITIAN_MARKERS } from './roman-kreyol-words.js';
import { MARKERS as NEPALI_MARKERS } from './roman-nepali-words.js';
import { MARKERS as TETUM_MARKERS } from './roman-tetum-words.js';

/** The marker words of the languages the creoles' readers weigh a question against. */
export const CREOLE_NEIGHBOUR_MARKERS: readonly string[] = [
  ...HAITIAN_MARKERS,
  ...MAURITIAN_MARKERS,
  ...FRENCH_MARKERS,
  ...TETUM_MARKERS,
  ...INDONESIAN_MARKERS,
  ...NEPALI_MARKERS,
  ...HINDUSTANI_MARKERS,
];
