/**
 * @module What a question says beside what it asks: words the knowledge base need not use for the question to be
 * answered from it.
 */
import { tokenize } from '../../core/index.js';

/**
 * Words said beside what is asked: a length of time ("can i pause my box for a month" is answered by "up to eight
 * weeks"), someone of the asker's own family or circle ("for my mum", "my coworker says…", "my son's nut allergy",
 * "a friend gave me…", not "refer a friend"), whom the asker speaks of, and a measure that points back ("a cash-in
 * of that size"): not topics the knowledge base lacks. Read once per question.
 */
export function saidAside(question: string): Set<string> {
  const words = [LENGTH_OF_TIME, ASKERS_OWN, OF_THAT_MEASURE].flatMap((re) =>
    [...question.matchAll(re)].map((m) => m[1]!),
  );
  return new Set([
    ...words.flatMap((w) => tokenize(w)),
    ...guessedAlternative(question),
    ...pastedWords(question),
    ...purposeOfSteps(question),
  ]);
}

// Why the asker wants a procedure ("how do i lock out the edger before I go in to clear a jam", "how do I reset my
// password so I can get into the portal"): the steps asked for are the same whatever the reason, so the reason's
// words are not topics the knowledge base must hold. Only after a question of how to do something, and only the
// words the asking clause does not say itself.
function purposeOfSteps(question: string): string[] {
  const split = purposeSplit(question);
  if (!split) return [];
  const asked = new Set(tokenize(split.asked));
  return tokenize(split.purpose).filter((t) => !asked.has(t));
}

/** A question of how to do something without the reason it gives ("…before I go in to clear a jam"). */
export function withoutPurpose(question: string): string {
  return purposeSplit(question)?.asked ?? question;
}

// "How do I …" and the reason after it, in its first sentence; read on the question with its spaces collapsed, by
// two patterns that each match in one pass (no run of spaces is split between quantifiers).
function purposeSplit(question: string): { asked: string; purpose: string } | undefined {
  const text = question.replace(/\s+/g, ' ');
  const opener = HOW_DO_I.exec(text);
  if (!opener) return undefined;
  const sentence = text.slice(opener[0].length).split(/[.?!]/)[0]!;
  const reason = PURPOSE.exec(sentence);
  // "How do I prepare before I go on maternity leave?" asks about the leave: what is asked must name a thing.
  if (!reason || !tokenize(sentence.slice(0, reason.index)).some((t) => !GENERIC_DOING.has(t)))
    return undefined;
  return {
    asked: `${opener[0]}${sentence.slice(0, reason.index)}`,
    purpose: sentence.slice(reason.index + reason[0].length),
  };
}

// Doing in general, which names no procedure ("prepare", "get ready", "do").
const GENERIC_DOING = new Set(
  tokenize(
    'do prepare get ready need make sure start begin go plan organise organize sort things everything it this that',
  ),
);
// Only "how": "what do I need to do before I go on maternity leave?" asks about the leave.
const HOW_DO_I = /^\W*(?:(?:hi|hey|hello)\W+)?how (?:do|can|should|must|would) (?:i|we) /iu;
const PURPOSE = / (?:before (?:i|we)|so (?:that )?(?:i|we) can|in order to) /iu;

// What a message quotes from elsewhere ("The app says: "Skipped ✓ You won't get a box this week."", a driver's
// text, a sticker in German, a bank's statement line), and the clause that says where it was seen ("An old flyer
// stuck on my fridge says:", "your chat told me this (I kept a screenshot):"): the words of a thing shown and of
// where it was, not the topics asked about, which the message's own words name. A quote of one or two words
// ("choose "Skip"") may be what is asked about.
function pastedWords(question: string): string[] {
  return pastedQuotes(question).flatMap((m) => [...tokenize(m[0]), ...tokenize(introOf(question, m.index))]);
}

/**
 * The words only a message's quotes say (a pasted confirmation's "Refund approved … Ref RF-77120"): a passage
 * that answers need not say them, so they do not count against how well it covers the question.
 */
export function pastedOnly(question: string): Set<string> {
  const quotes = pastedQuotes(question);
  if (!quotes.length) return new Set();
  const own = new Set(tokenize(question.replace(QUOTED, ' ')));
  return new Set(quotes.flatMap((m) => tokenize(m[0])).filter((t) => !own.has(t)));
}

// The quotes of a message long enough to be pasted material rather than a word it asks about.
const pastedQuotes = (question: string) =>
  [...question.matchAll(QUOTED)].filter((m) => m[0].trim().split(/\s+/).length >= MIN_PASTED_WORDS);

// The clause just before a quote when it introduces it ("The store listing I'm looking at says:"); empty when the
// quote stands in a sentence of its own words ("Does "Skipped" mean…").
function introOf(question: string, at: number): string {
  const before = question.slice(Math.max(0, at - MAX_INTRO), at).trimEnd();
  const clause = before.split(/[.!?\n]/).at(-1) ?? '';
  return INTRODUCES.test(clause) ? clause : '';
}

