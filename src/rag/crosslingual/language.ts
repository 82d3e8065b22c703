/**
 * @module Which of the glossary's languages a text is written in, by its function words (articles,
 * prepositions, auxiliaries): a table row or a heading has too few words for a trigram model, and only the
 * question "English, or which other language?" matters here.
 */

import { CA_FUNCTION_WORDS, CA_SHARED_WORDS } from './glossary-ca.js';
import { EL_FUNCTION_WORDS } from './glossary-el.js';
import { HR_FUNCTION_WORDS } from './glossary-hr.js';
import { LT_FUNCTION_WORDS } from './glossary-lt.js';
import { PL_FUNCTION_WORDS } from './glossary-pl.js';
import { RU_FUNCTION_WORDS } from './glossary-ru.js';
import { SK_FUNCTION_WORDS } from './glossary-sk.js';
import { SL_FUNCTION_WORDS } from './glossary-sl.js';

export type GlossLanguage =
  | 'de'
  | 'fr'
  | 'es'
  | 'pt'
  | 'it'
  | 'nl'
  | 'no'
  | 'sv'
  | 'da'
  | 'pl'
  | 'hr'
  | 'lt'
  | 'ru'
  | 'el'
  | 'sk'
  | 'sl'
  | 'ca';

// Words that are common in one language and rare as words of another; a word shared by two lists (Spanish and
// Portuguese "para", "com") counts for both. Words English also uses are left out ("die", "do", "no", "as",
// "per", "non", "son", "van", "al", "at", "dig"): "- No jeans / Do keep your badge visible" is English.
/** Each language's function words, by which a text's language is told (space-separated, lower case). */
export const FUNCTION_WORDS: Record<GlossLanguage | 'en', string> = {
  en: 'the and of to is are for with on at by be this that from or not will your you we our was were has have',
  de: 'der das den dem des und ist nicht mit von zu für auf im ein eine einen einer wird werden sind oder bei nach sie es auch über vom zum zur wir ihr ihre sich aus',
  fr: 'le la les des du et est une un pour dans sur par au aux ne pas sont qui que avec ce cette vous nous leur être sera à',
  es: 'el la los las del y es una un para por con que se su sus está este esta lo le cada hay',
  pt: 'os da dos das é um uma para por com em que se ao não são na pelo pela há cada seu sua',
  it: 'il lo la gli dei delle è una con di che si sono nel della alla alle dal dall dalla dalle del degli nella nelle anche ogni sul hanno essere',
  nl: 'het een en voor met op te niet zijn wordt aan bij om als ook je jij wij ze er naar dan heb hebt',
  // Norwegian, Swedish and Danish share many small words ("og", "ikke"): a text counts for each that ties. Not
  // "er", "til", "med", "deg" or "dem", which English writes, nor "som", "kan" or "det", which are Khmer names.
  no: 'og på ikke av skal må fra eller etter blir ble hvis ved hos dette disse',
  sv: 'och på är inte av ska måste från eller efter blir vid hos detta dessa',
  da: 'og på ikke af skal fra eller efter bliver hvis ved hos dette disse',
  pl: PL_FUNCTION_WORDS,
  hr: HR_FUNCTION_WORDS,
  lt: LT_FUNCTION_WORDS,
  ru: RU_FUNCTION_WORDS,
  el: EL_FUNCTION_WORDS,
  sk: SK_FUNCTION_WORDS,
  sl: SL_FUNCTION_WORDS,
  ca: CA_FUNCTION_WORDS,
};

// Each function word to the languages it belongs to, built once.
const LANGUAGES_OF_WORD = new Map<string, Array<GlossLanguage | 'en'>>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS) as Array<[GlossLanguage | 'en', string]>)
  for (const w of words.split(' ')) LANGUAGES_OF_WORD.set(w, [...(LANGUAGES_OF_WORD.get(w) ?? []), lang]);

// At least this many function words of a language, and more than twice English's, before a text counts as
// written in it: a passage quoting a French term or naming a Dutch street is still English.
const MIN_FUNCTION_WORDS = 3;

/** The languages other than English a text is written in (the best-scoring ones, tied), or none for English. */
export function languagesOf(text: string): GlossLanguage[] {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  // Greek letters are written for Greek alone: a question too short for its function words ("ποση ωρα κολατσιο
  // εχουμε στο Δαλι;") is Greek by its letters.
  if (2 * words.filter((w) => GREEK_WORD.test(w)).length >= words.length && words.length) return ['el'];
  const { told, counts } = bestLanguages(words);
  if (!counts.get('ca') || (told.length === 1 && told[0] === 'ca')) return told;
  // Catalan writes Spanish's, French's and Italian's commonest words too ("el", "la", "que", "les"), which outnumber
  // its own in Catalan text: a text another language wins is counted again without them, and is Catalan if Catalan
  // then wins alone.
  const again = bestLanguages(words.filter((w) => !CATALAN_SHARED.has(w))).told;
  return again.length === 1 && again[0] === 'ca' ? again : told.filter((lang) => lang !== 'ca');
}

const GREEK_WORD = /^\p{Script=Greek}+$/u;
const CATALAN_SHARED: ReadonlySet<string> = new Set(CA_SHARED_WORDS.split(' '));

// The best-scoring languages of a text's words by their function words (none for English), and every count.
function bestLanguages(words: readonly string[]) {
  const counts = new Map<GlossLanguage | 'en', number>();
  for (const w of words)
    for (const lang of LANGUAGES_OF_WORD.get(w) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  const english = counts.get('en') ?? 0;
  counts.delete('en');
  const best = Math.max(0, ...counts.values());
  const told =
    best < MIN_FUNCTION_WORDS || best <= 2 * english
      ? []
      : [...counts].filter(([, n]) => n === best).map(([lang]) => lang as GlossLanguage);
  return { told, counts };
}
