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
export const SAID_BY_YOU = String.raw`(?:you|u)\s+(?:just\s+|already\s+|earlier\s+)?(?:mentioned|said|described|listed|named|suggested|recommended|explained|quoted|told\s+me(?:\s+about\b|(?!\s+about\b))|talked\s+about|referred\s+to|brought\s+up|meant|wrote|pointed\s+(?:me\s+)?to)`;

// The verbs of something the assistant handed over ("the time you gave", "the page you sent me to"): a reference
// to its words only after the thing it names, since on their own they tell of what the company did ("you sent the
// wrong box", "you gave me a refund").
const HANDED_BY_YOU = String.raw`(?:you|u)\s+(?:just\s+|already\s+|earlier\s+)?(?:gave(?:\s+me\b|(?!\s+me\b))|offered(?:\s+me\b|(?!\s+me\b))|showed(?:\s+me\b|(?!\s+me\b))|sent\s+me\s+to\b|sent(?!\s+me\s+to\b)(?:\s+me\b|(?!\s+me\b)))`;

const CLAUSE_GOES_ON = String.raw`\s+(?:is|was|are|were|would|will|can|could|had|has|have|you|it|they|i|we|he|she|there)\b`;
// "the safe place you mentioned", "that credit you said", "the step you just described", "the time you gave": up
// to three words. Not when a clause goes on after the verb ("the version you said is on the App Store", "the
// e-mail you said you'd send"): then only "you said" goes, and the clause says what was meant.
const POINTED_SOURCE = String.raw`\b(the|that|those|this|these)\s+((?:[\p{L}'’-]+\s+){1,3}?)(?:${SAID_BY_YOU}|${HANDED_BY_YOU})\b(?!${CLAUSE_GOES_ON})`;
const POINTED = new RegExp(POINTED_SOURCE, 'giu');

/** Whether a message refers to what the assistant said ("the step you described", "what did you mean by…"). */
export const refersToAnswer = (question: string) => REFERS.test(question);

const REFERS = new RegExp(
  String.raw`\b${SAID_BY_YOU}\b|\b(?:the|that|those|this|these)\s+(?:[\p{L}'’-]+\s+){1,3}?${HANDED_BY_YOU}\b|\bwhat (?:do|did) you mean\b`,
  'iu',
);

/**
 * What a message asks after a preamble that only names what the assistant said ("since you said Settings — while
 * I'm in there, where do I…?", "you mentioned codes, is Amex…?"); undefined when it opens with none. The
 * preamble names a thing to go on from, it does not ask about the turn before.
 */
export function afterPreamble(question: string): string | undefined {
  // A preamble is short: only the opening is read, so a long message costs no more than a short one.
  const m = question.slice(0, PREAMBLE_READ).match(PREAMBLE);
  return m ? question.slice(m[0].length).trim() || undefined : undefined;
}

