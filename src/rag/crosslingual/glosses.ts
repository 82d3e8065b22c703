/**
 * @module English words for what a text says in another language: the glossary's words and phrases of the
 * text's own language, appended after the text (never in place of it), without English stop words.
 */
import { stopWords } from '../../core/index.js';
import { foldedWords, glossWords } from './glossary.js';
import { languagesOf } from './language.js';

/**
 * Increases whenever the glossary or its matching changes: a lexical index built with another version holds
 * other glosses and must be rebuilt.
 */
export const GLOSSARY_VERSION = 5;

/** The English words for what `text` says in another language ('' for English text), each word once. */
export function englishGlosses(text: string, languages = languagesOf(text)): string {
  if (!languages.length) return '';
  const words = foldedWords(text);
  const have = new Set(words);
  const out = new Set<string>();
  for (const lang of languages)
    for (const w of glossWords(words, lang)) if (!have.has(w) && !stopWords.has(w)) out.add(w);
  return [...out].join(' ');
}

/** `text` followed by the English words for what it says in another language (for indexing and matching). */
export function withGlosses(text: string, languages = languagesOf(text)): string {
  const extra = englishGlosses(text, languages);
  return extra ? `${text}\n${extra}` : text;
}
