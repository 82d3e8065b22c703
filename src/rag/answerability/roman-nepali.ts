/**
 * @module A question typed in Nepali in Latin letters, mixed with English ("Lukla hostel ma kati raat free basna
 * paincha?"), read as the English question it asks ("how many nights at Lukla hostel free stay get?"). The reading is
 * roman-reading.ts's; Nepali's own rule is here: "kati" of what is counted asks how many.
 */
import { ASKING, DROPPED, MARKERS, PHRASES, SPELLINGS, WORDS } from './roman-nepali-words.js';
import { type RomanLanguage, romanReading } from './roman-reading.js';

// Nepali's word lists and rules.
const NEPALI: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: MARKERS,
  verbs: new Set(
    'cha chha hunchha parcha parchha paincha pauncha milcha lagcha katcha aaucha dincha halcha garne garnu bhayo'.split(
      ' ',
    ),
  ),
  spellings: SPELLINGS,
  // Words Hindi and Urdu type alike ("ki", "ke", "ko", "din"): no sign of Nepali on their own.
  shared: new Set([
    'ki',
    'ke',
    'ko',
    'ka',
    'ma',
    'din',
    'raat',
    'kaam',
    'bhai',
    'didi',
    'paisa',
    'ghar',
    'khana',
  ]),
  plainly: new Set(['kati']),
  // "Ram ko salary": the name's "'s"; "Lukla hostel ma": at the place.
  genitive: new Set(['ko']),
  locative: new Set(['ma']),
  joins: /\s*,\s*|\s+(?:ani|ra|and)\s+/i,
  leadingJoin: /^\s*(?:ani|ra|and)\s+/i,
  askingAt: (word, tokens, at, spelled) => {
    const next = spelled(tokens[at + 1] ?? '');
    if (word === 'kati' && COUNTED.test(next)) return 'how many';
    if (word === 'kati' && /^%/.test(tokens[at + 1] ?? '')) return 'what percent';
    // Opening a clause that a verb ends, "ke" asks whether ("ke Saturday ma office khulla cha?").
    if (word === 'ke' && at === 0 && tokens.length > 2 && NEPALI.verbs.has(spelled(tokens.at(-1) ?? '')))
      return 'is';
    return undefined;
  },
  // The endings of Nepali verbs' forms: "garcha", "paincha", "garnu", "garne", "garda", "bhayo", "gareko",
  // "aaudaina", "pugisaknu".
  verbForm:
    /(?:chha|cha|xa|chhu|chan|chhan|nu|ne|na|da|dai|daina|dina|yo|eko|era|ina|incha|ucha|uncha|nus|os)$/,
  verbStems: new Set(
    'gar ga hu ho pa pai pau mil lag kat aa aau di de ja jaa bas pug pugisak sak bhan bha bhay hal kha le li bol sun dekh rah raha bus par sik padh chal khol'.split(
      ' ',
    ),
  ),
};

const COUNTED =
  /^(?:days?|nights?|weeks?|months?|years?|hours?|minutes?|times?|pieces?|persons?|people|porters?|clients?)$/;

const nepali = romanReading(NEPALI);

/** Whether a question is typed in Roman Nepali (two words the lists know, one plainly Nepali). */
export const typedInNepali = (question: string): boolean => nepali.typedIn(question);
/** The question read in English when it is typed in Roman Nepali; else the question as it is. */
export const readRomanNepali = (question: string): string => nepali.read(question);
/** The reading without the forms of Nepali verbs that neither English nor the knowledge base knows. */
export const withoutUnknownNepali = nepali.withoutUnknown;
