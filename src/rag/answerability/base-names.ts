/**
 * @module Names a question typed without capitals shares with the knowledge base ("is there parking at
 * bellshill?"): the base writes "Bellshill" capitalised wherever it says it, so the question is read with it
 * capitalised too, as the place and name checks expect; and its acronyms and codes ("loto", "s2") in capitals, as
 * the checks that read codes expect. No dictionary knows a company's site names or its grades.
 */
import { stopWords, tokenize } from '../../core/index.js';
import type { KnowledgeIndex } from '../knowledge-index.js';
import { dictionaryCase } from '../wordnet/index.js';
import type { TermStats } from './assess.js';
import { writtenWithoutCapitals } from './capitals.js';
import { isChatWord } from './chat-words.js';

// Passages read for each word, and words looked up: a question names few places, and each is one more search.
const PASSAGES_READ = 5;
const MAX_WORDS = 4;

/**
 * The question with each word capitalised that the knowledge base writes only capitalised, and at least once
 * where a sentence does not start ("the Bellshill site"), and each short word or code it writes only in capitals
 * in capitals ("LOTO", "S2"), when the question is written without capitals. Only words WordNet has in no case,
 * and codes, that the base uses (`stats`) are looked up: "parking" is a word, whatever a heading writes, and
 * "london" WordNet capitalises already (withNamesCapitalised).
 */
export async function withBaseNamesCapitalised(
  index: Pick<KnowledgeIndex, 'searchText'>,
  question: string,
  stats: TermStats,
): Promise<string> {
  if (!writtenWithoutCapitals(question)) return question;
  const coded = withCodesInCapitals(question);
  const used = (word: string) => tokenize(word).some((t) => stats.df(t) > 0);
  const words = [...new Set(coded.match(LOWER_WORD) ?? [])]
    .filter((w) => mayBeName(w) && used(w))
    .slice(0, MAX_WORDS);
  if (!words.length) return coded;
  const written = await Promise.all(
    words.map(async (word) => {
      const hits = await index.searchText(word, { k: PASSAGES_READ });
      return {
        word,
        as: writtenAs(
          word,
          hits.map((h) => h.chunk.text),
        ),
      };
    }),
  );
  let read = coded;
  for (const { word, as } of written)
    if (as)
      read = read.replace(wordPattern(word), (w) => (as === 'acronym' ? w.toUpperCase() : capitalised(w)));
  return read;
}

// A grade, a form or a room by letters and a number ("s2", "p60", "cr-j7") is written in capitals, whether or not
// the base names it: the check that a base's series holds it ("S1 but never S2") reads capitals. Not a unit.
const withCodesInCapitals = (question: string) =>
  question.replace(LOWER_CODE, (code) => (UNITS.has(code) ? code : code.toUpperCase()));
const LOWER_CODE = /(?<![\p{L}\d-])\p{Ll}{1,3}(?:-\p{Ll})?\d{1,2}(?![\p{L}\d-])/gu;
const UNITS = new Set(['m2', 'm3', 'km2', 'cm2', 'cm3', 'co2', 'h2', 'o2', 'mp3', 'mp4', 'g7', 'g20']);

// A word of letters: a name or an acronym ("bellshill", "loto", "itr"); codes are in capitals already.
const LOWER_WORD = /(?<![\p{L}\d-])\p{Ll}{3,}(?![\p{L}\d-])/gu;

// A word WordNet has in no case and chat does not use ("pls", "whats"), and no stop word.
function mayBeName(word: string): boolean {
  return !stopWords.has(word) && !isChatWord(word) && dictionaryCase(word) === 'unknown';
}

const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);

// The word is letters only (LOWER_WORD): nothing in it needs escaping.
const wordPattern = (word: string) => new RegExp(`(?<![\\p{L}\\d-])${word}(?![\\p{L}\\d-])`, 'giu');

// How the passages write the word, when never in lower case (an address or a file name, "reservations.harrogate@…",
// is no sentence): as a name when capitalised at least once past a sentence's start ("the Bellshill depot"); as an
// acronym or a code when only in capitals ("LOTO", "ITR", "S2"), if it is short (a longer word in capitals is a
// heading's, "KELVINGATE"); else not at all.
function writtenAs(word: string, texts: string[]): 'name' | 'acronym' | undefined {
  const kinds = texts.flatMap((text) => [...text.matchAll(wordPattern(word))].map((m) => kindOf(text, m)));
  if (kinds.includes('lower')) return undefined;
  if (kinds.includes('inside')) return word.length >= MIN_NAME ? 'name' : undefined;
  return kinds.includes('capitals') && word.length <= MAX_ACRONYM ? 'acronym' : undefined;
}

// How one occurrence writes the word: in an address (not counted), in lower case, in capitals, or capitalised at
// a sentence's start or inside one.
function kindOf(text: string, m: RegExpMatchArray): 'address' | 'lower' | 'capitals' | 'start' | 'inside' {
  const at = m.index ?? 0;
  if (inAddress(text, at, at + m[0].length)) return 'address';
  if (!/^\p{Lu}/u.test(m[0])) return 'lower';
  if (m[0] === m[0].toUpperCase()) return 'capitals';
  const before = text.slice(Math.max(0, at - 3), at);
  return at === 0 || /[.?!:]\s*$|^\s*$|\n\s*$/.test(before) ? 'start' : 'inside';
}

const MIN_NAME = 4;
const MAX_ACRONYM = 5;

const inAddress = (text: string, start: number, end: number) =>
  /[.@/_-]/.test(text[start - 1] ?? '') || /^[@._/-][\p{L}\d]/u.test(text.slice(end, end + 2));
