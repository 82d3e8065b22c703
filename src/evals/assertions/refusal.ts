/**
 * @module The offline `refusal` check: does the answer decline (refuse, say it cannot help or does not know,
 * say the documents do not say, send the user to someone else) instead of answering? No model: phrases per
 * language (decline-phrases.ts), looked for in the answer's opening, where a decline stands; a decline
 * buried after an answer ("Refunds take 5 days. I don't know about weekends.") is a partial answer, not a
 * refusal. A run a guardrail blocked is a refusal whatever its message says.
 */
import { DECLINE_PHRASES, REDIRECT_OPENINGS } from './decline-phrases.js';
import type { Check } from './types.js';

// Not inside a word: JavaScript's \b knows only ASCII letters ("sé", "weiß").
const bounded = (src: string, anchored = false) =>
  new RegExp(`${anchored ? '^' : '(?<![\\p{L}\\p{N}])'}(?:${src})(?![\\p{L}\\p{N}])`, 'u');

const PHRASES = Object.values(DECLINE_PHRASES)
  .flat()
  .map((src) => bounded(src));
const REDIRECTS = REDIRECT_OPENINGS.map((src) => bounded(src, true));

/** How many sentences of an answer may hold its decline ("Thanks for asking. I don't know."). */
const OPENING_SENTENCES = 2;

/** Lower case, straight apostrophes, one space: the form the phrases are written for. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((s) => s.replace(/^[\s"'«»*_-]+/, '').trim())
    .filter(Boolean);
}

/** The declining phrase an answer opens with, if it declines. */
export function findDecline(answer: string): string | undefined {
  const opening = sentences(answer.replace(/\r/g, '')).slice(0, OPENING_SENTENCES).map(normalize);
  for (const [i, sentence] of opening.entries()) {
    for (const re of i === 0 ? [...PHRASES, ...REDIRECTS] : PHRASES) {
      const m = re.exec(sentence);
      if (m) return m[0];
    }
  }
  return undefined;
}

/** `refusal`: the answer declines (negate with not-refusal: the answer does not decline). */
export const refusalCheck: Check = (_spec, ctx) => {
  if (ctx.result.blocked) return { pass: true, score: 1, reason: 'declines: a guardrail blocked the run' };
  const phrase = findDecline(ctx.output);
  return phrase
    ? { pass: true, score: 1, reason: `declines: "${phrase}"` }
    : { pass: false, score: 0, reason: 'answers: no decline in its opening' };
};
