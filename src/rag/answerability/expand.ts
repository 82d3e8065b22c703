import type { TermStats } from './assess.js';
import { placeSearchWords } from './places.js';
import { contentTerms, isNumberTerm } from './question.js';
import { alternativesOf } from './synonyms.js';

/**
 * The query with other wordings of the words the knowledge base never uses ("vacation" also searched as
 * "holiday" and "leave" when the documents say those): a question in the reader's words still finds the
 * passage in the writer's. Words the base does use are left alone, so precision does not suffer. A place is
 * searched by the regions it lies in when the base never names it ("Europe" for Milan), and by the places
 * inside it when the base rarely does ("Graz" for "the Austrian office").
 */
export function expandUnknownWords(query: string, stats: TermStats): string {
  const extra: string[] = [];
  for (const term of contentTerms(query)) {
    // A number is no word to say otherwise, unless the thesaurus knows it as one ("401k" is a pension).
    if (stats.df(term) > 0 || (isNumberTerm(term) && !alternativesOf(term).length)) continue;
    for (const alt of alternativesOf(term)) if (alt.every((w) => stats.df(w) > 0)) extra.push(alt.join(' '));
  }
  extra.push(...placeSearchWords(query, stats.df, stats.chunks));
  return extra.length ? `${query} ${[...new Set(extra)].join(' ')}` : query;
}