const MAX_INTRO = 160;
const INTRODUCES =
  /(?::|\b(?:says?|said|shows?|showed|reads?|read|told me(?: this)?|tells me|wrote(?: back)?|writes|displays?|states?|printed with|looks like this|sent me this|got this|like this|this)\s*:?)\s*$/i;

/**
 * A message with the figures of what it quotes left out ("my card overview still says "upcoming payment: €32,00"",
 * "It says €100 balance, but my box is only €54"): a figure the asker saw elsewhere is not the one asked for, and
 * would find the passage that happens to say it (the plan that costs 32 EUR). Its words stay: they say what it is.
 */
export function withoutPastedFigures(question: string): string {
  return question.replace(QUOTED, (quote) =>
    quote.trim().split(/\s+/).length >= MIN_PASTED_WORDS
      ? quote.replace(FIGURE, ' ').replace(/ {2,}/g, ' ')
      : quote,
  );
}

// A token with a digit in it: an amount, a date, a time, a reference number ("€32,00", "3", "18:42", "RF-77120").
const FIGURE = /[^\s"“”„«»]*\d[^\s"“”„«»]*/gu;
const MIN_PASTED_WORDS = 3;
// Text between double quotes, straight or curly, or between guillemets; at most 2,000 characters each.
const QUOTED = /"([^"]{1,2000})"|[“„]([^“”„]{1,2000})[”“]|«([^«»]{1,2000})»/gu;

const LENGTH_OF_TIME =
  /\b(?:for|up to|within|over|in|after|about|around|per|every|each)\s+(?:a|an|one|two|three|four|five|six|\d+|a few|a couple of|several)\s+(minutes?|hours?|days?|weeks?|fortnights?|months?|years?)\b/giu;
// The asker's guess at the other answer, after a whole question ("…do I get a heads up, or do I have to sit at
// home all day like an idiot?", "Is the first box full price, or is there some deal for newcomers?", "…, or the
// whole official list?", "…, or some kind of deal?"): what it says is theirs, not a topic the answer must find, since the answer to the first
// settles it. Only the words the question itself does not say: "Can I claim the ferry fare, or do I have to pay
// for the ferry myself?" still asks about the ferry. Two things named side by side ("to Germany or Austria", "a
// train ticket, or a taxi?") are not a guess: each is asked about.
function guessedAlternative(question: string): string[] {
  const guesses = [...question.matchAll(GUESSED_ALTERNATIVE)];
  if (!guesses.length) return [];
  // What the question says outside its guesses, read once (a pasted question of 100,000 characters too).
  const asked = new Set(tokenize(question.replace(GUESSED_ALTERNATIVE, ' ')));
  return guesses.flatMap((m) => tokenize(m[1] ?? m[2]!)).filter((t) => !asked.has(t));
}

// Checked from a word's last letter only (a lookbehind), so a long question is read in one pass. After "or", a
// clause of its own (a verb of asking opens it), or after ", or" a phrase that offers the other answer.
const GUESSED_ALTERNATIVE =
  /(?<=[^\s.?!]),?\s+or\s+((?:is|are|was|were|do|does|did|will|would|should|must|can|could|shall|may|might|has|have|had|isn['’]t|aren['’]t|don['’]t|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t|can['’]t|shouldn['’]t)\b[^.?!]+)|(?<=[^\s.?!]),\s*or\s+((?:the whole|just|only|maybe|perhaps|something|somewhere|anything|someone|somebody|some kind of|some sort of)\b[^.?!]+)/giu;
const ASKERS_OWN =
  /\b(?:a\s+(?=(?:friend|mate|colleague|co-?worker|neighbou?r|flatmate|housemate|roommate)\s+(?:of mine\s+)?(?:gave|gives|told|tells|said|says|mentioned|recommended|sent|showed|suggested|swears|passed|got|has|had|uses|used)\b)|(?:my|our)\s+(?:little\s+|older\s+|younger\s+|elderly\s+|new\s+)?)(mum|mom|mother|dad|father|parents?|sons?|daughters?|kids?|child|children|husband|wife|partner|spouse|boyfriend|girlfriend|gf|bf|brothers?|sisters?|aunt|uncle|cousins?|grandma|grandmother|grandpa|grandfather|nan|gran|family|friends?|mates?|neighbou?rs?|co-?workers?|colleagues?|flatmates?|roommates?|housemates?|fianc[eé]e?|baby|niece|nephew|in-laws)(?:['’]s)?\b/giu;

// "of that size", "of this amount", "of the same kind": a measure of something said before, not a thing asked about.
const OF_THAT_MEASURE =
  /\bof\s+(?:that|this|such|the same|a similar)\s+(size|amount|kind|sort|type|length|value|level|scale|magnitude)\b/giu;
