/**
 * @module The glossary as lookups: per language, its words and phrases (accents folded, so "ferias" meets
 * "férias") to the concept's English words; and, for German, Dutch and the Scandinavian languages, the parts of
 * a compound word ("Essenszuschuss" is "essen" and "zuschuss").
 */
import { GLOSSARY, type GlossEntry, NAMED_DAYS } from './glossary-data.js';
import type { GlossLanguage } from './language.js';

interface Lookup {
  /** A one-word form to the English words of its concepts. */
  words: Map<string, string[]>;
  /** The first word of a phrase to the phrases starting with it, each with its English words. */
  phrases: Map<string, Array<{ words: string[]; english: string[] }>>;
}

const LANGUAGES: GlossLanguage[] = [
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'no',
  'sv',
  'da',
  'pl',
  'hr',
  'lt',
  'ru',
  'el',
  'sk',
  'sl',
  'ca',
];
// Languages that write a concept as one compound word: its parts are looked up too.
const COMPOUNDING = new Set<GlossLanguage>(['de', 'nl', 'no', 'sv', 'da']);
// A compound's part must be at least this long to count ("amt" in "Ersatzamt" says nothing on its own); a
// head may follow a shorter first part ("Erd|geschoss" is a floor).
const MIN_PART = 4;
const MIN_FIRST = 2;
// A part this long is a word of its own, glossed even when the rest of the compound is not a glossary word.
const LONG_PART = 7;

/** Lower case, accents folded, split into words: how glossary forms and texts are compared. */
export function foldedWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/ß/g, 'ss')
      .match(/\p{L}+/gu) ?? []
  );
}

let lookups: Map<GlossLanguage, Lookup> | undefined;

function lookupFor(lang: GlossLanguage): Lookup {
  lookups ??= new Map(LANGUAGES.map((l) => [l, buildLookup(l)]));
  return lookups.get(lang)!;
}

function buildLookup(lang: GlossLanguage, entries: readonly GlossEntry[] = GLOSSARY): Lookup {
  const lookup: Lookup = { words: new Map(), phrases: new Map() };
  for (const entry of entries) {
    const english = [...new Set(entry.en.flatMap(foldedWords))];
    for (const form of entry[lang] ?? []) {
      const words = foldedWords(form);
      if (!words.length) continue;
      if (words.length === 1) add(lookup.words, words[0]!, english);
      else lookup.phrases.set(words[0]!, [...(lookup.phrases.get(words[0]!) ?? []), { words, english }]);
    }
  }
  return lookup;
}

function add(map: Map<string, string[]>, key: string, english: string[]): void {
  map.set(key, [...new Set([...(map.get(key) ?? []), ...english])]);
}

let namedDays: Lookup[] | undefined;

/** The first word of every named day's form in another language, accents folded ("corpo", "terca"). */
export function namedDayFirstWords(): string[] {
  const forms = NAMED_DAYS.flatMap((e) => LANGUAGES.flatMap((l) => e[l] ?? []));
  return [...new Set(forms.map((f) => foldedWords(f)[0] ?? '').filter(Boolean))];
}

/** The English names of the named days `words` (folded) name in any of the glossary's languages ("corpo de deus"). */
export function namedDayWords(words: string[]): string[] {
  namedDays ??= LANGUAGES.map((l) => buildLookup(l, NAMED_DAYS));
  return namedDays.flatMap((lookup) => glossWith(words, lookup, false));
}

/** The English words for the glossary's words and phrases of `lang` in `words` (folded), in order found. */
export function glossWords(words: string[], lang: GlossLanguage): string[] {
  return glossWith(words, lookupFor(lang), COMPOUNDING.has(lang));
}

/**
 * The English words for loan words an English text keeps from the glossary's languages ("skift", "lunsj",
 * "turno"), in order found; the caller has set aside the words English has too.
 */
export function loanWordGlosses(words: string[]): string[] {
  loanWords ??= buildLoanWords();
  return words.flatMap((word) => loanWords!.get(word) ?? []);
}

/** Whether a folded word is one of the glossary's words another language's text may keep (a cheap first test). */
export function mayBeLoanWord(word: string): boolean {
  loanWords ??= buildLoanWords();
  return loanWords.has(word);
}

let loanWords: Map<string, string[]> | undefined;

/**
 * The English words for the glossary's phrases an English text keeps ("a chariot élévateur", "the poste d'après-midi"),
 * found by a word of theirs English has not (`kept`, folded) in the text's folded `words`.
 */
export function loanPhraseGlosses(words: string[], kept: string[]): string[] {
  loanPhrases ??= buildLoanPhrases();
  const out: string[] = [];
  for (const word of new Set(kept))
    for (const { phrase, at } of loanPhrases.get(word) ?? [])
      for (let i = words.indexOf(word); i >= 0; i = words.indexOf(word, i + 1))
        if (phrase.words.every((w, j) => words[i - at + j] === w)) out.push(...phrase.english);
  return out;
}

