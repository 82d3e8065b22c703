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
  isDictionaryWord,
  lowerParts,
  type SpellingDictionary,
  senseCount,
  spellingDictionary,
} from '../wordnet/index.js';
import type { TermStats } from './assess.js';
import { CHAT_SPELLINGS } from './chat-words.js';
import { withWordsJoined } from './joined-words.js';
import { privatePersonAsked } from './private-request.js';
import { contentTerms, isNumberTerm } from './question.js';
import { isThesaurusWord } from './synonyms.js';
import { withUmlautsRead } from './umlauts.js';

// Shorter words have too many neighbours to guess which was meant.
const MIN_LENGTH = 5;
// A short word the base does not use is as likely shorthand the dictionaries lack ("tacho") as a slip: its
// neighbours in the dictionary ("taco") are guesses.
const MIN_DICTIONARY_SLIP = 6;
// A wrong key in a short word leaves too many words by chance.
const MIN_WRONG_KEY = 6;

/**
 * The question with each word no one knows read as the slip of it the base uses most, and words written apart that
 * the base writes as one joined (one count read for each, only when the question has a word the base lacks).
 */
export async function correctSpelling(
  index: Pick<KnowledgeIndex, 'termStats'>,
  question: string,
  stats: TermStats,
): Promise<string> {
  // Words written apart that the base writes as one ("wet fish" for its "wetfish") are read joined first, and
  // German typed without its umlauts ("fuer") as the base writes it.
  const written = await withUmlautsRead(
    index,
    await withWordsJoined(
      index,
      withChatSpellings(question, (w) => stats.df(w) > 0),
      stats,
    ),
    stats,
  );
  // Only words as the asker wrote them are slips: a word chat shorthand stands for ("acknowledge" for "ack") is
  // no slip, and `stats` has no count for it.
  const typed = new Set(question.match(/\p{L}+/gu) ?? []);
  const unknownHere = [...new Set(written.match(/\p{L}+/gu) ?? [])].filter(
    (w) => typed.has(w) && isUnknown(w, stats),
  );
  // A private question stays as asked: a correction ("birthdate" as "birthrate") must not hide what it asks.
  if (!unknownHere.length || privatePersonAsked(written)) return written;
  const dictionary = await spellingDictionary();
  const unknown = unknownHere.filter((w) => !knownToSpelling(w.toLowerCase(), dictionary));
  if (!unknown.length) return written;
  // Many words no dictionary knows, or few English ones: another language or a run of jargon, where a slip is a
  // guess. Only the commonest slips into words the base uses are read then, as ever.
  const guessing = unknown.length <= MAX_GUESSED && mostlyEnglish(written, dictionary);
  const readingOf = (w: string): Reading =>
    !guessing ? 'plain' : isCompound(w.toLowerCase(), dictionary) ? 'words only' : 'guess';
  const slips = new Map(
    unknown.slice(0, MAX_CORRECTED).map((w) => [w, slipCandidates(w.toLowerCase(), readingOf(w))]),
  );
  const { df } = await index.termStats([...new Set([...slips.values()].flat().map((c) => c.term))]);
  let fixed = written;
  for (const [word, candidates] of slips) {
    const count = (c: SlipCandidate) => df.get(c.term) ?? 0;
    const best = bestSlip(word.toLowerCase(), candidates, count, dictionary, readingOf(word));
    // The word is letters only (\p{L}+): nothing in it needs escaping.
    if (best) fixed = fixed.replace(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'gu'), best);
  }
  return fixed;
}

// More unknown words than this in one question are not guessed at; past the second cap, not corrected at all
// (a pasted page of a foreign language would send every slip of every word to the index).
const MAX_GUESSED = 2;
const MAX_CORRECTED = 20;

// A word the spelling dictionary knows, or a name it knows ("francis"): no slip.
const knownToSpelling = (word: string, dictionary: SpellingDictionary) =>
  dictionary.isWord(word) || dictionary.isName(word);

