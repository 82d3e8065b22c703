/**
 * @module Limits said without the word "maximum": "up to 35 hours", "no more than 2 nights", "at least 3 days".
 * A question asks for "the max banked overtime" or "the minimum notice"; the sentence that answers says how far
 * a figure may go. The words of the bound ("maximum", "minimum") are written beside the figure, so a question's
 * wording finds it. Only before a figure: "up to you" and "at least once" bound nothing.
 */

// A figure after the bound's words: a number, or a currency's sign or code and then one ("up to £250", "up to
// SGD 300").
const FIGURE = String.raw`(?:\p{Sc}\s?|[A-Z]{3}\s?)?\d`;

const NEARING = String.raw`coming|getting|going|leading|running|counting|add|adds|added|adding|built|building`;

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

// The phrases before a figure, in lower case or opening a sentence; case-sensitive, so "the 5" is no code. Not
// after a word of drawing near: "coming up to 30 years" and "adds up to 10" are no limit.
function boundBefore(phrases: string[]): RegExp {
  const either = (p: string) => `[${p[0]!.toUpperCase()}${p[0]}]${p.slice(1)}`;
  return new RegExp(
    String.raw`(?<!\p{L})(?<!(?:${NEARING})\s+)(?:${phrases.map(either).join('|')})\s+${FIGURE}`,
    'u',
  );
}

/** The words of the bounds `text` states on a figure: "maximum limit" for one from above, "minimum" from below. */
export function boundWords(text: string): string[] {
  const out: string[] = [];
  if (UPPER.test(text)) out.push('maximum', 'max', 'limit');
  if (LOWER.test(text)) out.push('minimum');
  return out;
}
