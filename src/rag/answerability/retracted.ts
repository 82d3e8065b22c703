/**
 * @module What a message takes back from the conversation before it: "I wrote Family, but it's the Classic I'm
 * looking at", "not the ice packs — the sheet inside", "forget switching", "scratch the download". The words taken
 * back would otherwise find, and be answered from, passages about what the asker no longer means.
 */
import { escapeRegExp, tokenize } from '../../core/index.js';

// A word or a few after a marker of taking back, to the end of its phrase: "I said/wrote/typed X, but I meant…",
// "sorry, not (the) X —", "Not the X, the Y" where a clause opens (not "not working, what now?", "Not a member, can
// I…"), "forget (about) (the) X" and "scratch the X" as a clause of their own ("I forget my password", "forget my
// password" and "scratch card" take back nothing). Not "instead of X" or "rather than X": they ask for another.
const TAKEN_BACK = new RegExp(
  [
    String.raw`\bI (?:said|wrote|typed|put)\s+((?:[\p{L}\p{N}'’-]+\s+){0,3}?[\p{L}\p{N}'’-]+)\s*,?\s+but\s+(?=I\s+(?:really\s+)?(?:meant|mean)\b|it['’]s\b|it\s+is\b|really\b|actually\b|that\s+(?:was|is)\b)`,
    String.raw`\b(?:sorry|oops|actually|wait|no)[,!]?\s+not\s+(?:the\s+|a\s+|an\s+|my\s+)?((?:[\p{L}\p{N}'’-]+\s+){0,2}?[\p{L}\p{N}'’-]+)\s*(?=[,—–;]|\s-\s)`,
    String.raw`(?:^|[.;:!?—–]\s*)not\s+(?:the|a|an|my)\s+((?:[\p{L}\p{N}'’-]+\s+){0,2}?[\p{L}\p{N}'’-]+)\s*(?:[,—–;]|\s-\s)\s*(?=(?:the|a|an|my|I\s+meant|it['’]s|but)\b)`,
    String.raw`(?:^|[.!?;,—–]\s*)(?:forget\s+(?!(?:my|your|our)\b)(?:about\s+)?(?:the\s+|that\s+)?|scratch\s+(?:the|that|this)\s+)((?:[\p{L}\p{N}'’-]+\s+){0,2}?[\p{L}\p{N}'’-]+)\s*(?=[,—–;]|\s-\s)`,
  ].join('|'),
  'giu',
);

// "that" and "it" take back what was said without naming it: nothing to strike.
const NAMES_NOTHING = /^(?:that|it|this|those|them|one|bit|part|idea)$/i;

/** The words a message takes back ("Family" in "I wrote Family, but…"), lower-cased; none when it takes back nothing. */
export function wordsTakenBack(message: string): string[] {
  const words: string[] = [];
  for (const m of message.matchAll(TAKEN_BACK)) {
    const phrase = (m.slice(1).find((g) => g !== undefined) ?? '').trim();
    if (!phrase || NAMES_NOTHING.test(phrase)) continue;
    // What the message says after it keeps its words: "not the card, the gift card" takes back no "card".
    const after = new Set(tokenize(message.slice(m.index + m[0].length)));
    for (const w of phrase.toLowerCase().split(/\s+/))
      if (!NAMES_NOTHING.test(w) && tokenize(w).length && !tokenize(w).every((t) => after.has(t)))
        words.push(w);
  }
  // Only words that say something: "I'd" and "the" in "I said I'd done it" take back nothing.
  return [...new Set(words)];
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
