/**
 * @module Words of another language met by their own language's stem (Snowball's, from @orama/stemmers): a Dutch
 * page's "werkdagen" is also "werkdag", a Russian one's "смену" also "смен", so a question asked in the documents'
 * own language finds another form of its word ("hoeveel werkdagen" finds "1 werkdag", "смена" finds "смену").
 * English is stemmed by Porter elsewhere; the glossary gives such text English words as well (glosses.ts). A text's
 * language is told by its function words (language.ts); Cyrillic words are read as Russian wherever they stand, as
 * a table row holds too few function words to be told and Snowball's Russian stems Belarusian and Ukrainian
 * endings alike.
 */
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as greek } from '@orama/stemmers/greek';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as lithuanian } from '@orama/stemmers/lithuanian';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { bcsStem } from './bcs-stem.js';
import type { GlossLanguage } from './language.js';

/**
 * The languages with a stemmer of their own here: Snowball's, and a light one for Bosnian, Croatian and Serbian
 * (bcs-stem.ts). Polish, Slovak and Slovene have none.
 */
export const STEMMERS: Partial<Record<GlossLanguage, (word: string) => string>> = {
  da: danish,
  de: german,
  el: greek,
  es: spanish,
  fr: french,
  hr: bcsStem,
  it: italian,
  lt: lithuanian,
  nl: dutch,
  no: norwegian,
  pt: portuguese,
  ru: russian,
  sv: swedish,
};

// A word this short is left alone: Snowball would make "bon" and "bons" of two words ("bon", "bonne") one.
const MIN_WORD = 4;
const WORD = /[\p{L}]+/gu;
const CYRILLIC_WORD = /[\p{Script=Cyrillic}]+/gu;

/** The own-language stems of a text's words that differ from the words, once each, joined by spaces. */
export function ownStems(text: string, languages: readonly GlossLanguage[]): string {
  const found = new Set<string>();
  const lower = text.toLowerCase();
  for (const lang of languages) {
    const stemWord = STEMMERS[lang];
    if (stemWord && lang !== 'ru') addStems(found, lower.match(WORD), stemWord);
  }
  // Cyrillic is Russian's script here whatever the text's function words said.
  if (/\p{Script=Cyrillic}/u.test(lower)) addStems(found, lower.match(CYRILLIC_WORD), russian);
  return [...found].join(' ');
}

function addStems(
  found: Set<string>,
  words: RegExpMatchArray | null,
  stemWord: (word: string) => string,
): void {
  for (const word of words ?? []) {
    if (word.length < MIN_WORD) continue;
    const s = memoStem(stemWord, word);
    if (s !== word && s.length >= 3) found.add(s);
  }
}

/** A word's stem in `lang` (lower-cased), or the word itself when the language has no stemmer or it is short. */
export function ownStem(word: string, lang: GlossLanguage): string {
  const lower = word.toLowerCase();
  const stemWord = /\p{Script=Cyrillic}/u.test(lower) ? russian : STEMMERS[lang];
  if (!stemWord || lower.length < MIN_WORD) return lower;
  const s = memoStem(stemWord, lower);
  return s.length >= 3 ? s : lower;
}

// Ingest asks per word of every chunk: memoised per stemmer, bounded like the other stems' memos.
const memos = new Map<(word: string) => string, Map<string, string>>();
function memoStem(stemWord: (word: string) => string, word: string): string {
  let memo = memos.get(stemWord);
  if (!memo) {
    memo = new Map();
    memos.set(stemWord, memo);
  }
  let s = memo.get(word);
  if (s === undefined) {
    s = stemWord(word);
    if (memo.size > 100_000) memo.clear();
    memo.set(word, s);
  }
  return s;
}
