/**
 * @module What a message takes back from the conversation before it: "I wrote Family, but it's the Classic I'm
 * looking at", "not the ice packs — the sheet inside", "forget switching", "scratch the download". The words taken
 * back would otherwise find, and be answered from, passages about what the asker no longer means.
 */
import { escapeRegExp, tokenize } from '../../core/index.js';

// A word or a few after a marker of taking back, to the end of its phrase: "I said/wrote/typed X, but", "sorry,
// not (the) X —", "Not the X —" where a clause opens (not "not working, what now?"), "instead of X", "rather than
// X", "forget (about) (the) X" and "scratch (the) X" as a clause of their own ("I forget my password, …" takes back
// nothing).
const TAKEN_BACK = new RegExp(
  [
    String.raw`\bI (?:said|wrote|typed|put|mentioned|told you)\s+((?:[\p{L}\p{N}'’-]+\s+){0,3}?[\p{L}\p{N}'’-]+)\s*,?\s+but\b`,
    String.raw`\b(?:sorry|oops|actually|wait|no)[,!]?\s+not\s+(?:the\s+|a\s+|an\s+|my\s+)?((?:[\p{L}\p{N}'’-]+\s+){0,2}?[\p{L}\p{N}'’-]+)\s*(?=[,—–;]|\s-\s)`,
    String.raw`(?:^|[.;:!?—–]\s*)not\s+(?:the|a|an|my)\s+((?:[\p{L}\p{N}'’-]+\s+){0,2}?[\p{L}\p{N}'’-]+)\s*(?=[,—–;]|\s-\s)`,
    String.raw`\b(?:instead of|rather than)\s+(?:the\s+|a\s+|an\s+|my\s+)?((?:[\p{L}\p{N}'’-]+\s+){0,2}?[\p{L}\p{N}'’-]+)(?=\s*[,.;:!?—–]|$)`,
    String.raw`(?:^|[.!?;,—–]\s*)(?:forget|scratch)\s+(?:about\s+)?(?:the\s+|that\s+)?((?:[\p{L}\p{N}'’-]+\s+){0,2}?[\p{L}\p{N}'’-]+)\s*(?=[,—–;]|\s-\s)`,
  ].join('|'),
  'giu',
);

// "that" and "it" take back what was said without naming it: nothing to strike.
const NAMES_NOTHING = /^(?:that|it|this|those|them|one|bit|part|idea)$/i;

/** The words a message takes back ("Family" in "I wrote Family, but…"), lower-cased; none when it takes back nothing. */
export function wordsTakenBack(message: string): string[] {
  const words = [...message.matchAll(TAKEN_BACK)]
    .map((m) => (m.slice(1).find((g) => g !== undefined) ?? '').trim())
    .filter((phrase) => phrase && !NAMES_NOTHING.test(phrase))
    .flatMap((phrase) => phrase.toLowerCase().split(/\s+/));
  // Only words that say something: "I'd" and "the" in "I said I'd done it" take back nothing.
  return [...new Set(words)].filter((w) => !NAMES_NOTHING.test(w) && tokenize(w).length > 0);
}

/** `text` without the words taken back, as whole words: what the conversation is about once corrected. */
export function withoutTakenBack(text: string, words: readonly string[]): string {
  if (!words.length) return text;
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\p{L}\p{N}])`,
    'giu',
  );
  return text.replace(pattern, ' ').replace(/[ \t]{2,}/g, ' ');
}
