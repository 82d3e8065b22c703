/**
 * @module A follow-up in a conversation ("And the Single one?", "What about at Bellshill?", "Can I pause it?")
 * says too little on its own to search or to judge by: it is read with the question it follows, as if both had
 * been asked at once, that question standing before it as context (so its words count less than the
 * follow-up's own). A question that says what it is about is read as it is.
 */
import { topicTerms } from './question.js';
import { isEverydayWord } from './word-roles.js';

/** The question as it reads in its conversation: `earlier` are the user's earlier turns, oldest first. */
export function withConversation(question: string, earlier: readonly string[]): string {
  const previous = earlier.at(-1)?.trim();
  if (!previous || !leansOnConversation(question)) return question;
  // Only the turn before, when it says something of its own ("And the Single one?" for "Can I pause it?"): the
  // more turns stand before the question, the more their words outweigh its own. One that says nothing of its
  // own ("Why?") is read with the turns before it.
  const before = ownTopic(previous).length ? previous : withConversation(previous, earlier.slice(0, -1));
  return `${asContext(before)} ${question.trim()}`;
}

/**
 * Whether a question leans on the one before it: it says nothing of its own topic ("Why?", "How much?"), or
 * says at most two words of it and opens as a follow-up does ("and…", "what about…") or points back ("it",
 * "that one", "there").
 */
export function leansOnConversation(question: string): boolean {
  const own = ownTopic(question);
  if (!own.length) return true;
  return own.length <= FOLLOW_UP_WORDS && (FOLLOWS_ON.test(question) || POINTS_BACK.test(question));
}

// The words that say what a question is about.
const ownTopic = (question: string) => topicTerms(question).filter((t) => !isEverydayWord(t));

// The most words of its own a follow-up says ("And the Single plan?": "single", "plan").
const FOLLOW_UP_WORDS = 2;
const FOLLOWS_ON =
  /^\W*(?:and|also|or|but|so|then|what about|how about|same (?:for|with|goes for)|(?:ok(?:ay)?|right|thanks)[,!.]?\s+(?:and|what about|how about))\b/i;
const POINTS_BACK = /\b(?:it|its|that|those|these|they|them|their|there|this|one|ones|he|she|him|her|his)\b/i;

// The earlier question as a statement ending in a full stop: what the asker said before asking, not a second
// question of the same turn. A "one" that stands for a noun ("the Single one") says nothing and goes: as a word
// of the context it made a sentence saying "one person" seem closer than the answer.
const asContext = (text: string) =>
  text
    .trim()
    .replace(/(?<=\p{L})\s+ones?(?=\W*$)/u, '')
    .replace(/[?!]+(?=\s|$)/g, '.')
    .replace(/[^.]$/, '$&.');