const PREAMBLE_READ = 200;
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
  // Runs of white space are one space first, so no pattern below retries along a long run of them.
  return question
    .replace(/\s+/g, ' ')
    .replace(PICKED, (whole, place: string) => itemAt(said, place) ?? whole)
    .replace(POINTED, (_whole, determiner: string, words: string) => named(determiner, words, said))
    .replace(WHAT_YOU_SAID, 'that')
    .replace(SAID_IN_CLAUSE, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

// How many of the assistant's last turns a reference may point into, and how much of each is read.
const TURNS_READ = 3;
const MAX_TURN = 1500;

// "the last one you named", "the second option you listed", "the third thing you listed": a place and a word for
// an item ("First you said…" picks nothing), and a verb of saying ("the last one you sent me" is a box).
const PICKED = new RegExp(
  String.raw`\b(?:the\s+)?(first|second|third|last)\s+(?:one|option|item|choice|thing|step)\s+${SAID_BY_YOU}\b`,
  'gi',
);
const SAID_IN_CLAUSE = new RegExp(
  String.raw`\b(?:${SAID_BY_YOU}|${HANDED_BY_YOU})\b(?=${CLAUSE_GOES_ON})`,
  'gi',
);
// "what you just described", "everything you said".
const WHAT_YOU_SAID = new RegExp(String.raw`\b(?:what|everything|all)\s+${SAID_BY_YOU}\b`, 'gi');

// The words of a pointing phrase with those that only point ("spot", "step", "page") left out unless the assistant
// said them: "the safe place", "the promo code", "the delivery ones"; "that" when only pointing words are left.
function named(determiner: string, words: string, said: string[]): string {
  const spoken = new Set(said.flatMap((turn) => tokenize(turn)));
  const all = words.trim().split(/\s+/);
  // A word that only points goes when it opens the phrase ("the spot", "the last one"); after a word that names
  // ("the phone number", "the payment methods") it is the thing named. "deal" and "offer" go wherever they stand.
  const saidBy = (w: string) => tokenize(w).some((t) => spoken.has(t));
  const opening = all.findIndex((w) => !POINTING_WORD.test(w) || saidBy(w));
  const kept = all.filter(
    (w, i) =>
      /^ones?$/i.test(w) ||
      saidBy(w) ||
      !(POINTING_WORD.test(w) && (opening < 0 || i < opening || ALWAYS_POINTING.test(w))),
  );
  if (!kept.some((w) => !/^ones?$/i.test(w))) return 'that';
  return `${determiner} ${kept.join(' ')}`;
}

// Words that point at what was said without naming it.
const POINTING_WORD =
  /^(?:spots?|steps?|things?|ones?|bits?|parts?|options?|stuff|place|pages?|screens?|sections?|menus?|links?|times?|info|information|details?|points?|ideas?|suggestions?|answers?|tips?|ways?|methods?|routes?|numbers?|amounts?|figures?|advice|instructions?|explanation|list|thingy|deals?|offers?|first|second|third|last|other|same)$/i;

const ALWAYS_POINTING = /^(?:deals?|offers?|things?|stuff|thingy|bits?)$/i;

const POSITION: Record<string, number> = { first: 0, second: 1, third: 2, last: -1 };

// The item at a place of the last list the assistant gave in its latest turns: a bulleted or numbered list, or a
// sentence that lists ("Visa, Mastercard and American Express"); none when it gave no list.
function itemAt(turns: readonly string[], place: string): string | undefined {
  for (const turn of [...turns].reverse()) {
    const items =
      bulleted(turn) ??
      splitSentences(turn.replace(CITATION, ''))
        .map(itemsOf)
        .filter((i) => i.length)
        .at(-1);
    if (items) return items.at(POSITION[place.toLowerCase()]!);
  }
  return undefined;
}

const CITATION = / ?\[\d+(?:, ?\d+)*\]/g;

// A turn's bulleted or numbered list, each item its words before a colon or dash ("- Visa: charged on delivery").
function bulleted(turn: string): string[] | undefined {
  const items = [...turn.matchAll(BULLET)].map((m) =>
    m[1]!
      .replace(CITATION, '')
      .replace(/[*_`]+/g, '')
      .split(/:|\s[—–-]\s/)[0]!
      .trim(),
  );
  return items.length >= 2 ? items : undefined;
}

const BULLET = /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(.+)$/gm;

// A sentence's list: its parts split at commas and at "and" or "or". Three parts at least, each short and none a
// clause of its own ("If you are abroad, call us, and we will help" lists nothing; nor does "cash or cheques",
// whose first part is a whole clause).
function itemsOf(sentence: string): string[] {
  const body = sentence.replace(/[.!?;:]+$/, '').trim();
  const parts = body.split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((p) => p.trim());
  // Two items only in a sentence that offers them ("You can pay with PayPal or SEPA direct debit"), not one that
  // refuses them ("We do not accept cash or cheques").
  const least = NEGATION.test(body) ? MIN_ITEMS : 2;
  if (parts.length < least || parts.some((p) => p.split(/\s+/).length > MAX_ITEM_WORDS)) return [];
  if (parts.slice(1).some((p) => CLAUSE_OPENS.test(p))) return [];
  // The first item is the first part's last few words: the sentence may open before it ("No — besides Visa").
  return [parts[0]!.split(/\s+/).slice(-LEAD_WORDS).join(' '), ...parts.slice(1)];
}

const MIN_ITEMS = 3;
const MAX_ITEM_WORDS = 8;
const LEAD_WORDS = 2;
const CLAUSE_OPENS = /^(?:i|you|we|they|it|he|she|then|but|so|if|when|please)\b/i;
const NEGATION = /\b(?:not|no|never|cannot|can['’]t|don['’]t|doesn['’]t|won['’]t|neither|nor)\b/i;
