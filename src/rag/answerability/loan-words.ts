/**
 * @module A word of another language in a question that the knowledge base never writes ("max hotel on a
 * komandirovka?", where the base says "business trip" or "командировка"), read as the English the glossary gives it
 * and the base does write, so the question finds its passage and is not judged to ask about what the base lacks.
 */
import { stopWords, tokenize } from '../../core/index.js';
import { englishOfLoanWord, foldedWords, withGlosses } from '../crosslingual/index.js';
import type { KnowledgeIndex } from '../knowledge-index.js';
import { isDictionaryWord, type SpellingDictionary, spellingDictionary } from '../wordnet/index.js';
import type { TermStats } from './assess.js';

/** The question with each loan word the base never writes replaced by the first English wording of it the base writes. */
export async function withLoanWordsInEnglish(
  index: Pick<KnowledgeIndex, 'termStats' | 'searchText'>,
  question: string,
  stats: TermStats,
): Promise<string> {
  const candidates = loanWordsUnwritten(question, stats);
  if (!candidates.length) return question;
  // English verbs and plurals ("gave", "invites", "salaries") are no loan words: the spelling dictionary knows them
  // where WordNet's nouns and adjectives do not.
  const english = await spellingDictionary();
  const loans = candidates.filter((w) => !isEnglish(w, english));
  if (!loans.length) return question;
  const wordings = new Map(loans.map((w) => [w, englishOfLoanWord(foldedWords(w)[0]!)]));
  const terms = [...new Set([...wordings.values()].flat().flatMap((e) => tokenize(e)))];
  const { df } = await index.termStats(terms);
  let read = question;
  for (const [word, english] of wordings) {
    const written = await firstWritten(
      index,
      english.filter((e) => tokenize(e).every((t) => (df.get(t) ?? 0) > 0)),
    );
    // The word is letters only: nothing in it needs escaping.
    if (written) read = read.replace(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'gu'), written);
  }
  return read;
}

// The first wording the base writes: a word it counts, or a phrase one of its passages says whole ("working from
// home" is not said by a page with "work" in one place and "home" in another).
async function firstWritten(
  index: Pick<KnowledgeIndex, 'searchText'>,
  wordings: string[],
): Promise<string | undefined> {
  for (const wording of wordings) {
    const terms = tokenize(wording);
    if (terms.length === 1) return wording;
    const hits = await index.searchText(wording, { k: PHRASE_DEPTH });
    if (hits.some((h) => saysInTurn(h.chunk.text, terms))) return wording;
  }
  return undefined;
}

const PHRASE_DEPTH = 5;

// Whether a passage says the terms one after the other (small words aside), in its own words or in the English its
// words of another language gloss: "work" in one sentence and "home" in the next say no "working from home".
function saysInTurn(text: string, terms: string[]): boolean {
  const said = tokenize(withGlosses(text));
  return said.some((_, at) => terms.every((t, i) => said[at + i] === t));
}

// The question's words written in lower case (a capitalised one is a name), of at least four letters, that the
// base never writes, English does not have, and the glossary knows in another language.
function loanWordsUnwritten(question: string, stats: TermStats): string[] {
  const words = new Set(question.match(/(?<![\p{L}'’-])\p{Ll}\p{L}{3,}(?![\p{L}'’-])/gu) ?? []);
  return [...words].filter((w) => {
    const folded = foldedWords(w)[0];
    if (!folded || stopWords.has(w) || isDictionaryWord(w)) return false;
    return tokenize(w).every((t) => stats.df(t) === 0) && englishOfLoanWord(folded).length > 0;
  });
}

const isEnglish = (word: string, dictionary: SpellingDictionary) =>
  dictionary.isWord(word) || dictionary.isName(word);
