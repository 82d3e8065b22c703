/**
 * @module A follow-up in a conversation ("And the Single one?", "What about at Bellshill?", "Can I pause it?")
 * says too little on its own to search or to judge by: it is read with the question it follows, as if both had
 * been asked at once, that question standing before it as context (so its words count less than the
 * follow-up's own). A question that says what it is about is read as it is.
 */
import { escapeRegExp, type Message, tokenize } from '../../core/index.js';
import { withEquivalents } from '../normalise/index.js';
import { placesAsked } from './places.js';
import { questionContext, topicTerms } from './question.js';
import { withoutTakenBack, wordsTakenBack } from './retracted.js';
import { withoutPastedFigures } from './said-aside.js';
import { afterPreamble, refersToAnswer, SAID_BY_YOU, withoutPointersToAnswer } from './said-before.js';
import { alternativesOf } from './synonyms.js';
import { isEverydayWord, sayingStems } from './word-roles.js';

/**
 * The question as it reads in its conversation: `earlier` are the user's earlier turns, oldest first. A
 * follow-up is read after the turn before it (the two before it when it points back: "them", "that"); when that says nothing of its own ("Why?"), or `whole` asks
 * for the conversation's topic (the topic check), after the follow-ups before it too, back to the turn that
 * said what the conversation is about. To search and answer, the latest topic is what a follow-up of a follow-up
 * asks about ("How do I skip a week?", "Can I pause it?", "For how long?": the pause). `leans` reads it so
 * whatever its words say (the app does when the question alone finds no answer and the conversation may).
 */
export function withConversation(
  question: string,
  earlier: readonly string[],
  whole = false,
  leans?: boolean,
): string {
  // "Totally different thing: …" is read on its own, whatever it points at ("does that mean…"), and without what
  // came before the change ("you mentioned fish — other question, …").
  if (changesTopic(question)) return afterTopicChange(question);
  // "back to the plan, is delivery included?": read with the earlier turn that named the plan, not the last one.
  const returned = turnReturnedTo(question, earlier);
  if (returned !== undefined)
    return withoutTakenBack(
      `${asContext(returned.slice(0, MAX_TURN))} ${question.trim()}`,
      wordsTakenBack(question),
    );
  // Read only when there is a conversation: the tagger that tells chat words is loaded on first need.
  if (!earlier.length || !(leans ?? leansOnConversation(question))) return question;
  const turns = placeMeant(question, earlier);
  // A turn is a question, not a document: past a few hundred characters the rest is not what it is about.
  const previous = turns.at(-1)!.trim().slice(0, MAX_TURN);
  const further = leansOnConversation(previous) && (whole || !ownTopic(previous).length);
  // A follow-up that points back may reach past the turn before it ("where do I download them?" after invoices,
  // then the app): the turn before that is read too, first, so the latest stays nearest ("there" is the place said
  // last only). One that only leaves words out ("and the single one?", "why not tho") is about the turn before.
  const older =
    turns.length > 1 && !PLACE_THERE.test(question) && pointsBack(question)
      ? `${asContext(turns.at(-2)!.trim().slice(0, MAX_TURN))} `
      : '';
  const before = withoutPlacesReplaced(
    further ? withConversation(previous, turns.slice(0, -1), whole) : `${older}${previous}`,
    question,
  );
  // "I wrote Family, but it's the Classic I'm looking at": the conversation as corrected, without the words taken back.
  return withoutTakenBack(`${asContext(before)} ${question.trim()}`, wordsTakenBack(question));
}

// "and for the Abuja campus?" after the fees at the Lagos campus: the place the follow-up names takes the place of
// the one asked about before, which would otherwise find the Lagos row again. Only one place for one, each a
// place WordNet knows or named before the same kind of site ("the Lagos campus", "the Abuja campus"), the earlier
// one where a place is asked about ("in", "at", "for" it: not "from Nairobi to Naivasha"), and not to compare the
// two ("is it cheaper than in Belgium?"): "MSc" or "PayPal" is no place.
function withoutPlacesReplaced(before: string, question: string): string {
  const asked = placesAsked(question);
  if (asked.length !== 1 || COMPARES.test(question)) return before;
  const place = asked[0]!;
  const site = siteAfter(question, place.word);
  // The place named alone ("And in Belgium?") or as a site ("the Abuja campus"), not as a word before another
  // ("Nigerian students").
  const alone = new RegExp(`${escapeRegExp(place.word)}\\s*(?:[?.!,;]|$)`, 'u').test(question);
  if (!site && !(alone && place.known)) return before;
  const earlier = placesAsked(before).filter(
    (p) => p.term !== place.term && (p.known || (site !== undefined && siteAfter(before, p.word) === site)),
  );
  if (earlier.length !== 1) return before;
  const old = earlier[0]!;
  const sameSite = site !== undefined && siteAfter(before, old.word) === site;
  if (!(old.known && place.known) && !sameSite) return before;
  const slot = new RegExp(`\\b(?:in|at|for|the)\\s+${escapeRegExp(old.word)}(?![\\p{L}\\d])`, 'u');
  return slot.test(before)
    ? before.replace(new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(old.word)}(?![\\p{L}\\d])`, 'gu'), place.word)
    : before;
}

const COMPARES =
  /\b(?:than|compared|versus|vs\.?|cheaper|dearer|more expensive|less expensive|same as|difference)\b/i;

// The noun of a site a place is named before ("campus" of "the Abuja campus"), if any.
function siteAfter(text: string, word: string): string | undefined {
  const m = text.match(new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(word)}\\s+(\\p{L}+)`, 'u'));
  return m?.[1] && SITE_KINDS.test(m[1]) ? m[1].toLowerCase() : undefined;
}

