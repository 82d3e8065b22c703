/**
 * @module Which sentences answer a follow-up that was read with the question it follows ("How much is the
 * Family plan. And the Single one?"): those that say what the follow-up itself asks, or, when it asks whether
 * the thing before has a property ("Is it free?"), those about that thing.
 */
import { tokenize } from '../../core/index.js';
import {
  alternativesOf,
  expectedAnswerType,
  holdsAnswerType,
  ownTopic,
  withEquivalents,
} from '../../rag/index.js';
import type { ChosenSentence } from './choose-sentences.js';

/** Chooses sentences for a question; the follow-up's own words or the question before it are asked anew. */
export type ChooseFor = (question: string) => ChosenSentence[];

/**
 * The sentences that answer `question` as `read` in its conversation, of those `chosen` for the reading. A
 * sentence that says none of the follow-up's own words ("single") goes when another says them: the earlier
 * question's words are context, but with several of them a sentence about its topic ranks close. It says them in
 * its own text first: every sentence of "Pausing or cancelling" says "pause" by its title, so after "Why is it so
 * expensive?", "Can I pause it?" would quote "Cancelling costs nothing" for its cost; when no chosen sentence
 * says them itself, the follow-up's own best sentences that do are quoted. A property asked of the thing before
 * ("Is it free?") is answered about that thing.
 */
export function answerFollowUp(
  question: string,
  read: string,
  chosen: ChosenSentence[],
  choose: ChooseFor,
): ChosenSentence[] {
  const own = question.trim();
  if (read === own || !read.endsWith(own)) return chosen;
  const words = ownTopic(own);
  const says = (text: string) => saysAny(text, words);
  const before = read.slice(0, -own.length).trim();
  const property = ofThingBefore(own, before, chosen, choose);
  if (property) return property;
  // "and for two people?" after the Family plan: the sentence for two people, though the Family plan's says "people".
  const fitting = forAsManyPeople(own, chosen);
  if (fitting.length) return fitting;
  // "what time of day?" after the delivery days: the sentence that gives a time, whatever words it says.
  const type = expectedAnswerType(own);
  const shaped = SHAPED_TYPES.has(type) ? chosen.filter((s) => holdsAnswerType(s.text, type, own)) : [];
  if (shaped.length && shaped.length < chosen.length) return fromPassagesBefore(shaped, before, choose);
  const inText = chosen.filter((s) => says(s.text));
  if (inText.length) return fromPassagesBefore(inText, before, choose);
  const ownBest = words.length ? choose(own).filter((s) => says(s.text)) : [];
  if (ownBest.length) return ownBest;
  const withTitle = chosen.filter((s) => says(`${s.passage.title ?? ''} ${s.text}`));
  return withTitle.length ? withTitle : chosen;
}

// Sentences of several passages say the follow-up's words: those of the passages that answered the question
// before go on the conversation ("And how long is the link valid?" after changing an e-mail address: the
// change's confirmation link, not the password reset link). When none of them is of those passages, all stay.
function fromPassagesBefore(
  sentences: ChosenSentence[],
  before: string,
  choose: ChooseFor,
): ChosenSentence[] {
  if (new Set(sentences.map((s) => s.passageIndex)).size < 2) return sentences;
  // The passage each part of it was best answered from: a procedure quotes other passages' steps too.
  const answeredBefore = new Set(choose(before).map((s) => s.partBest));
  const same = sentences.filter((s) => answeredBefore.has(s.passageIndex));
  return same.length ? same : sentences;
}

// "Is it free?" after "How much is delivery to Luxembourg?" asks whether delivery to Luxembourg is free: the
// rows that say "free" for the Netherlands and Belgium do not answer it, Luxembourg's row (2.99 EUR) does. Of
// the sentences chosen for the reading and for the question before, those about the thing it named
// ("Luxembourg"): the ones that say the follow-up's words; else, when it asks for a value ("free" is an amount),
// those that give theirs; else, when only the thing's neighbours in its own passages say the words (the other
// countries' rows), all of them. Nothing when it named nothing, or when another passage says the words ("Is it
// vegan?" after the Family plan's price is answered where the help centre speaks of vegan plans).
function ofThingBefore(
  own: string,
  before: string,
  chosen: ChosenSentence[],
  choose: ChooseFor,
): ChosenSentence[] | undefined {
  if (!ASKS_PROPERTY.test(own)) return undefined;
  const says = (s: ChosenSentence) => saysAny(s.text, ownTopic(own));
  const pool = [
    ...new Map(
      [...chosen, ...choose(before)].map((s) => [`${s.passageIndex}:${s.sentenceIndex}`, s]),
    ).values(),
  ];
  const about = aboutNamed(before, pool);
  if (!about.length) return undefined;
  const withOwn = about.filter(says);
  if (withOwn.length) return inPassageOrder(withOwn);
  const value = VALUE_TYPES.find((type) => holdsAnswerType(own, type));
  const valued = value ? about.filter((s) => holdsAnswerType(s.text, value)) : [];
  if (valued.length) return inPassageOrder(valued);
  // Another passage that says the words and speaks of the topic asked before answers there ("We do not offer a
  // fully vegan plan"); one about something else ("The confirmation link expires…" for a gift card) does not.
  const topic = ownTopic(before);
  const elsewhere = pool.filter((s) => says(s) && !about.includes(s));
  if (elsewhere.some((s) => saysAny(`${s.passage.title ?? ''} ${s.text}`, topic))) return undefined;
  // What the thing's passages say of it ("gift cards… are valid for three years" for "does it expire?").
  const itsPassages = new Set(about.map((s) => s.passageIndex));
  return inPassageOrder(pool.filter((s) => itsPassages.has(s.passageIndex)).slice(0, MAX_ABOUT));
}

