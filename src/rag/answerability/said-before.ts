/**
 * @module What a message says of the assistant's own words: "the safe place you mentioned", "what you just
 * described", "the last one you named". The words that point ("you mentioned", "the spot") name nothing the
 * knowledge base says, and would be judged unknown or searched for: they are read as what they point at. A
 * thing the assistant named stays ("the safe place"); a word of pointing it never said ("the spot", "the step")
 * becomes "that", read with the turn before as any follow-up's "that" is; an item picked from a list the
 * assistant gave ("the last one you named") is that item.
 */
import { type Message, splitSentences, tokenize } from '../../core/index.js';

/** The verbs of a reference to what the assistant said ("you mentioned", "you just described"). */
export const SAID_BY_YOU = String.raw`(?:you|u)\s+(?:just\s+|already\s+|earlier\s+)?(?:mentioned|said|described|gave(?:\s+me)?|listed|named|suggested|recommended|explained|quoted|offered|showed(?:\s+me)?|sent(?:\s+me)?|told\s+me(?:\s+about)?|talked\s+about|referred\s+to|brought\s+up|meant|wrote|pointed\s+(?:me\s+)?to)`;

/** Whether a message refers to what the assistant said ("the step you described", "what did you mean by…"). */
export const refersToAnswer = (question: string) => REFERS.test(question);

const REFERS = new RegExp(String.raw`\b${SAID_BY_YOU}\b|\bwhat (?:do|did) you mean\b`, 'i');

/**
 * What a message asks after a preamble that only names what the assistant said ("since you said Settings — while
 * I'm in there, where do I…?", "you mentioned codes, is Amex…?"); undefined when it opens with none. The
 * preamble names a thing to go on from, it does not ask about the turn before.
 */
export function afterPreamble(question: string): string | undefined {
  const m = question.match(PREAMBLE);
  return m ? question.slice(m[0].length).trim() || undefined : undefined;
}

const PREAMBLE = new RegExp(
  String.raw`^\W*(?:(?:ok(?:ay)?|thanks|thank you|great|good|nice|cool|perfect|handy|right|fine|sure|yes|yeah|hmm+|ah|oh)\b[\s,.!]*)*(?:and\s+)?(?:since|as|because|so)?\s*${SAID_BY_YOU}\s+[^—–,:;?.!]{1,40}?\s*(?:[—–:;]|\s-\s|,)\s*`,
  'i',
);

/**
 * The message with its references to the assistant's words read as what they point at (see the module); as it
 * is when it makes none, or there is no assistant turn to point at.
 */
export function withoutPointersToAnswer(question: string, history: readonly Message[]): string {
  const said = history
    .filter((m) => m.role === 'assistant')
    .slice(-TURNS_READ)
    .map((m) => m.content.slice(-MAX_TURN));
  if (!said.length || !REFERS.test(question)) return question;
  return question
    .replace(PICKED, (whole, place: string) => itemAt(said.at(-1)!, place) ?? whole)
    .replace(POINTED, (_whole, determiner: string, words: string) => named(determiner, words, said))
    .replace(WHAT_YOU_SAID, 'that')
    .replace(SAID_IN_CLAUSE, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

// How many of the assistant's last turns a reference may point into, and how much of each is read.
const TURNS_READ = 3;
const MAX_TURN = 1500;

// "the last one you named", "the second option you listed".
const PICKED = new RegExp(
  String.raw`\b(?:the\s+)?(first|second|third|last)\s+(?:one|option|item|thing|choice)?\s*${SAID_BY_YOU}\b`,
  'gi',
);
const CLAUSE_GOES_ON = String.raw`\s+(?:is|was|are|were|would|will|can|could|had|has|have|you|it|they|i|we|he|she|there)\b`;
// "the safe place you mentioned", "that credit you said", "the step you just described": up to three words. Not
// when a clause goes on after the verb ("the version you said is on the App Store", "the e-mail you said you'd
// send"): then only "you said" goes, and the clause says what was meant.
const POINTED = new RegExp(
  String.raw`\b(the|that|those|this|these)\s+((?:[\p{L}'’-]+\s+){1,3}?)${SAID_BY_YOU}\b(?!${CLAUSE_GOES_ON})`,
  'giu',
);
const SAID_IN_CLAUSE = new RegExp(String.raw`\s*\b${SAID_BY_YOU}\b(?=${CLAUSE_GOES_ON})`, 'gi');
// "what you just described", "everything you said".
const WHAT_YOU_SAID = new RegExp(String.raw`\b(?:what|everything|all)\s+${SAID_BY_YOU}\b`, 'gi');

// The words of a pointing phrase the assistant said ("safe place"), with a "one" that stands for one ("the
// delivery ones"); "that" when it said none of them.
function named(determiner: string, words: string, said: string[]): string {
  const spoken = new Set(said.flatMap((turn) => tokenize(turn)));
  const all = words.trim().split(/\s+/);
  const kept = all.filter((w) => tokenize(w).some((t) => spoken.has(t)));
  if (!kept.length) return 'that';
  return `${determiner} ${all.filter((w) => kept.includes(w) || /^ones?$/i.test(w)).join(' ')}`;
}

const POSITION: Record<string, number> = { first: 0, second: 1, third: 2, last: -1 };

// The item at a place of the last list the assistant's turn gave ("Visa, Mastercard and American Express" or
// "PayPal and SEPA direct debit"); none when it gave no list, or too short a one.
function itemAt(turn: string, place: string): string | undefined {
  const lists = splitSentences(turn.replace(CITATION, ''))
    .map(itemsOf)
    .filter((items) => items.length >= 2);
  const items = lists.at(-1);
  return items?.at(POSITION[place.toLowerCase()]!);
}

const CITATION = / ?\[\d+(?:, ?\d+)*\]/g;

// A sentence's list: its parts split at commas and at "and" or "or".
function itemsOf(sentence: string): string[] {
  const body = sentence.replace(/[.!?;:]+$/, '').trim();
  const parts = body.split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p.split(/\s+/).length > MAX_ITEM_WORDS)) return [];
  // The first item is the first part's last few words: the sentence may open before it ("No — besides Visa").
  return [parts[0]!.split(/\s+/).slice(-LEAD_WORDS).join(' '), ...parts.slice(1)];
}

const MAX_ITEM_WORDS = 8;
const LEAD_WORDS = 2;
