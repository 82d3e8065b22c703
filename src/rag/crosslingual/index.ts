/**
 * @module English words for text in another language: a knowledge base with site notes in German, French,
 * Spanish, Portuguese, Italian or Dutch is searched and checked with an English question through a general
 * workplace glossary ("Essenszuschuss" is also "meal" and "subsidy"). Only text written in one of those
 * languages is glossed, and only with that language's words, so an English page is never read as another.
 */
import { foldedWords, glossWords } from './glossary.js';
import { languagesOf } from './language.js';

export type { GlossLanguage } from './language.js';
export { languagesOf } from './language.js';

/**
 * Increases whenever the glossary or its matching changes: a lexical index built with another version holds
 * other glosses and must be rebuilt.
 */
export const GLOSSARY_VERSION = 1;

/** The English words for what `text` says in another language ('' for English text), each word once. */
export function englishGlosses(text: string, languages = languagesOf(text)): string {
  if (!languages.length) return '';
  const words = foldedWords(text);
  const have = new Set(words);
  const out = new Set<string>();
  for (const lang of languages) for (const w of glossWords(words, lang)) if (!have.has(w)) out.add(w);
  return [...out].join(' ');
}

/** `text` followed by the English words for what it says in another language (for indexing and matching). */
export function withGlosses(text: string, languages = languagesOf(text)): string {
  const extra = englishGlosses(text, languages);
  return extra ? `${text}\n${extra}` : text;
}
