/**
 * @module How text becomes lexical terms, for documents and queries alike: normalised equivalents of dates
 * and amounts appended (normalise/), then words, stop words dropped, stemmed. The in-memory engine indexes
 * these terms; FTS5 is given the same text with its equivalents and stems on its own (porter).
 */
import { queryTerms, tokenize } from '../../core/index.js';
import { NORMALISE_VERSION, withEquivalents } from '../normalise/index.js';

/** The terms of a text as the in-memory engine indexes and searches them. */
export function analyze(text: string): string[] {
  return tokenize(withEquivalents(text));
}

/** What one FTS5 column holds for `text`: the text and its normalised equivalents. */
export function ftsColumnText(text: string): string {
  return withEquivalents(text);
}

/** The words of a query for FTS5 (which stems them itself), with the query's normalised equivalents. */
export function ftsQueryWords(query: string): string[] {
  return [...new Set(queryTerms(withEquivalents(query)))];
}

/**
 * Names what indexed text is made of. A snapshot or FTS5 table written under another name holds text of
 * another format and is rebuilt, never searched with queries analysed differently.
 */
export function analysisFormat(): string {
  return `normalise-${NORMALISE_VERSION}`;
}