const SITE_KINDS =
  /^(?:campus|office|site|depot|hub|branch|store|warehouse|plant|farm|clinic|hospital|hotel|base|yard|centre|center|unit|school|library|station|port|terminal|kitchen|factory|lab|laboratory)$/i;

// "And which day do you deliver there?" after "What's the delivery fee in Luxembourg?" and "Can the driver leave
// the box with a neighbour?": "there" is the place said last, past turns that name none (a few turns back at
// most). The turns up to that one; all of them when the turn before names a place, or none does.
function placeMeant(question: string, earlier: readonly string[]): readonly string[] {
  if (!PLACE_THERE.test(question)) return earlier;
  const named = (turn: string) => placesAsked(turn.slice(0, MAX_TURN)).length > 0;
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - PLACE_TURNS_BACK); i--)
    if (named(earlier[i]!)) return earlier.slice(0, i + 1);
  return earlier;
}

const PLACE_TURNS_BACK = 3;

// The earlier turn a message goes back to ("back to the pause, is there a max?"): the latest before the last that
// says the words it names, or, when none says them (the pause was asked as "on hold"), the one before the last.
function turnReturnedTo(question: string, earlier: readonly string[]): string | undefined {
  const named = question.match(RETURNS_TO)?.[1];
  if (!named || earlier.length < 2) return undefined;
  const before = earlier.slice(0, -1);
  return latestTurnSaying(before, named) ?? before.at(-1);
}

/** The latest of `turns` that says every word of `named` ("the pause"), or another wording of it ("on hold"). */
export function latestTurnSaying(turns: readonly string[], named: string): string | undefined {
  const words = tokenize(named);
  const says = (turn: string) => {
    const said = new Set(tokenize(turn.slice(0, MAX_TURN)));
    return words.every((w) => said.has(w) || alternativesOf(w).some((alt) => alt.every((a) => said.has(a))));
  };
  return [...turns].reverse().find(says);
}

const RETURNS_TO =
  /\b(?:back to|going back to|returning to|to go back to)\s+(?:the|my|your|that|our)\s+(\p{L}[\p{L}-]*)/iu;

/** Whether a message says it changes the topic ("Something unrelated: …", "Changing the subject: …"). */
export const changesTopic = (question: string) => NEW_TOPIC.test(question);

// A marker of a new topic where a sentence or the message opens, set off by a colon, a comma or a spaced dash: a
// word of difference before "question", "thing" or "topic" ("Totally different thing:"), never alone ("New-starters
// too?", "Different-sized boxes, do they cost more?").
const NEW_TOPIC =
  /(?:^|[.!?]\s+|,\s+|\s[—–-]\s*)(?:(?:totally|completely|a)\s+)?(?:(?:separate|different|diff|unrelated|random|new|another|other)\s+(?:q|qn|question|thing|topic|subject|note|matter)|something (?:else|unrelated|different)|changing the subject|change of subject|on another note|unrelated(?: but)?)\s*(?::|,|\s[—–-]\s)/i;

/**
 * What a message asks after it says it changes the topic ("…you mentioned fish — other question, what…"), with
 * what it said before the change when what it asks points back at that ("you mentioned ice packs — other
 * question, are they reusable?").
 */
export function afterTopicChange(question: string): string {
  const m = NEW_TOPIC.exec(question);
  const rest = m ? question.slice(m.index + m[0].length).trim() : '';
  if (!m || !rest) return question;
  // Only a short preamble that names what the assistant said ("you mentioned ice packs —"): a story or a request
  // before the change ("I love my box. Unrelated: write me a poem… make it rhyme") is not what "it" points at.
  const before = question.slice(0, m.index).trim();
  if (before.length > MAX_PREAMBLE || !refersToAnswer(before)) return rest;
  const named = before.replace(new RegExp(SAID_BY_YOU, 'gi'), ' ');
  return (pointsBack(rest) || THEY.test(rest)) && namedTopic(named).length ? `${named.trim()} ${rest}` : rest;
}

