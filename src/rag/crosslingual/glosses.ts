/**
 * @module English words for what a text says in another language: the glossary's words and phrases of the
 * text's own language, appended after the text (never in place of it), without English stop words.
 */
import { stopWords } from '../../core/index.js';
import { foldedWords, glossWords, namedDayFirstWords, namedDayWords } from './glossary.js';
import { languagesOf } from './language.js';

/**
 * Increases whenever the glossary or its matching changes: a lexical index built with another version holds
 * other glosses and must be rebuilt.
 */
export const GLOSSARY_VERSION = 7;

/**
 * The English words for what `text` says in another language, and for the holidays it names in one ("Corpo de
 * Deus"), each word once ('' when there are none).
 */
export function englishGlosses(text: string, languages = languagesOf(text)): string {
  // A holiday named in its own language is glossed in any text: an English calendar row says "Corpo de Deus".
  const namesDay = mayNameDay(text);
  if (!languages.length && !namesDay) return '';
  const words = foldedWords(text);
  const glossed = [
    ...languages.flatMap((lang) => glossWords(words, lang)),
    ...(namesDay ? namedDayWords(words) : []),
  ];
  if (!glossed.length) return '';
  const have = new Set(words);
  const out = new Set<string>();
  for (const w of glossed) if (!have.has(w) && !stopWords.has(w)) out.add(w);
  return [...out].join(' ');
}

// Named days are looked for only in a text with a capitalised word that opens one ("Corpo", "Jueves"), as a
// name is written: most text names none, and indexing reads every chunk, so the capitalised words alone are read.
let namedDayStarts: Set<string> | undefined;
function mayNameDay(text: string): boolean {
  namedDayStarts ??= new Set(namedDayFirstWords());
  for (const m of text.matchAll(CAPITALISED)) if (namedDayStarts.has(foldedWords(m[0])[0]!)) return true;
  return false;
}

const CAPITALISED = /\p{Lu}\p{Ll}+/gu;

/** `text` followed by the English words for what it says in another language (for indexing and matching). */
export function withGlosses(text: string, languages = languagesOf(text)): string {
  const extra = englishGlosses(text, languages);
  return extra ? `${text}\n${extra}` : text;
}
