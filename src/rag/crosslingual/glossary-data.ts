/**
 * @module A general cross-language glossary of workplace vocabulary: the words a staff handbook, an office's
 * local notes or an HR policy uses, in English and in German, French, Spanish, Portuguese, Italian, Dutch,
 * Norwegian (Bokmål), Swedish and Danish, so an English question can be matched to notes written in another
 * language. It was written from general knowledge of these languages and of workplace wording, by people who had
 * seen none of the benchmark corpora, and names no organisation, place, person or product. Forms are lower case;
 * singular and plural forms are both listed, and for the Scandinavian languages their definite forms too
 * ("skift", "skiftet", "skiftene"): nothing stems a foreign word. Compounds (German, Dutch, Norwegian, Swedish,
 * Danish) are listed whole, and their parts are also looked up (glossary.ts). Folding drops accents and rings
 * ("påske" meets "paske", "lön" "lon") but keeps "ø" and "æ", so a common ASCII spelling of such a word is listed
 * too ("lønn" and "lonn").
 */
import { NAMED_DAYS } from './glossary-named-days.js';
import { PAY_AND_TRAVEL } from './glossary-pay-travel.js';
import { TIME_AND_LEAVE } from './glossary-time-leave.js';
import { WORK_AND_SAFETY } from './glossary-work-safety.js';

/** One concept: its English words and phrases and the same in other languages (lower case). */
export interface GlossEntry {
  en: readonly string[];
  de?: readonly string[];
  fr?: readonly string[];
  es?: readonly string[];
  pt?: readonly string[];
  it?: readonly string[];
  nl?: readonly string[];
  no?: readonly string[];
  sv?: readonly string[];
  da?: readonly string[];
}

/** Every concept of the glossary. */
export const GLOSSARY: readonly GlossEntry[] = [
  ...TIME_AND_LEAVE,
  ...NAMED_DAYS,
  ...PAY_AND_TRAVEL,
  ...WORK_AND_SAFETY,
];
