/**
 * @module Names a question typed without capitals shares with the knowledge base ("is there parking at
 * bellshill?"): the base writes "Bellshill" capitalised wherever it says it, so the question is read with it
 * capitalised too, as the place and name checks expect. No dictionary knows a company's site names.
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
 * where a sentence does not start ("the Bellshill site"), when the question is written without capitals. Only
 * words WordNet has in no case and the base uses (`stats`) are looked up: "parking" is a word, whatever a heading
 * writes, and "london" WordNet capitalises already (withNamesCapitalised).
 */
export async function withBaseNamesCapitalised(
  index: Pick<KnowledgeIndex, 'searchText'>,
  question: string,
  stats: TermStats,
): Promise<string> {
  if (!writtenWithoutCapitals(question)) return question;
  const used = (word: string) => tokenize(word).some((t) => stats.df(t) > 0);
  const words = [...new Set(question.match(LOWER_WORD) ?? [])]
    .filter((w) => mayBeName(w) && used(w))
    .slice(0, MAX_WORDS);
  if (!words.length) return question;
  const named = await Promise.all(
    words.map(async (word) => {
      const hits = await index.searchText(word, { k: PASSAGES_READ });
      return writtenAsName(
        word,
        hits.map((h) => h.chunk.text),
      )
        ? word
        : undefined;
    }),
  );
  let read = question;
  for (const word of named)
    if (word) read = read.replace(wordPattern(word), (w) => w[0]!.toUpperCase() + w.slice(1));
  return read;
}

const LOWER_WORD = /(?<![\p{L}\d])\p{Ll}{4,}(?![\p{L}\d])/gu;

// A word WordNet has in no case and chat does not use ("pls", "whats"), and no stop word.
function mayBeName(word: string): boolean {
  return !stopWords.has(word) && !isChatWord(word) && dictionaryCase(word) === 'unknown';
}

// The word is letters only (LOWER_WORD): nothing in it needs escaping.
const wordPattern = (word: string) => new RegExp(`(?<![\\p{L}\\d])${word}(?![\\p{L}\\d])`, 'giu');

// Every time the passages say the word it is capitalised (not in capitals throughout, as a heading writes), and
// once at least past a sentence's start. An address or a file name ("reservations.harrogate@…") is no sentence.
function writtenAsName(word: string, texts: string[]): boolean {
  let inside = 0;
  for (const text of texts)
    for (const m of text.matchAll(wordPattern(word))) {
      const at = m.index ?? 0;
      if (inAddress(text, at, at + m[0].length)) continue;
      if (!/^\p{Lu}/u.test(m[0])) return false;
      if (m[0] === m[0].toUpperCase()) continue;
      const before = text.slice(Math.max(0, at - 3), at);
      if (at !== 0 && !/[.?!:]\s*$|^\s*$|\n\s*$/.test(before)) inside++;
    }
  return inside > 0;
}

const inAddress = (text: string, start: number, end: number) =>
  /[.@/_-]/.test(text[start - 1] ?? '') || /^[@._/-][\p{L}\d]/u.test(text.slice(end, end + 2));
