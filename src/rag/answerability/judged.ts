/**
 * @module What the answerability checks share about one question and its passages (`Judged`), and how they
 * weigh words: a word said in the passages directly or in a wording the thesaurus knows, weighted by its
 * rarity in the knowledge base, and the question's own spelling of a word for reasons a person reads.
 */
import type { Grounding } from '../../core/index.js';
import { tokenize } from '../../core/index.js';
import type { GlossLanguage } from '../crosslingual/index.js';
import { alternativesOf, phrasesIn } from './synonyms.js';

/** How often the knowledge base uses words: chunk count and, per stemmed word, the chunks that contain it. */
export interface TermStats {
  chunks: number;
  df: (term: string) => number;
}

export interface PassageText {
  text: string;
  title?: string;
  /** Where the passage comes from: a file name can say what the passage does not ("lyon-notes.txt"). */
  source?: string;
  /** Where its document says it applies ("UK sites"), if it says. */
  appliesTo?: string;
}

/** One question and its passages, as every check reads them. */
export interface Judged {
  question: string;
  terms: string[];
  /** Terms only the context before the question holds. */
  context: Set<string>;
  passages: PassageText[];
  /** Each passage's language, if not English: its sentences are read with English words for what they say. */
  languages: GlossLanguage[][];
  sets: Array<Set<string>>;
  /**
   * A text's stems (and English words for what it says in `languages`), with each place asked about that the
   * text names by a region or a place inside it.
   */
  wordsOf: (text: string, languages: GlossLanguage[]) => Set<string>;
  weight: (t: string) => number;
  /** The share of the knowledge base's chunks that use a word. */
  share: (t: string) => number;
  expects: string;
  /** The stems that may name the topic, tagged once, on first need. */
  topical: () => Set<string>;
}

// How much of the best passage's coverage a sentence holding the answer must reach (tuned on the
// development sets: 0.4 declined fewer unanswerable questions, 0.8 more answerable ones).
export const SENTENCE_SHARE = 0.6;

/**
 * A word the passages contain, directly or in a wording the thesaurus knows.
 */
export function has(term: string, set: Set<string>): boolean {
  return set.has(term) || alternativesOf(term).some((alt) => alt.every((w) => set.has(w)));
}

/** Whether the knowledge base uses a word, directly or in a wording the thesaurus knows. */
export function known(term: string, stats: TermStats): boolean {
  return stats.df(term) > 0 || alternativesOf(term).some((alt) => alt.every((w) => stats.df(w) > 0));
}

/**
 * Rare words say more about what a question is about than common ones (BM25's idf); a word the knowledge
 * base uses only through a synonym weighs as its rarest form. A word it never uses weighs nothing here: the
 * unknown-word test judges those (so a stray word in a question does not sink its coverage).
 */
export function weigher(stats: TermStats): (term: string) => number {
  return (term) => {
    const dfs = [stats.df(term), ...alternativesOf(term).map((alt) => Math.min(...alt.map(stats.df)))];
    const seen = dfs.filter((d) => d > 0);
    if (!seen.length) return 0;
    const df = Math.min(...seen);
    return Math.log(1 + (stats.chunks - df + 0.5) / (df + 0.5));
  };
}

/** The share of `terms`, weighted, that a passage's words hold (directly, in another wording or by a phrase). */
export function covered(terms: string[], set: Set<string>, weight: (t: string) => number): number {
  const viaPhrase = phrasesSaidOtherwise(terms, (w) => set.has(w));
  let total = 0;
  let got = 0;
  for (const t of terms) {
    const w = weight(t);
    total += w;
    if (has(t, set) || viaPhrase.has(t)) got += w;
  }
  return total ? got / total : 0;
}

/**
 * The words of the question's thesaurus phrases said another way where `said` finds every word of another
 * wording: "pay it back" where a passage says "repaid", "salary range" where the base says "pay band". A wording of
 * several words is said when `saidTogether` finds it (by default, every word said).
 */
export function phrasesSaidOtherwise(
  terms: string[],
  said: (word: string) => boolean,
  saidTogether: (wording: string[]) => boolean = (wording) => wording.every(said),
): Set<string> {
  const words = new Set<string>();
  for (const phrase of phrasesIn(terms))
    if (phrase.alternatives.some((alt) => (alt.length > 1 ? saidTogether(alt) : said(alt[0]!))))
      for (const w of phrase.words) words.add(w);
  return words;
}

/** Word counts over a few passages, when the whole knowledge base's are not known. */
export function passageStats(sets: Array<Set<string>>): TermStats {
  return { chunks: sets.length, df: (t) => sets.reduce((n, s) => n + (s.has(t) ? 1 : 0), 0) };
}

/**
 * A capitalised word after the question's first word is a name ("Munich", "Whit Monday"): a knowledge base
 * may cover it under a wider heading ("other cities"), so its absence alone does not make a question unanswerable.
 */
export function isProper(term: string, question: string): boolean {
  return question
    .split(/\s+/)
    .slice(1)
    .some((w) => /^\p{Lu}/u.test(w) && tokenize(w).includes(term));
}

/**
 * The question's own spelling of a stemmed word, for reasons a person reads.
 */
export function wordOf(term: string, question: string): string {
  const word = question.match(/[\p{L}\p{N}'’-]+/gu)?.find((w) => tokenize(w).includes(term));
  return word ?? term;
}

/** A verdict with its reason, coverage rounded to three places. */
export function verdict(grounded: boolean, reason: string, coverage: number, expects: string): Grounding {
  return { grounded, reason, coverage: Math.round(coverage * 1000) / 1000, expects };
}

export const pct = (x: number) => `${Math.round(x * 100)}%`;