/** Whether a folded word is part of a phrase of the glossary's languages (a cheap first test). */
export function mayBeInLoanPhrase(word: string): boolean {
  loanPhrases ??= buildLoanPhrases();
  return loanPhrases.has(word);
}

type Phrase = { words: string[]; english: string[] };
let loanPhrases: Map<string, Array<{ phrase: Phrase; at: number }>> | undefined;

// Every phrase of every language, by each of its words long enough to be kept from another language.
function buildLoanPhrases(): Map<string, Array<{ phrase: Phrase; at: number }>> {
  const byWord = new Map<string, Array<{ phrase: Phrase; at: number }>>();
  for (const lang of LANGUAGES)
    for (const phrases of lookupFor(lang).phrases.values())
      for (const phrase of phrases)
        phrase.words.forEach((word, at) => {
          if (word.length >= MIN_LOAN_WORD) byWord.set(word, [...(byWord.get(word) ?? []), { phrase, at }]);
        });
  return byWord;
}

// Every glossary word long enough to be kept from another language, with its glosses, read once: a word two
// languages mean differently ("jour": a day, or on call; "firma": a signature, or a firm) is left out, since which
// language it was kept from is not known.
function buildLoanWords(): Map<string, string[]> {
  const senses = new Map<string, string[][]>();
  for (const lang of LANGUAGES)
    for (const [word, glosses] of lookupFor(lang).words)
      if (word.length >= MIN_LOAN_WORD) senses.set(word, [...(senses.get(word) ?? []), glosses]);
  return new Map([...senses].filter(([, s]) => agree(s)).map(([word, s]) => [word, [...new Set(s.flat())]]));
}

/**
 * The English words and phrases of the concepts a word kept from another language names ("komandirovka": "business
 * trip", …), in the glossary's order; none for a word two languages mean differently (see `loanWordGlosses`).
 */
export function englishOfLoanWord(word: string): readonly string[] {
  loanWordEnglish ??= buildLoanWordEnglish();
  return loanWordEnglish.get(word) ?? [];
}

let loanWordEnglish: Map<string, string[]> | undefined;

function buildLoanWordEnglish(): Map<string, string[]> {
  const english = new Map<string, string[]>();
  for (const entry of GLOSSARY)
    for (const lang of LANGUAGES)
      for (const form of entry[lang] ?? []) {
        const [word, ...more] = foldedWords(form);
        if (!word || more.length || word.length < MIN_LOAN_WORD) continue;
        english.set(word, [...new Set([...(english.get(word) ?? []), ...entry.en])]);
      }
  return new Map([...english].filter(([word]) => mayBeLoanWord(word)));
}

// Whether every language's glosses of a word share a word.
const agree = (senses: string[][]) => senses[0]!.some((w) => senses.every((s) => s.includes(w)));

/**
 * The fewest letters a loan word has: shorter words are as likely an English abbreviation or a name's part ("fri",
 * "dag") as a word kept from the site's language.
 */
export const MIN_LOAN_WORD = 4;

function glossWith(words: string[], lookup: Lookup, compounding: boolean): string[] {
  const out: string[] = [];
  // A word a phrase already glossed is not glossed again on its own ("niet toegestaan" is forbidden, not also
  // "toegestaan", permitted).
  let coveredUntil = -1;
  words.forEach((word, i) => {
    for (const phrase of lookup.phrases.get(word) ?? [])
      if (phrase.words.every((w, j) => words[i + j] === w)) {
        out.push(...phrase.english);
        coveredUntil = Math.max(coveredUntil, i + phrase.words.length - 1);
      }
    if (i <= coveredUntil && !lookup.phrases.has(word)) return;
    const direct = lookup.words.get(word);
    if (direct) out.push(...direct);
    else if (compounding) out.push(...compoundParts(word, lookup.words));
  });
  return out;
}

// The glossary words a compound is made of: both parts when both are glossary words ("Essens|zuschuss": meal,
// subsidy; "Urlaubs|anspruch"), or one long part alone ("Erd|geschoss": floor). A short part alone says too
// little: "Kranken|haus" is no sick leave, "Speise|karte" no card.
function compoundParts(word: string, words: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (let i = MIN_FIRST; i <= word.length - MIN_PART; i++) {
    const head = words.get(word.slice(i));
    const firstPart = word.slice(0, i);
    const first =
      i >= MIN_PART
        ? (words.get(firstPart) ?? (firstPart.endsWith('s') ? words.get(firstPart.slice(0, -1)) : undefined))
        : undefined;
    if (head && (first || word.length - i >= LONG_PART)) out.push(...head);
    if (first && (head || i >= LONG_PART)) out.push(...first);
  }
  return out;
}
