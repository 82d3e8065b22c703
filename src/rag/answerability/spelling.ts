/**
 * @module Slips of the keyboard in a question ("reciept", "sesions", "allowence"): a word that neither the
 * knowledge base nor the dictionaries know, one slip away from a word the base does use, is read as that word,
 * so it finds its passage and is not judged a topic the base lacks; failing that, as the commonest English
 * word one slip away ("bfeore", "computre"). The slips people make most (two neighbouring letters swapped, a
 * doubled letter typed once, a letter typed twice or left out) are trusted as the base uses them; a wrong key
 * (a letter in another's place or one too many) only into a word the spelling dictionary knows. A real word
 * ("dental" where the base says "rental", "whenever", "physio") is never taken for another.
 */
import { americanSpelling, slipsOf, stem, stopWords, wrongKeysOf } from '../../core/index.js';
import type { KnowledgeIndex } from '../knowledge-index.js';
import {
  dictionaryCase,
  type IsSpelledWord,
  isDictionaryWord,
  senseCount,
  spelledWords,
} from '../wordnet/index.js';
import type { TermStats } from './assess.js';
import { CHAT_SPELLINGS } from './chat-words.js';
import { contentTerms, isNumberTerm } from './question.js';

// Shorter words have too many neighbours to guess which was meant.
const MIN_LENGTH = 5;
// A short word the base does not use is as likely shorthand the dictionaries lack ("tacho") as a slip: its
// neighbours in the dictionary ("taco") are guesses.
const MIN_DICTIONARY_SLIP = 6;
// A wrong key in a short word leaves too many words by chance.
const MIN_WRONG_KEY = 6;

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
  const unknownHere = [...new Set(written.match(/\p{L}+/gu) ?? [])].filter(
    (w) => typed.has(w) && isUnknown(w, stats),
  );
  if (!unknownHere.length) return written;
  const isWord = await spelledWords();
  const unknown = unknownHere.filter((w) => !isWord(w.toLowerCase()));
  if (!unknown.length) return written;
  const slips = new Map(unknown.map((w) => [w, slipCandidates(w.toLowerCase())]));
  const terms = [...slips.values()].flat().map((s) => termOf(s.word));
  const { df } = await index.termStats([...new Set(terms)]);
  let fixed = written;
  for (const [word, candidates] of slips) {
    const best = bestSlip(word.toLowerCase(), candidates, (c) => df.get(termOf(c)) ?? 0, isWord);
    // The word is letters only (\p{L}+): nothing in it needs escaping.
    if (best) fixed = fixed.replace(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'gu'), best);
  }
  return fixed;
}

interface SlipCandidate {
  word: string;
  /** A wrong key hit: trusted only as a word the dictionary knows. */
  wrongKey: boolean;
}

const slipCandidates = (word: string): SlipCandidate[] => [
  ...slipsOf(word).map((w) => ({ word: w, wrongKey: false })),
  ...(word.length >= MIN_WRONG_KEY ? wrongKeysOf(word) : []).map((w) => ({ word: w, wrongKey: true })),
];

// The slip the base uses most. A wrong key makes a word that shares a stem with the base's words by chance
// ("sharesave" as "sharesive", read as "share"): such a slip must be a word the spelling dictionary knows.
function bestSlip(
  word: string,
  candidates: SlipCandidate[],
  count: (c: string) => number,
  isWord: IsSpelledWord,
): string | undefined {
  const ranked = candidates
    .map((c) => ({ ...c, n: count(c.word) }))
    .filter((c) => c.n > 0 && !sameWord(c.word, word))
    .sort((a, b) => b.n - a.n);
  const used = ranked.find((c) => !c.wrongKey || isWord(c.word))?.word;
  if (used || word.length < MIN_DICTIONARY_SLIP) return used;
  return commonestSlip(candidates, isWord);
}

// No slip the base uses: a slip of an English word ("bfeore", "computre", "automobiel") is read as that word,
// so that a word the asker only mistyped is not taken for a topic the base lacks. A function word first, else
// the word WordNet gives the most senses, the commonest.
function commonestSlip(candidates: SlipCandidate[], isWord: IsSpelledWord): string | undefined {
  const words = [...new Set(candidates.map((c) => c.word))].filter(isWord);
  const functionWord = words.find((w) => stopWords.has(w));
  if (functionWord) return functionWord;
  return words.map((w) => ({ w, n: senseCount(w) })).sort((a, b) => b.n - a.n)[0]?.w;
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
  // A form of a word the dictionary knows ("tipping" of "tip", "longest" of "long", the verb "spend") is that
  // word, not a slip of another ("tripping", "longes", "speed").
  const lower = word.toLowerCase();
  return !isDictionaryWord(lower) && dictionaryCase(lower) === 'unknown';
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