const THEY = /\b(?:they|those|these)\b/i;
const MAX_PREAMBLE = 200;

/**
 * A message with its references to the assistant's words read as what they point at ("the spot you mentioned" is
 * "that"), and whether it leans on the turn before for them: a follow-up's "that" does.
 */
export function withPointersRead(
  question: string,
  history: readonly Message[],
): { asked: string; leans: boolean } {
  const pointed = withoutPointersToAnswer(question, history);
  // The figures of what the message quotes are no figures asked for (see withoutPastedFigures).
  return {
    asked: withoutPastedFigures(pointed),
    leans: pointed !== question && leansOnConversation(question),
  };
}

/** What the user asked earlier in a conversation: its user turns, oldest first. */
export function earlierQuestions(history: readonly Message[]): string[] {
  return history.filter((m) => m.role === 'user').map((m) => m.content);
}

/**
 * Whether a question leans on the one before it: it says nothing of its own topic ("Why?", "How much?"), or
 * says little of it and opens as a follow-up does ("and…", "what about…") or points back ("Can I pause it?",
 * "a fee for that?", "What's her extension?"). "Is there a dress code?", "Is it possible to…", "IT support" and
 * "these emails" point at nothing said before.
 */
export function leansOnConversation(question: string): boolean {
  // A message of hundreds of characters says what it is about, whatever its last words point back to.
  if (question.length > MAX_TURN) return false;
  // "About that link you mentioned — …", "You said 48 hours — …": the message says it is about the answer before.
  // "since you said Settings — where do I switch on…": what follows the preamble says whether it leans.
  const rest = afterPreamble(question);
  if (rest !== undefined) return leansOnConversation(rest);
  if (refersToAnswer(question)) return true;
  // What is asked leans, and the story told around it says nothing of its own: "i bought a kettle last week and it
  // stopped working. can i return it?" names its topic, "i have another one from my neighbour too, can i use both
  // at once?" and "and the squishy cold packs? cant just bin them rite" do not.
  const { context, asked } = questionContext(question);
  if (!context.trim() || !asked.trim()) return leansByWords(question);
  if (!leansByWords(asked.trim())) return false;
  // "He's not much of a cook, so it may sit in a drawer for a while. How long would he have before it's no good?":
  // what is asked names nothing and points back, and so does the story; however long, it tells of the thing they
  // point at. A story that points at nothing ("I bought a kettle and the handle snapped off. What can I do about
  // it?") is what "it" stands for.
  if (!namedTopic(asked).length && pointsBack(asked) && pointsBack(context)) return true;
  return leansByWords(context.trim()) || namedTopic(context).length <= STORY_WORDS;
}

// The most things a story told around a question may name and still leave the question leaning on the turn
// before ("hmm actually maybe ill just pause it over the summer.. how long can i do that for?").
const STORY_WORDS = 3;

// Whether a question's own words lean on the one before it (see leansOnConversation).
function leansByWords(question: string): boolean {
  const own = namedTopic(question);
  if (!own.length) return true;
  if (FOLLOWS_ON.test(question)) return own.length <= OPENER_WORDS;
  // "what if i forget?", "is there a limit?", "on saturday?": a word of its own in a few is no topic of its own.
  if (own.length === 1 && question.trim().split(/\s+/).length <= SHORT_WORDS) return true;
  return own.length <= FOLLOW_UP_WORDS && pointsBack(question);
}

/**
 * Whether a short question names only what the last exchange just said: "how long is the link valid?" after a
 * reply that sent a confirmation link asks about that link ("valid" is how an expiry is said), though its words
 * alone would find the password reset link. "What is the Single plan?" after the Family plan's price names
 * something new, and is read on its own.
 */
export function echoesLastExchange(question: string, history: readonly Message[]): boolean {
  // No conversation, nothing to echo: the tagger is not loaded for a first turn.
  const turns = history.filter((m) => m.role === 'user' || m.role === 'assistant');
  const lastUser = turns.map((m) => m.role).lastIndexOf('user');
  if (lastUser < 0 || question.length > MAX_TURN) return false;
  const named = namedTopic(question);
  if (!named.length || named.length > FOLLOW_UP_WORDS) return false;
  const said = new Set(
    tokenize(
      withEquivalents(
        turns
          .slice(lastUser)
          .map((m) => m.content)
          .join(' ')
          .slice(0, MAX_EXCHANGE),
      ),
    ),
  );
  const says = (w: string) => said.has(w) || alternativesOf(w).some((alt) => alt.every((a) => said.has(a)));
  return named.every(says);
}

