/**
 * @module A year asked of ("What PF profit rate was declared for 2028?") must be one the passages about it state
 * their figures for: when every sentence about the topic that gives a figure says it is another year's ("The rate
 * declared for 2027 was 9.25%"), the knowledge base does not yet say the year asked about. A sentence that gives
 * a figure for no year ("You get 20 days of leave a year") applies to any year, and answers.
 */
import { splitSentences } from '../../core/index.js';
import { MONTH_PATTERN } from '../normalise/index.js';
import { covered, type Judged, SENTENCE_SHARE } from './judged.js';
import { expectedAnswerType, isNumberTerm, questionContext } from './question.js';

/** Why no passage about the part gives its figure for the year it asks about; undefined when one does. */
export function yearNotStated(part: string, terms: string[], c: Judged): string | undefined {
  // "Is the rate still the same in 2027?" asks whether a figure holds on, which a figure from before answers.
  if (expectedAnswerType(part) === 'yes-no') return undefined;
  const asked = [...questionContext(part).asked.matchAll(BARE_YEAR)].map((m) => m[1]!);
  if (asked.length !== 1) return undefined;
  const year = asked[0]!;
  const topic = terms.filter((t) => !isNumberTerm(t));
  if (!topic.length) return undefined;
  const best = Math.max(...c.sets.map((set) => covered(topic, set, c.weight)));
  const figures = c.passages.flatMap((p, n) =>
    piecesOf(p.text).filter(
      (s) =>
        covered(topic, c.wordsOf(`${p.title ?? ''} ${s}`, c.languages[n]!), c.weight) >=
          best * SENTENCE_SHARE && givesFigure(s),
    ),
  );
  if (!figures.length) return undefined;
  // A year a figure applies from ("Hourly rates from 1 April 2026") holds for the years after it too.
  const years = figures.map((s) => [...s.replace(FROM_YEAR, ' ').matchAll(ANY_YEAR)].map((m) => m[0]));
  if (!years.every((ys) => ys.length > 0 && !ys.includes(year))) return undefined;
  const stated = [...new Set(years.flat())].sort().join(', ');
  return `the passages about "${part.replace(/[?.!]+$/, '')}" give figures for ${stated}, not ${year}`;
}

// The month names the index reads, as it reads them.
const MONTHS = MONTH_PATTERN;
// A year asked of on its own ("for 2028", "in 2028", "2028's", "2028 sal"), not a day's ("1 July 2028", "02.09.2028")
// nor a month's ("March 2027"), whose figure a yearless sentence may still give.
const BARE_YEAR = new RegExp(`(?<![\\d/.-]|\\b(?:${MONTHS})\\.?\\s)((?:19|20)\\d\\d)(?![/.-]?\\d)`, 'gi');
const ANY_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
const FROM_YEAR =
  /\b(?:from|since|effective|w\.e\.f\.?|with effect from|starting)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b/gi;

// The sentences of a passage, a run of list items ("- Member: 10% … - Profit is credited…") item by item: each
// item says its own figure.
const piecesOf = (text: string) => splitSentences(text).flatMap((s) => s.split(/\s+[-–•]\s+(?=\p{Lu})/u));

// A figure beside the years and days a sentence names: an amount, a rate, a count ("9.25%", "Tk 600", "3 days").
function givesFigure(sentence: string): boolean {
  const rest = sentence
    .replace(DAY_AND_MONTH, ' ')
    .replace(NUMERIC_DAY, ' ')
    .replace(ANY_YEAR, ' ')
    .replace(CLOCK, ' ');
  return /\d/.test(rest);
}

const DAY_AND_MONTH = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b|\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
  'gi',
);
const NUMERIC_DAY = /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b/g;
const CLOCK = /\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)/gi;
