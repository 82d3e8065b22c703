/**
 * @module Limits said without the word "maximum": "up to 35 hours", "no more than 2 nights", "at least 3 days".
 * A question asks for "the max banked overtime" or "the minimum notice"; the sentence that answers says how far
 * a figure may go. The words of the bound ("maximum", "minimum") are written beside the figure, so a question's
 * wording finds it. Only before an amount or a count: "up to you", "at least once", "up to 31 March 2026", "up to
 * 5pm" and "from 2019 up to 2024" bound nothing a question calls a maximum.
 */
import { CURRENCIES } from './currencies.js';
import { MONTH_PATTERN } from './month-names.js';

// A currency's sign or code before the figure ("up to £250", "up to SGD 300"), in lower case: the text is read so.
const CODES = CURRENCIES.flatMap((c) => [c.code.toLowerCase(), ...c.before.filter((s) => s.length > 1)]);
const MONEY = String.raw`(?:\p{Sc}\s?|(?:${CODES.map((c) => c.replace(/[.$]/g, '\\$&')).join('|')})\s?)`;
// A figure that is no day, time of day or year: not "31 March", "5pm", "17:00" or "2024".
const FIGURE = String.raw`${MONEY}?(?!(?:19|20)\d\d(?![\d,.]|\s*(?:hours|days|words|km|miles|metres|meters|kg)))\d[\d,.]*(?!\s*(?:am|pm|a\.m|p\.m|hrs|:\d|${MONTH_PATTERN}))(?![\d\p{L}])`;

// Words of drawing near or of adding up, after which "up to" is no limit: "coming up to 30 years", "it came up to
// $45", "adds up to 10", "grew up to 40".
const NEARING =
  'come|comes|came|coming|get|gets|got|getting|go|goes|going|went|lead|leads|leading|run|runs|ran|running|count|counts|counting|add|adds|added|adding|build|builds|built|building|sum|sums|summed|total|totals|totalled|totaled|grow|grows|grew|growing|climb|climbs|climbed|rise|rises|rose|rising|open|opens';

const UPPER = boundBefore([
  'up to',
  'no more than',
  'not more than',
  'at most',
  'not exceed',
  'not to exceed',
  'not exceeding',
  'capped at',
  'limited to',
  'a cap of',
]);
const LOWER = boundBefore(['at least', 'no less than', 'not less than', 'no fewer than', 'not fewer than']);

// The phrases before a figure, in any case ("UP TO 35 HOURS"), not after a word of drawing near.
function boundBefore(phrases: string[]): RegExp {
  return new RegExp(
    String.raw`(?<![\p{L}])(?<!\b(?:${NEARING})\s+)(?:${phrases.join('|')})\s+${FIGURE}`,
    'u',
  );
}

/** The words of the bounds `text` states on a figure: "maximum limit" for one from above, "minimum" from below. */
export function boundWords(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  if (UPPER.test(lower)) out.push('maximum', 'max', 'limit');
  if (LOWER.test(lower)) out.push('minimum');
  return out;
}
