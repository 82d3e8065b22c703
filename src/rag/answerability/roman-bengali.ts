/**
 * @module A question typed in Bengali in Latin letters, mixed with English ("Bogura depot er cash counter koyta
 * theke koyta khola thake?"), read as the English question it asks ("what time Bogura depot cash counter open?").
 * The reading is roman-reading.ts's; Bengali's own rules are here: "koto" of what is counted asks how many,
 * "koyta" before a time's word what time, and "ki" may ask whether.
 */
import type { TermStats } from './assess.js';
import { ASKING, DROPPED, MARKERS, PHRASES, SPELLINGS, WORDS } from './roman-bengali-words.js';
import { isVerbFormOf, type RomanLanguage, romanReading } from './roman-reading.js';

// Verbs, some typed alike in other tongues ("dey", "pai"): a sign only beside a word only Bengali has.
const VERBS = new Set(
  'ache achhe hobe hoy hoise hoyeche hocche lagbe lage korbo korte korle korchi kore dey dibe dite pai pabo paben parbe thake thakbe jay jabe'.split(
    ' ',
  ),
);

// Bengali's word lists and rules.
const BENGALI: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: MARKERS,
  verbs: VERBS,
  spellings: SPELLINGS,
  // Words Hindi and Urdu type alike ("ki", "kon", "lage", "thake"): no sign of Bengali on their own.
  shared: new Set(['ki', 'kon', 'kar', 'din', 'ma', 'baba', 'bhai', 'didi', 'dada', 'lage', 'thake', 'ache']),
  // "koto" is a zither in the dictionary, and Bengali's commonest word of asking.
  plainly: new Set(['koto']),
  // "Rezaul Karim sir er salary": the name's "'s"; "Gazipur plant e": at the place.
  genitive: new Set(['er', 'r']),
  locative: new Set(['e', 'te']),
  joins: /\s*,\s*|\s+(?:ar|and)\s+/i,
  // "r" or "ar" opening a sentence joins it to the one before ("… koto? r late er grace time koto?").
  leadingJoin: /^\s*(?:ar|r|and|abar)\s+/i,
  askingAt,
  // The endings of Bengali verbs' forms: future ("korbe", "pabo", "dilen"), present and past ("korchi", "hoise",
  // "chilen", "shunsi"), the infinitive and the conditional ("dhute", "korle"), the polite imperative ("bolben").
  verbForm: /(?:be|bo|ben|bi|chi|che|chen|cchi|cche|sen|se|si|lam|len|lo|ilo|te|le|en|un|i|e)$/,
  verbStems: new Set(
    'kor kora ho hoi hoy de di dei pa pai ja jai tha thak la lag par bol jan jana dekh shun sun kha ne ni nil an ana chal chala khul khol cha chai dhu dhuk dhor chil chhil ash as aish ber bera ghum por pora lekh likh dau daw bosh bos uth kin kine jom rakh rekh fer fir chher chhar chad'.split(
      ' ',
    ),
  ),
};

// "koto" asks how much, but how many of what is counted and what percent before "%"; "koyta" before a time's
// word asks what time; "ki" may ask whether (kiAsksWhether).
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  const next = spelled(tokens[at + 1] ?? '');
  if (word === 'koto' && COUNTED.test(next)) return 'how many';
  if (word === 'koto' && /^%/.test(tokens[at + 1] ?? '')) return 'what percent';
  if ((word === 'koyta' || word === 'koita') && TIME_AFTER.has(next)) return 'what time';
  if (word === 'ki' && kiAsksWhether(tokens, at, spelled)) return 'is';
  return undefined;
}

// "ki" after a verb asks whether ("bonus dey ki?"), and before what is said of a thing ("madam ki married?") or
// before a thing and then a verb that ends the clause ("ami ki maternity leave pabo?": will I get it?); right
// before the verb, or before a thing alone, it asks what ("ki korbo?", "process ta ki?", "ki operation?").
function kiAsksWhether(tokens: string[], at: number, spelled: (t: string) => string): boolean {
  if (VERBS.has(spelled(tokens[at - 1] ?? '')) || SAID_OF.test(tokens[at + 1] ?? '')) return true;
  const last = spelled(tokens.at(-1) ?? '');
  return at < tokens.length - 2 && (VERBS.has(last) || isVerbFormOf(BENGALI, last));
}

const SAID_OF = /^(?:\p{Ll}{3,}ed|possible|open|closed|available|allowed|true|free)[?.!]*$/u;
const COUNTED =
  /^(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|times?|pieces?|pcs|coats?|sets?|persons?)$/;
const TIME_AFTER = new Set(['baje', 'y', 'te', 'tay', 'theke', 'porjonto']);

const bengali = romanReading(BENGALI);

/** Whether a question is typed in Roman Bengali (two words the lists know, one plainly Bengali). */
export const typedInBengali = (question: string): boolean => bengali.typedIn(question);
/** The question read in English when it is typed in Roman Bengali; else the question as it is. */
export const readRomanBengali = (question: string): string => bengali.read(question);
/** The reading without the forms of Bengali verbs that neither English nor the knowledge base knows. */
export const withoutUnknownBengali = (read: string, written: string, stats: TermStats): string =>
  bengali.withoutUnknown(read, written, stats);
/** Whether the word lists know a word typed in lower case ("kobe" is "when", not the city). */
export const isBengaliListed = (word: string): boolean => bengali.isListed(word);