// How much of the last exchange is read: past this, a long reply's rest is not what the question echoes.
const MAX_EXCHANGE = 2000;

/** The words that say what a question is about (stems), without the words of asking and everyday words. */
export const ownTopic = (question: string) => topicTerms(question).filter((t) => !isEverydayWord(t));

// The things a turn names, without the words the tagger reads as how it is said ("btw", "hmm", "already",
// "maybe", "yet", "tho") and values ("3 times", "6am"): chat is written with many of them, and "is it live yet?
// its like 6am" names only "live", leaning on the turn before as "is it live?" does.
function namedTopic(question: string): string[] {
  const own = ownTopic(question);
  if (!own.length) return own;
  const saying = sayingStems(question);
  return own.filter((t) => !saying.has(t));
}

// The most words of its own a follow-up says ("Can I pause it?": "pause"); after an opener that says it follows
// on, a little more ("What about overtime on bank holidays?").
const FOLLOW_UP_WORDS = 2;
const OPENER_WORDS = 3;
const MAX_TURN = 500;
const SHORT_WORDS = 5;
// "and…", "what about…": the rest of a question asked before.
// A chat opens it after a sound or two ("hmm what about the emails tho", "ok cool, and…").
const FOLLOWS_ON =
  /^\W*(?:(?:hmm+|um+|uh+|oh|ah|well|btw|ok(?:ay)?|k+|right|thanks|thx|cool|lol|ugh|ya|yeah|fair|great|nice)\b[,!.]*\s+){0,3}(?:and|also|or|but|so|then|what about|how about|same (?:for|with|goes for))\b/i;

// A word that stands for something said before: "it" and "them" (not "it" with nothing to stand for: "is it
// possible", "it is"; not "IT", the department), "that", "this", "those", "these" and "one(s)" on their own (not
// "these emails"), "there" as a place ("get there", not "is there"), and a person's pronoun.
function pointsBack(question: string): boolean {
  const text = question.replace(DUMMY_IT, ' ').replace(EXISTENTIAL_THERE, ' ');
  return OBJECT_PRONOUN.test(text) || STANDING_ALONE.test(text) || PLACE_THERE.test(text);
}

// "it" standing for a clause that follows ("is it possible to…", "is it ok if…"): "Is it free?" is a follow-up.
const DUMMY_IT =
  /\b(?:is|was|would|will) it (?:be )?(?:possible|ok|okay|true|safe|allowed|worth|necessary|mandatory|required|legal|normal|common|better|best|free|too late|too early|easy|hard)\s+(?:to|that|if|for \w+ to)\b|\bit(?:['’]s| is| was) (?:possible|ok|okay|true|safe|allowed|worth|necessary|mandatory|required|legal|normal|common|easy|hard)\s+(?:to|that|if)\b/gi;
const EXISTENTIAL_THERE =
  /\b(?:is|are|was|were|will|would|could|can|should|has|have)\s+there\b|\bthere(?:['’]s|['’]re| is| are| was| were| will| has| have)\b/gi;
// "it" and "them" in lower case ("IT" is the department); a person's pronoun.
const OBJECT_PRONOUN = /\b(?:it|its|them|he|she|him|her|his)\b/;
// …or asked about by a verb: "Is that free?", "Does that include delivery?" (not "these emails").
const STANDING_ALONE =
  /\banother one\b|\b(?:that|this|those|these|ones?)(?=\s*(?:[?.!,;]|$)|\s+(?:one|ones|too|as well|again|instead)\b)|\bboth(?=\s*(?:[?.!,;]|$)|\s+(?:at once|together|too|of them)\b)|\b(?:is|was|are|were|does|did|do|will|would|can|could|should|has|have)\s+(?:that|this|those)(?!\s+(?:one|ones|\p{L}+s)\b)(?=\s+\p{L})/iu;
const PLACE_THERE = /\bthere(?=\s*(?:[?.!,;]|$)|\s+(?:too|as well|instead|from|by|on foot)\b)/i;

// The earlier question as a statement ending in a full stop: what the asker said before asking, not a second
// question of the same turn. A "one" that stands for a noun ("the Single one") says nothing and goes: as a word
// of the context it made a sentence saying "one person" seem closer than the answer. (A run of "?" is replaced
// from its first mark only, in one pass.)
/** A turn as a statement ending in a full stop (see above). */
export const asContext = (text: string) =>
  text
    .trim()
    .replace(/(?<=\p{L})\s+ones?(?=\W*$)/u, '')
    .replace(/(?<![?!])[?!]+(?=\s|$)/g, '.')
    .replace(/[^.]$/, '$&.');
