/**
 * @module Word-level tokenisation for lexical matching: lower case, accents on Latin and Greek letters folded, Unicode
 * letters and digits, English stop words dropped, British spellings read as American ones (spellings.ts), Porter
 * stemming so "resets"/"resetting"/"reset" meet; "IT" the department is a term of its own (department-it.ts), not
 * the stop word "it".
 */
import { stemmer as porter } from 'stemmer';
import { withDepartmentIT } from './department-it.js';
import { americanSpelling } from './spellings.js';

/** English stop words dropped from lexical matching (exported for benchmarks that must use the same list). */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have how i if in into is it its ' +
    'me my no not of on or our so than that the their them then there these they this to too us was we were ' +
    'what when where which who whom why will with would you your yours about after again all also am any ' +
    'because before being between both each few further he her here hers him his just more most nor now ours theirs ' +
    'only other out over own same she should some such through under until up very while ' +
    // contractions once their apostrophe is gone (not "ill" and "id": "I'll" and "I'd" lose their clitic)
    'im ive dont cant wont isnt arent doesnt didnt youre theyre'
  ).split(' '),
);

/** Bumped when tokenisation changes what words a text yields: an index built under another version is rebuilt. */
export const TOKENIZE_VERSION = 7;

// Accents on Latin and Greek letters go, as people type without them: "cafe" finds "café", "Turanga" finds
// "Tūranga", "ποση ωρα" finds "πόση ώρα". Only after those letters: in other scripts a combining mark is part of the
// letter (Devanagari's vowel signs, Cyrillic "й").
const foldAccents = (text: string) => text.normalize('NFKD').replace(FOLDED_MARKS, '$1').normalize('NFKC');
const FOLDED_MARKS = /([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu;
// A word: letters and digits, with the marks of scripts that write vowels as marks ("नमस्ते" is one word).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const WORD_WITH_CLITIC = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)?/gu;

/** A clitic at a word's end ("manager's", "rota'd", "I'll"): no part of the word. */
export const CLITIC = /['’](?:s|d|ll|ve|re)$/i;

// A word as it is matched: its American spelling, and a period's adjective as its noun ("hourly rate" meets "rate
// per hour", "daily allowance" meets "allowance per day").
const readAs = (word: string) => {
  const american = americanSpelling(word);
  return PERIOD_NOUNS[american] ?? american;
};
const PERIOD_NOUNS: Record<string, string> = {
  hourly: 'hour',
  daily: 'day',
  weekly: 'week',
  fortnightly: 'fortnight',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
  nightly: 'night',
};

/** Lower-cased word tokens, stop words removed, lightly stemmed (by `stemWord`, Porter unless given). */
export function tokenize(text: string, stemWord: (word: string) => string = stem): string[] {
  const out: string[] = [];
  for (const raw of foldAccents(withDepartmentIT(text).toLowerCase()).match(WORD_WITH_CLITIC) ?? []) {
    // A clitic is no part of the word: "rota'd" is "rota", "manager's" is "manager".
    // British and American spellings meet ("organisation", "organization"): spellings.ts.
    const word = readAs(raw.replace(CLITIC, '').replace(/['’]/g, ''));
    if (word.length < 2 && !/\d/.test(word)) continue;
    if (stopWords.has(word)) continue;
    out.push(stemWord(word));
  }
  return out;
}

/** Lower-cased words with stop words removed, not stemmed: for engines that stem on their own (FTS5 porter). */
export function queryTerms(text: string): string[] {
  const out: string[] = [];
  for (const raw of foldAccents(withDepartmentIT(text).toLowerCase()).match(WORD) ?? []) {
    if ((raw.length < 2 && !/\d/.test(raw)) || stopWords.has(raw)) continue;
    out.push(readAs(raw));
  }
  return out;
}

/**
 * The American spellings of a text's British words and the nouns of its periods' adjectives, read as `queryTerms`
 * reads words ("organised centres" gives "organized centers", "hourly" "hour"): for an engine that reads the text
 * itself (FTS5), beside the text.
 */
export function americanWordsOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of foldAccents(text.toLowerCase()).match(WORD) ?? []) {
    const american = readAs(raw);
    if (american !== raw) out.push(american);
  }
  return out;
}

/** The Porter stem of a word (the algorithm FTS5 and Lucene's English analyzers use), memoised. */
export function stem(word: string): string {
  if (word.length <= 2 || /\d/.test(word)) return word;
  let s = stems.get(word);
  if (s === undefined) {
    s = porter(word);
    // A bounded memo: vocabularies are small, but a stream of unique tokens (ids, hashes) must not grow it forever.
    if (stems.size > 200_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

const stems = new Map<string, string>();
