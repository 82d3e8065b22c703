/**
 * @module Slips of the keyboard in a question ("reciept", "sesions"): a word that neither the knowledge base
 * nor the dictionary knows, one slip away from a word the base does use, is read as that word, so it finds
 * its passage and is not judged a topic the base lacks. Only the slips people make most (two neighbouring
 * letters swapped, a doubled letter typed once, a letter typed twice), so a real word the base lacks
 * ("dental" where it says "rental") is never taken for another.
 */
import { americanSpelling, slipsOf, stem } from '../../core/index.js';
import type { KnowledgeIndex } from '../knowledge-index.js';
import { isDictionaryWord } from '../wordnet/index.js';
import type { TermStats } from './assess.js';
import { CHAT_SPELLINGS } from './chat-words.js';
import { contentTerms, isNumberTerm } from './question.js';

// Shorter words have too many neighbours to guess which was meant.
const MIN_LENGTH = 5;

/** The question with each word no one knows read as the slip of it the base uses most (one more count read). */
export async function correctSpelling(
  index: Pick<KnowledgeIndex, 'termStats'>,
  question: string,
  stats: TermStats,
): Promise<string> {
  const written = withChatSpellings(question, (w) => stats.df(w) > 0);
  // Only words as the asker wrote them are slips: a word chat shorthand stands for ("acknowledge" for "ack") is
  // no slip, and `stats` has no count for it.
  const typed = new Set(question.match(/\p{L}+/gu) ?? []);
  const unknown = [...new Set(written.match(/\p{L}+/gu) ?? [])].filter(
    (w) => typed.has(w) && isUnknown(w, stats),
  );
  if (!unknown.length) return written;
  const slips = new Map(unknown.map((w) => [w, slipsOf(w.toLowerCase())]));
  const { df } = await index.termStats([...new Set([...slips.values()].flat().map(termOf))]);
  let fixed = written;
  for (const [word, candidates] of slips) {
    const best = candidates
      .map((c) => ({ c, n: df.get(termOf(c)) ?? 0 }))
      .filter((x) => x.n > 0 && !sameWord(x.c, word.toLowerCase()))
      .sort((a, b) => b.n - a.n)[0];
    // The word is letters only (\p{L}+): nothing in it needs escaping.
    if (best) fixed = fixed.replace(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'gu'), best.c);
  }
  return fixed;
}

// A candidate's term as the index holds it: in its American spelling, stemmed ("organisation": "organ").
const termOf = (word: string) => stem(americanSpelling(word));

// A slip that is the word itself once stemmed: the base's count of a stem reads it as its own stem again, so
// "quicklye" (stem "quickly", read again "quickli") would be counted as "quickly" and replace it.
const sameWord = (slip: string, word: string) =>
  termOf(slip) === termOf(word) || stem(termOf(slip)) === termOf(word);

// A word of letters the base never uses and the dictionary does not know, in its own form, without a plural
// "s" or as its stem (a capitalised word is a name: the base may cover it under a wider heading).
function isUnknown(word: string, stats: TermStats): boolean {
  if (word.length < MIN_LENGTH || /^\p{Lu}/u.test(word)) return false;
  const terms = contentTerms(word);
  if (terms.length !== 1 || isNumberTerm(terms[0]!) || stats.df(terms[0]!) > 0) return false;
  // A form of a word the dictionary knows ("tipping" of "tip") is that word, not a slip of another ("tripping").
  return !isDictionaryWord(word.toLowerCase());
}

/**
 * The question with chat shorthand read as the words it stands for ("how many r veggie evry week" as "how many
 * are veggie every week", "b4" as "before"): only lower-case shorthand, a whole word (not "U.S." or "R&D"), and
 * not one the knowledge base itself uses (`used`, given a stem).
 */
export function withChatSpellings(question: string, used: (stem: string) => boolean = () => false): string {
  return question.replace(CHAT_SHORTHAND, (word) =>
    used(stem(word)) ? word : (CHAT_SPELLINGS[word] ?? word),
  );
}

const CHAT_SHORTHAND = new RegExp(
  `(?<![\\p{L}\\p{N}&'’.-])(?:${Object.keys(CHAT_SPELLINGS).join('|')})(?![\\p{L}\\p{N}&'’-]|\\.\\p{L})`,
  'gu',
);