// The sentences that say the most particular of the words the question before asked about: the word fewest
// sentences say ("Luxembourg", not "delivery" or "Fernway", which the help centre says everywhere).
function aboutNamed(before: string, pool: ChosenSentence[]): ChosenSentence[] {
  // The latest sentence first: after "How much is the Family plan. And the Single.", "Is that free?" asks of the
  // Single plan; the turns before it name a thing only when it names none.
  const latest = before.split(/(?<=[.!?])\s+/).at(-1) ?? before;
  const named = sentencesNaming(latest, pool);
  return named.length ? named : sentencesNaming(before, pool);
}

function sentencesNaming(before: string, pool: ChosenSentence[]): ChosenSentence[] {
  const sayers = ownTopic(before)
    .map((word) => pool.filter((s) => termsOf(`${s.passage.title ?? ''} ${s.text}`).has(word)))
    .filter((list) => list.length);
  if (!sayers.length) return [];
  const fewest = Math.min(...sayers.map((list) => list.length));
  return [...new Set(sayers.filter((list) => list.length === fewest).flat())];
}

const inPassageOrder = (sentences: ChosenSentence[]) =>
  [...sentences].sort((a, b) => a.passageIndex - b.passageIndex || a.sentenceIndex - b.sentenceIndex);

// The sentences that say as many people as the follow-up asks about ("for 2 people", "for two people"); none when
// it asks about no number of people.
function forAsManyPeople(own: string, chosen: ChosenSentence[]): ChosenSentence[] {
  const asked = own.match(PEOPLE)?.[1];
  if (!asked) return [];
  const count = countOf(asked);
  return chosen.filter((s) =>
    [...s.text.matchAll(new RegExp(PEOPLE.source, 'gi'))].some((m) => countOf(m[1]!) === count),
  );
}

const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const PEOPLE = new RegExp(`\\b(\\d{1,3}|${COUNT_WORDS.join('|')})\\s+(?:people|persons?|adults)\\b`, 'i');
const countOf = (word: string) => COUNT_WORDS.indexOf(word.toLowerCase()) + 1 || Number(word);

// The kinds of value a property may be asked as ("free" is an amount, "open on Sunday" a day).
const VALUE_TYPES = ['amount', 'duration', 'count', 'date', 'time'] as const;

// "Is it free?", "Are they refundable?", "Does it expire?", "Does that include delivery?": whether the thing
// before has a property.
// "Is there an expiry date on it?", "any fee for that?" ask the same of the thing before.
const ASKS_PROPERTY =
  /^\W*(?:(?:so|and|but)\s+)?(?:(?:is|are|was|were|isn['’]t|aren['’]t|does|do|did|doesn['’]t|don['’]t|will|would|can)\s+(?:it|that|this|they|those)\s+(?:\p{L}+\s+){0,2}\p{L}+|(?:(?:is|are) there\s+)?(?:an?|any)\s+(?:\p{L}+\s+){0,2}\p{L}+\s+(?:on|for|with|to|in)\s+(?:it|that|this|them|those))\W*$/iu;
// The kinds of fact a follow-up may ask for that a sentence shows it holds.
const SHAPED_TYPES = new Set(['amount', 'duration', 'date', 'time', 'count', 'contact', 'reason']);
// The most sentences about the thing quoted when none says what was asked.
const MAX_ABOUT = 2;

const termsOf = (text: string) => new Set(tokenize(withEquivalents(text)));

function saysAny(text: string, words: string[]): boolean {
  const terms = termsOf(text);
  return words.some((w) => terms.has(w) || alternativesOf(w).some((alt) => alt.every((a) => terms.has(a))));
}
