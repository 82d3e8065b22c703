/**
 * @module A general cross-language glossary of workplace vocabulary: the words a staff handbook, an office's
 * local notes or an HR policy uses, in English and in German, French, Spanish, Portuguese, Italian, Dutch,
 * Norwegian (Bokmål), Swedish, Danish, Polish, Croatian, Lithuanian, Slovak (with Czech forms), Slovene, Catalan, Russian and Greek (in
 * their own letters and as written in Latin ones), so an English question can be matched to notes written in another
 * language. It was written from general knowledge of these languages and of workplace wording, by people who had
 * seen none of the benchmark corpora, and names no organisation, place, person or product. Forms are lower case;
 * singular and plural forms are both listed, and for the Scandinavian languages their definite forms too
 * ("skift", "skiftet", "skiftene"): nothing stems a foreign word. Compounds (German, Dutch, Norwegian, Swedish,
 * Danish) are listed whole, and their parts are also looked up (glossary.ts). Folding drops accents and rings
 * ("påske" meets "paske", "lön" "lon") but keeps "ø" and "æ", so a common ASCII spelling of such a word is listed
 * too ("lønn" and "lonn").
 */
import { CA_FORMS } from './glossary-ca.js';
import { EL_FORMS } from './glossary-el.js';
import { HR_FORMS } from './glossary-hr.js';
import { LT_FORMS } from './glossary-lt.js';
import { NAMED_DAYS as NAMED_DAYS_IN_WESTERN_LANGUAGES } from './glossary-named-days.js';
import { PAY_AND_TRAVEL } from './glossary-pay-travel.js';
import { PL_FORMS } from './glossary-pl.js';
import { RU_FORMS } from './glossary-ru.js';
import { SK_FORMS } from './glossary-sk.js';
import { SL_FORMS } from './glossary-sl.js';
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
  pl?: readonly string[];
  hr?: readonly string[];
  lt?: readonly string[];
  ru?: readonly string[];
  el?: readonly string[];
  sk?: readonly string[];
  sl?: readonly string[];
  ca?: readonly string[];
}

// Polish, Croatian, Lithuanian, Russian, Greek, Slovak, Slovene and Catalan forms are kept apart, by each concept's
// first English word (glossary-pl.ts, glossary-hr.ts, glossary-lt.ts, glossary-ru.ts, glossary-el.ts, glossary-sk.ts,
// glossary-sl.ts, glossary-ca.ts), and joined to the concepts here.
function withSlavicAndBalticForms(entry: GlossEntry): GlossEntry {
  const key = entry.en[0]!;
  const forms = {
    pl: PL_FORMS[key],
    hr: HR_FORMS[key],
    lt: LT_FORMS[key],
    ru: RU_FORMS[key],
    el: EL_FORMS[key],
    sk: SK_FORMS[key],
    sl: SL_FORMS[key],
    ca: CA_FORMS[key],
  };
  const given = Object.entries(forms).filter(([, f]) => f?.length);
  return given.length ? { ...entry, ...Object.fromEntries(given) } : entry;
}

/** Named days (holidays, feasts and national days) in English and in every language of the glossary. */
export const NAMED_DAYS: readonly GlossEntry[] =
  NAMED_DAYS_IN_WESTERN_LANGUAGES.map(withSlavicAndBalticForms);

/** Every concept of the glossary. */
export const GLOSSARY: readonly GlossEntry[] = firstOfEachKey([
  ...TIME_AND_LEAVE,
  ...NAMED_DAYS_IN_WESTERN_LANGUAGES,
  ...PAY_AND_TRAVEL,
  ...WORK_AND_SAFETY,
]);

// The Polish, Croatian and Lithuanian forms were written for the first concept of each first English word ("pay"
// the noun, before "pay" the verb): a later concept with the same first word gets none.
function firstOfEachKey(entries: readonly GlossEntry[]): GlossEntry[] {
  const keyed = new Set<string>();
  return entries.map((entry) => {
    if (keyed.has(entry.en[0]!)) return entry;
    keyed.add(entry.en[0]!);
    return withSlavicAndBalticForms(entry);
  });
}