// Two words both dictionaries know written as one ("nightshift", "healthcard"): maybe no slip, so only the
// commonest slips are read ("pasword" is "password", but "nightshift" is no "nightshirt"). Parts of four letters
// or more: Hunspell knows fragments ("den", "tel", "rel") that would make "dentel" two words.
function isCompound(word: string, dictionary: SpellingDictionary): boolean {
  const known = (part: string) => dictionary.isWord(part) && isDictionaryWord(part);
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++)
    if (known(word.slice(0, i)) && known(word.slice(i))) return true;
  return false;
}

const MIN_PART = 4;

// Whether most of a question's words are English ("combien de jours" is not: "combien" is no slip of "combine").
// A name is no word of any language: "how much salpary does Ashok Rajendran get?" is English.
function mostlyEnglish(question: string, dictionary: SpellingDictionary): boolean {
  const words = (question.match(/\p{L}{2,}/gu) ?? [])
    .filter((w, i) => i === 0 || !/^\p{Lu}\p{Ll}/u.test(w))
    .map((w) => w.toLowerCase());
  const english = words.filter((w) => stopWords.has(w) || dictionary.isWord(w)).length;
  return english >= words.length * MIN_ENGLISH_SHARE;
}

const MIN_ENGLISH_SHARE = 0.6;

interface SlipCandidate {
  word: string;
  /** Its term as the index holds it. */
  term: string;
  /** A wrong key hit: trusted only as a word the spelling dictionary knows. */
  wrongKey: boolean;
}

// The words a typed word may be a slip of. A wrong key is guessed at only in a word read as a 'guess'; in one
// that may be two words joined, only a key hit as well as the one beside it ("pawssword", "meedting"): a key
// hit instead would read "healthcard" as "healthcare".
function slipCandidates(word: string, reading: Reading): SlipCandidate[] {
  const candidate = (w: string, wrongKey: boolean): SlipCandidate => ({ word: w, term: termOf(w), wrongKey });
  const wrongKeys = reading === 'plain' || word.length < MIN_WRONG_KEY ? [] : wrongKeysOf(word);
  // In a word that may be two joined, one vowel for another is still a slip: "passanger" is "pass" and "anger", and
  // "passenger" meant.
  const read =
    reading === 'guess' ? wrongKeys : wrongKeys.filter((w) => w.length < word.length || vowelFor(word, w));
  return [...slipsOf(word).map((w) => candidate(w, false)), ...read.map((w) => candidate(w, true))];
}

// Whether `other` is `word` with one vowel written for another.
function vowelFor(word: string, other: string): boolean {
  if (other.length !== word.length) return false;
  const at = [...word].findIndex((c, i) => c !== other[i]);
  return at >= 0 && VOWELS.has(word[at]!) && VOWELS.has(other[at]!);
}

const VOWELS = new Set('aeiou');

// How a word is read: 'guess' for any slip (a wrong key only into an English word, else the commonest English
// word); 'words only' for a word that may be two joined ("healthcard" is no "healthcared", whose stem the base
// has); 'plain' for the commonest slips as the base uses them, in a question that is mostly not English.
type Reading = 'guess' | 'words only' | 'plain';

// The slip the base uses most. A wrong key makes a word that shares a stem with the base's words by chance
// ("sharesave" as "sharesive", read as "share"): such a slip must be a word the spelling dictionary knows.
function bestSlip(
  word: string,
  candidates: SlipCandidate[],
  count: (c: SlipCandidate) => number,
  dictionary: SpellingDictionary,
  reading: Reading,
): string | undefined {
  const wordTerm = termOf(word);
  const ranked = candidates
    .map((c) => ({ ...c, n: count(c) }))
    .filter((c) => c.n > 0 && !sameWord(c, wordTerm))
    // As often used, a word the spelling dictionary knows first: "personsl" is "personal", not "personsal",
    // whose stem ("persons") the base has too.
    .sort((a, b) => b.n - a.n || Number(dictionary.isWord(b.word)) - Number(dictionary.isWord(a.word)));
  const mustBeWord = (c: SlipCandidate) => c.wrongKey || reading === 'words only';
  // A name the dictionary knows counts too: "janiary" is "January".
  const used = ranked.find((c) => !mustBeWord(c) || knownToSpelling(c.word, dictionary))?.word;
  if (used || reading !== 'guess' || word.length < MIN_DICTIONARY_SLIP) return used;
  return commonestSlip(candidates, dictionary);
}

