/**
 * @module How text becomes lexical terms, for documents and queries alike: normalised equivalents of dates
 * and amounts appended (normalise/), and English words for text in another language (crosslingual/), then
 * words, stop words dropped, stemmed (Porter, or Porter joined with derivations). The in-memory engine
 * indexes these terms; FTS5 is given the text with its equivalents and stems on its own (porter), so a
 * derivational stem that differs from Porter's is added as a word of its own.
 */
import {
  americanWordsOf,
  queryTerms,
  stem,
  TOKENIZE_VERSION,
  tokenize,
  withDepartmentIT,
} from '../../core/index.js';
import { GLOSSARY_VERSION, withGlosses } from '../crosslingual/index.js';
import { NORMALISE_VERSION, withEquivalents } from '../normalise/index.js';
import { derivationalStem } from './derivational-stem.js';

export type Stemming = 'porter' | 'derivational';

/** How a knowledge base's text is analysed. */
export interface Analyzer {
  /**
   * Names what indexed text is made of. A snapshot or FTS5 table written under another format is rebuilt,
   * never searched with queries analysed differently.
   */
  readonly format: string;
  /** The terms of a text as the in-memory engine indexes and searches them. */
  terms(text: string): string[];
  /** What one FTS5 column holds for `text`. */
  ftsColumn(text: string): string;
  /** The words of a query for FTS5 (which stems them itself). */
  ftsQuery(query: string): string[];
}

/** The analyzer for a stemming choice. */
export function createAnalyzer(stemming: Stemming): Analyzer {
  const derivational = stemming === 'derivational';
  const stemWord = derivational ? derivationalStem : stem;
  // Derivational stems FTS5's Porter would not reach, as words of their own (none under Porter).
  const extraStems = (text: string): string[] => {
    if (!derivational) return [];
    const out: string[] = [];
    for (const w of queryTerms(text)) {
      const extra = extraStem(w);
      if (extra) out.push(extra);
    }
    return out;
  };
  return {
    format: `tokenize-${TOKENIZE_VERSION};normalise-${NORMALISE_VERSION};gloss-${GLOSSARY_VERSION};${stemming}`,
    terms: (text) => tokenize(indexed(text), stemWord),
    ftsColumn(text) {
      const full = indexed(text);
      // FTS5 reads the text itself: a British spelling's American one is written beside it, as queries read it.
      const extra = [...extraStems(full), ...americanWordsOf(full)];
      return extra.length ? `${full}\n${extra.join(' ')}` : full;
    },
    ftsQuery(query) {
      const full = withEquivalents(query);
      return [...new Set([...queryTerms(full), ...extraStems(full)])];
    },
  };
}

// What is indexed of a text: the text, its dates and amounts in other forms, and English words for what it
// says in another language (so an English question finds the German site notes).
// "IT" the department is marked here too, for FTS5, which reads the column's text itself.
const indexed = (text: string) => withDepartmentIT(withGlosses(withEquivalents(text)));

// The derivational stem of a word where it differs from Porter's, else '' (memoised: ingest asks per word).
function extraStem(word: string): string {
  let extra = extraStems.get(word);
  if (extra === undefined) {
    const d = derivationalStem(word);
    extra = d !== stem(word) ? d : '';
    if (extraStems.size > 200_000) extraStems.clear(); // bounded, like the stems' own memos
    extraStems.set(word, extra);
  }
  return extra;
}

const extraStems = new Map<string, string>();
