import { tokenize } from '../../core/index.js';
import type { TermStats } from './assess.js';
import { placeSearchWords } from './places.js';
import { contentTerms, isNumberTerm } from './question.js';
import { alternativesOf, phrasesIn } from './synonyms.js';

/**
 * The query with other wordings of the words the knowledge base never uses ("vacation" also searched as
 * "holiday" and "leave" when the documents say those; the three it uses most): a question in the reader's words still finds the
 * passage in the writer's. Words the base does use are left alone, so precision does not suffer. A place is
 * searched by the regions it lies in when the base never names it ("Europe" for Milan), and by the places
 * inside it when the base rarely does ("Graz" for "the Austrian office").
 */
export function expandUnknownWords(query: string, stats: TermStats): string {
  const extra: string[] = [];
  const terms = contentTerms(query);
  // A phrase is spelled within a sentence: "a stat? asking because my holiday is booked" says no "stat holiday".
  const spelledIn = query.split(/[.?!]+/).flatMap((s) => [...tokenize(s), '|']);
  for (const term of terms) {
    // A number is no word to say otherwise, unless the thesaurus knows it as one ("401k" is a pension).
    if (stats.df(term) > 0 || (isNumberTerm(term) && !alternativesOf(term).length)) continue;
    for (const alt of mostUsed(alternativesOf(term, spelledIn), stats)) extra.push(alt.join(' '));
  }
  // A phrase with a word the base never uses ("dunk test", "gumby suit"): its other wordings the base uses.
  for (const phrase of phrasesIn(tokenize(query)))
    if (phrase.words.some((w) => stats.df(w) === 0))
      for (const alt of mostUsed(phrase.alternatives, stats).slice(0, 1)) extra.push(alt.join(' '));
  extra.push(...placeSearchWords(query, stats.df, stats.chunks));
  return extra.length ? `${query} ${[...new Set(extra)].join(' ')}` : query;
}

// The wordings the base uses, its most used first, and only a few: every wording of "hol" ("vacation",
// "annual leave", "time off", "paid time off", "day off"…) would outweigh the rest of the question ("Boxing
// Day") and find the leave policy instead of the calendar (tuned on the development sets: one wording lost answers,
// two lost one, three none).
function mostUsed(alternatives: string[][], stats: TermStats): string[][] {
  return alternatives
    .filter((alt) => alt.every((w) => stats.df(w) > 0))
    .map((alt) => ({ alt, df: Math.min(...alt.map(stats.df)) }))
    .sort((a, b) => b.df - a.df)
    .slice(0, MAX_WORDINGS)
    .map(({ alt }) => alt);
}

const MAX_WORDINGS = 3;