// No slip the base uses: a slip of an English word ("bfeore", "computre", "automobiel") is read as that word,
// so that a word the asker only mistyped is not taken for a topic the base lacks. A function word first, else
// the word WordNet gives the most senses, the commonest.
function commonestSlip(candidates: SlipCandidate[], dictionary: SpellingDictionary): string | undefined {
  const words = [...new Set(candidates.map((c) => c.word))].filter((w) => dictionary.isWord(w));
  const functionWord = words.find((w) => stopWords.has(w));
  if (functionWord) return functionWord;
  return words.map((w) => ({ w, n: senseCount(w) })).sort((a, b) => b.n - a.n)[0]?.w;
}

// A candidate's term as the index holds it: in its American spelling, stemmed ("organisation": "organ").
const termOf = (word: string) => stem(americanSpelling(word));

// A slip that is the word itself once stemmed: the base's count of a stem reads it as its own stem again, so
// "quicklye" (stem "quickly", read again "quickli") would be counted as "quickly" and replace it.
const sameWord = (slip: SlipCandidate, wordTerm: string) =>
  slip.term === wordTerm || stem(slip.term) === wordTerm;

// A word of letters the base never uses and the dictionary does not know, in its own form, without a plural
// "s" or as its stem (a capitalised word is a name: the base may cover it under a wider heading).
function isUnknown(word: string, stats: TermStats): boolean {
  if (word.length < MIN_LENGTH || /^\p{Lu}/u.test(word)) return false;
  // A word written with an accent is another language's ("mariée"), whose slips English ones cannot tell: read as
  // a slip, it became "mardiée", counted as the base's "mardi".
  if (/[^\p{ASCII}]/u.test(word)) return false;
  const terms = contentTerms(word);
  if (terms.length !== 1 || isNumberTerm(terms[0]!) || stats.df(terms[0]!) > 0) return false;
  // A word the thesaurus lists as written ("wantoks", "buai") is a wording of its own, not a slip of a word the base
  // uses; a slip that only stems like one ("boking", "referal") is still a slip.
  if (isThesaurusWord(word)) return false;
  // A form of a word the dictionary knows ("tipping" of "tip", "longest" of "long", the verb "spend") is that
  // word, not a slip of another ("tripping", "longes", "speed").
  const lower = word.toLowerCase();
  return !isDictionaryWord(lower) && lowerParts(lower).size === 0;
}

/**
 * The question with chat shorthand read as the words it stands for ("how many r veggie evry week" as "how many
 * are veggie every week", "b4" as "before"): only lower-case shorthand, a whole word (not "U.S." or "R&D"), and
 * not one the knowledge base itself uses (`used`, given a stem).
 */
export function withChatSpellings(question: string, used: (stem: string) => boolean = () => false): string {
  return question
    .replace(CHAT_SHORTHAND, (word) => (used(stem(word)) ? word : (CHAT_SPELLINGS[word] ?? word)))
    .replace(YEAR_SHORTHAND, '$1 year');
}

// "this yr", "per yr", "3 yr": a year, after a word that counts or names one; elsewhere "yr" is chat for "your"
// ("update yr bank details").
const YEAR_SHORTHAND = /\b(this|last|next|per|a|each|every|\d+)\s+yr\b/gi;

const CHAT_SHORTHAND = new RegExp(
  `(?<![\\p{L}\\p{N}&'’.-])(?:${Object.keys(CHAT_SPELLINGS).join('|')})(?![\\p{L}\\p{N}&'’-]|\\.\\p{L})`,
  'gu',
);
