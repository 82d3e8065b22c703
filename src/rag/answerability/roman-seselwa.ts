/**
 * @module A question typed in Seychellois Creole (Kreol Seselwa) in chat, without accents and mixed with English
 * ("konbyen zour konze mon ganny par lannen?", "ki ler bato i kit Praslin demen?", "eski mon kapab pran en lavans lo
 * mon saler?"), read as the English question it asks ("how many days leave do I get per year?", "what time boat
 * leave Praslin tomorrow?", "can I take advance on my salary?"). The reading is roman-reading.ts's; Seselwa's own
 * rules are here: a pronoun before a verb or a mark of tense is who does it ("mon ganny": I get), after a verb whom
 * it is done to ("donn nou": give us), elsewhere whose a thing is ("mon saler": my salary); "i", "in", "pe", "pou"
 * and "ti" only mark what is said and tense, and are left out; "konbyen" of what is counted asks how many, "ki ler"
 * what time of a thing that opens, leaves or starts and else when, "lekel" before a thing which, "akoz" why where a
 * clause opens and else because, and "ki" asks what only where a clause opens. English's "do" goes before who does
 * what is asked of, and the modal before who ("can I take"). Seselwa shares most words with Mauritian Kreol (which
 * the French reader reads) and a few with Haitian, so a question is Seselwa's only with two of its signs: a word
 * only Seselwa writes ("mon", "ganny", "lekel", "mwan", "lannen", "lapey", "linifonm"), "i" or "mon" before a verb
 * ("bato i kit", "mon in"), or a word Haitian writes alike ("konbyen", "kapab", "demen") beside one Mauritius
 * writes alike ("zour", "konze", "kan") or beside its own; or with its own word of asking "lekel" beside a word it
 * lists; and more of its words than of Mauritian's own ("mo", "gagn", "konbien"), Haitian's ("mwen", "jou",
 * "konje"), French's, English's small words or Spanish's and Portuguese's. The word lists were written from general
 * knowledge of the language, without reading any organisation's documents or questions.
 */
import { CREOLE_NEIGHBOUR_MARKERS } from './neighbour-markers.js';
import { pidginEnglishOrder } from './pidgin-order.js';
import { PORTUGUESE } from './roman-kabuverdianu-words.js';
import { ROMANCE } from './roman-kriol-words.js';
import { ENGLISH } from './roman-pijin-words.js';
import { type RomanLanguage, readerDoors, romanReading } from './roman-reading.js';
import {
  ASKING,
  COUNTED_THINGS,
  DROPPED,
  HAITIAN_ALIKE,
  MAURITIAN_ALIKE,
  MAURITIAN_ONLY,
  MONTH_NAMES,
  NUMBER_WORDS,
  OWN,
  OWN_ASKING,
  PHRASES,
  SPELLINGS,
  VERBS,
  WORDS,
} from './roman-seselwa-words.js';
import { bareToken, joinedPhrase, listedOrInPhrases, phraseJoiner } from './roman-shared.js';

// A word as the lists spell it, in lower case.
const spell = (word: string) => {
  const lower = word.toLowerCase();
  return SPELLINGS.get(lower) ?? lower;
};

// English for what is counted: "konbyen" before one asks how many.
const COUNTED =
  /^(?:days?|nights?|weeks?|months?|years?|hours?|times?|people|persons?|employees?|workers?|colleagues?|child(?:ren)?|trips?|shifts?|boots|shoes|uniforms?)$/;
// Things that open, close, start or leave at an hour: "ki ler" of them asks what time.
const TIMED: ReadonlySet<string> = new Set(
  'ouver ferm komans konmans fini kit ariv al ale vini bato bis avyon kantin lakantin sif biro laboutik'.split(
    ' ',
  ),
);

// "konbyen" before what is counted asks how many, and before "%" what percent; "ki ler" (typed "kiler") asks what
// time of a thing with an hour, else when; "lekel" before a thing asks which; "ki" asks what where a clause opens,
// and after a thing says "that", which English leaves out ("dimoun ki malad": people who are sick).
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  const next = spelled(tokens[at + 1] ?? '');
  if (word === 'konbyen' && /^%/.test(tokens[at + 1] ?? '')) return 'what percent';
  if (word === 'konbyen' && COUNTED.test(WORDS.get(next) ?? next)) return 'how many';
  if (word === 'kiler') return tokens.some((t) => TIMED.has(spelled(t))) ? 'what time' : 'when';
  if (word === 'lekel') return WORDS.has(next) && !VERBS.has(next) && !PRONOUNS.has(next) ? 'which' : 'who';
  if (word === 'ki') return tokens.slice(0, at).every((t) => OPENING.has(spelled(t))) ? 'what' : '';
  if (word === 'eski') return '';
  return undefined;
}

// Words that may come before a clause's word of asking: its grammar, and "eski".
const OPENING: ReadonlySet<string> = new Set([...DROPPED, 'eski']);

const ASKED_FIRST = /^(?:how|what|which|when|where|why|who|is)\b/;
const PHRASES_JOINED = PHRASES.map(([typed, english]): [string, string] => [joinedPhrase(typed), english]);

// Seselwa's word lists and rules; the phrases, joined, are words of asking or everyday words.
const SESELWA: RomanLanguage = {
  asking: new Map([...ASKING, ...PHRASES_JOINED.filter(([, english]) => ASKED_FIRST.test(english))]),
  phrases: [],
  dropped: DROPPED,
  words: new Map([...WORDS, ...PHRASES_JOINED.filter(([, english]) => !ASKED_FIRST.test(english))]),
  markers: OWN,
  verbs: new Set(VERBS.keys()),
  spellings: SPELLINGS,
  // Words Mauritian Kreol, Haitian, French, Hindi or Urdu type alike ("kan", "ki", "pou", "travay", "konbyen"): no
  // sign of Seselwa on their own.
  shared: new Set([
    ...MAURITIAN_ALIKE,
    ...HAITIAN_ALIKE,
    ...'ki sa pa la en pe pou ti travay malad maladi papa manman pran fer al ale vini bis bato lavans samdi mardi vandredi'.split(
      ' ',
    ),
  ]),
  // Its own words, and those it writes as only one of its neighbours does, are plainly Seselwa's whatever the
  // dictionary has ("mon", a people of Myanmar): the count of its neighbours' words has told the question apart.
  plainly: new Set([...OWN, ...HAITIAN_ALIKE, ...MAURITIAN_ALIKE]),
  // Seselwa has no case endings: whose a thing is follows it as a word ("saler Msye Payet").
  genitive: new Set(),
  locative: new Set(),
  owned: new Set('saler lapey lavans konze kontra nimero telefonn adres lakaz madanm msye zanfan'.split(' ')),
  titles: new Set('Msye Mr Madanm Mrs Ms Mamzel Miss Dr Dokter'.split(' ')),
  joins: /\s*,\s*|\s+(?:e|and)\s+/i,
  leadingJoin: /^(?:\s*(?:e|and)[\s,]+)+/i,
  askingAt,
  // Seselwa verbs take no endings ("ganny" is get, got and getting): no form to drop.
  verbForm: /(?!)$/,
  verbStems: new Set(),
};

const seselwa = romanReading(SESELWA);

// A word the lists know, or one of a phrase's words ("lib" of "zour lib").
const isKnown = listedOrInPhrases((word) => seselwa.isListed(word), PHRASES);

// A question typed all in capitals ("KONBYEN ZOUR …") in lower case: capitals there name nothing.
const withCapitalsPlain = (question: string) =>
  /\p{Ll}/u.test(question) ? question : question.toLowerCase();

// A greeting, and "can you tell me" or "I want to know" before the question, say nothing: left out wherever a
// sentence opens ("Bonzour, eski ou kapab dir mwan kot …").
const OPENERS =
  /(^|[.?!]\s+)(?:(?:bonzour|bonswar|alo|hello|hi|mersi|silvouple|svp|pls|please)[\s,!.]+|(?:eski\s+)?ou\s+(?:kapab|kab)\s+dir\s+(?:mwan|mon)[\s,:]+|mon\s+(?:oule|anvi|ti\s+a\s+kontan)\s+konnen[\s,:]+)+/giu;
const withOpenersAway = (question: string) => question.replace(OPENERS, '$1');

// A sentence's first word as a phone capitalises it ("Konbyen", "Eski"), and a day or month typed with its capital
// ("Lendi", "Desanm"), in lower case when the lists know it: neither is a name.
const withKnownLowered = (question: string) =>
  question
    .replace(/(^|[.?!]\s+)(\p{Lu}\p{Ll}*)(?=[\s,?!.]|$)/gu, (all, before: string, word: string) =>
      word !== 'I' && isKnown(spell(word)) ? `${before}${word.toLowerCase()}` : all,
    )
    .replace(/(?<![\p{L}'])\p{Lu}\p{Ll}+(?![\p{L}'])/gu, (word) =>
      /^\p{Lu}/u.test(WORDS.get(spell(word)) ?? '') ? word.toLowerCase() : word,
    );

// "ki ler" (what time, when) as one word, so it asks apart from "ki" (what) and "ler" (time).
const withAskingJoined = (question: string) =>
  question.replace(/(?<![\p{L}'])(ki)\s+ler(?![\p{L}'])/giu, (_, ki: string) => `${ki}ler`);

// The question with its openers away, its known first words and days in lower case and "ki ler" joined: what the
// count of Seselwa's own words reads.
const lowered = (question: string) =>
  withAskingJoined(
    withKnownLowered(withOpenersAway(withCapitalsPlain(question.replace(/\s+/g, ' ').trim()))),
  );

// The pronouns, as who does a thing and as whom it is done to.
const SUBJECT: ReadonlyMap<string, string> = new Map([
  ['mon', 'I'],
  ['nou', 'we'],
  ['ou', 'you'],
  ['zot', 'they'],
  ['li', 'he'],
]);
const OBJECT: ReadonlyMap<string, string> = new Map([
  ['mwan', 'me'],
  ['nou', 'us'],
  ['ou', 'you'],
  ['zot', 'them'],
  ['li', 'him'],
]);
const PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT.keys(), ...OBJECT.keys(), 'son']);
// What follows who does a thing: a verb, a modal, a mark of tense, "pa" (not), "napa" (has no), or a state said of
// who is in it ("mon malad": I am sick).
const DOING: ReadonlySet<string> = new Set([
  ...VERBS.keys(),
  ...'in pe pou ti a ava pa napa malad ansent anreta absan blese'.split(' '),
]);
// What comes before whom a thing is done to: a verb but a modal, or "avek" (with).
const DONE_TO: ReadonlySet<string> = new Set(
  [...VERBS.keys(), 'avek', 'ar'].filter((w) => !'kapab kab bezwen bizin oule anvi annan'.includes(w)),
);

// A pronoun in English by where it stands: before a verb who does it ("mon ganny": I get), after a verb, with no
// thing after it to own, whom it is done to ("donn nou", "dir mwan": give us, tell me); elsewhere the lists read
// whose a thing is ("mon saler": my salary).
function withPronounsInEnglish(question: string): string {
  const tokens = question.split(' ');
  const word = (at: number) => spell(bareToken(tokens[at] ?? ''));
  return tokens
    .map((token, at) => {
      const said = word(at);
      // A pronoun typed with a capital past a sentence's first word is a name's ("Li Wei").
      if (!PRONOUNS.has(said) || /\p{Lu}/u.test(bareToken(token))) return token;
      const english = objectOf(said, word, at) ?? (DOING.has(word(at + 1)) ? SUBJECT.get(said) : undefined);
      return english === undefined ? token : token.replace(/\p{L}+/u, english);
    })
    .join(' ');
}

// Verbs done to someone with a thing given ("donn nou linifonm": give us uniforms): the pronoun after one is whom.
const GIVING: ReadonlySet<string> = new Set('donn donnen pey peye avoy anvoy dir demann'.split(' '));

// A pronoun after a verb or "avek" in English as whom it is done to: after a verb of giving always, after another
// only with no thing after it that it owns ("sanz mon sif": my shift), nor a verb it does.
function objectOf(said: string, word: (at: number) => string, at: number): string | undefined {
  const before = word(at - 1);
  const after = word(at + 1);
  if (!OBJECT.has(said) || !DONE_TO.has(before) || VERBS.has(after)) return undefined;
  const ownsNext = WORDS.has(after) && !DOING.has(after);
  return GIVING.has(before) || !ownsNext ? OBJECT.get(said) : undefined;
}

// "akoz" opening a clause asks why; after a word in it, it is "because" ("bato in anile akoz move tan"), and asks
// nothing.
const withBecauseSaid = (question: string) =>
  question.replace(/(?<=[\p{L}\d]\s+)akoz(?=\s+(?!ki\b|kwa\b))/gu, (akoz, at: number) =>
    /(?:^|\s)eski\s+$/u.test(question.slice(Math.max(0, at - 8), at)) ? akoz : 'because',
  );

// A number that is an English or French word too before a thing counted ("de zour", "set er") as its figure, and
// "an" or "dan" before a month ("an desanm": in December) left out, as the lists read neither.
const withNumbersAndMonths = (question: string) =>
  question.replace(
    /(?<![\p{L}'])(\p{Ll}+)\s+(?=(\p{Ll}+)(?![\p{L}']))/gu,
    (said, first: string, next: string) => {
      const figure = NUMBER_WORDS.get(first);
      if (figure !== undefined && COUNTED_THINGS.has(spell(next))) return `${figure} `;
      return (first === 'an' || first === 'dan') && MONTH_NAMES.has(next) ? '' : said;
    },
  );

// Each listed phrase as one token ("konbyen zour" as "konbyen'zour"), the marks after its last word kept.
const withPhrasesJoined = phraseJoiner(PHRASES, (word) => spell(word));

// The question as the lists read it.
const asTyped = (question: string) =>
  withPhrasesJoined(withPronounsInEnglish(withBecauseSaid(withNumbersAndMonths(lowered(question)))));

// Every word some neighbour types as its own (Haitian's "mwen", "jou", Mauritius's "mo", "gagn", French's "je",
// Spanish's "cuanto", English's "the"), unless Seselwa's lists know it too.
const NEIGHBOURS: ReadonlySet<string> = new Set(
  [...CREOLE_NEIGHBOUR_MARKERS, ...MAURITIAN_ONLY, ...ROMANCE, ...PORTUGUESE, ...ENGLISH].filter(
    (w) => !isKnown(spell(w)),
  ),
);

// Marks of tense and the verbs: after "i" or "mon" they say Seselwa is typed.
const TENSE_OR_VERB = `(?:in|pe|pou|ti|a|ava|pa|napa|${[...VERBS.keys()].join('|')})`;
// "i" after a thing and before a mark of tense or a verb ("bato i pou kit", "lapey i in rantre"), the mark before
// what is said of a thing, which Mauritius and Haiti do not write; and "mon" before one ("mon ganny", "mon in"),
// where French's "mon" is followed by a thing. Not "i" after an English word ("can i pran"), where it is "I".
const SAID_OF = new RegExp(`(?:^| )(?!(?:${ENGLISH.join('|')}) )\\p{L}+ i ${TENSE_OR_VERB}(?= |$)`, 'u');
const MON_DOES = new RegExp(`(?:^| )mon ${TENSE_OR_VERB}(?= |$)`);

// Seselwa's signs in a question's words: its own words, "i" or "mon" before a verb, a word Haitian writes too beside
// one Mauritius writes too or one of its own; and whether they are enough to tell it.
function signsOf(words: string[]): { weight: number; enough: boolean } {
  const joined = words.join(' ');
  const ownWords = words.filter((w) => OWN.has(w));
  const clauses = [SAID_OF, MON_DOES].filter((said) => said.test(joined)).map((said) => said.source);
  const own = new Set([...ownWords, ...clauses]);
  const haitianAlike = words.some((w) => HAITIAN_ALIKE.has(w));
  const mauritianAlike = words.some((w) => MAURITIAN_ALIKE.has(w));
  // "mon" is French's too: with a word Mauritius writes alike ("kan", chat's "quand") it tells nothing.
  const strong = [...own].some((w) => w !== 'mon');
  const asks = words.some((w) => OWN_ASKING.has(w)) && words.filter(isKnown).length >= 2;
  const enough =
    own.size >= 2 ||
    asks ||
    // Haiti never writes the Mauritian-alike words, Mauritius never the Haitian-alike: together they are Seselwa.
    (haitianAlike && (mauritianAlike || own.size > 0)) ||
    (strong && mauritianAlike);
  const alike = words.filter((w) => HAITIAN_ALIKE.has(w) || MAURITIAN_ALIKE.has(w)).length;
  return { weight: ownWords.length + clauses.length + alike, enough };
}

// Enough of Seselwa's signs, and more of its words than of its neighbours' own: Mauritius's "mo", "gagn",
// "konbien", Haiti's "mwen", "jou", "konje", French's "je", English's "the", Spanish's "cuanto".
function outweighsNeighbours(question: string): boolean {
  const tokens = question.toLowerCase().split(/\s+/).map(bareToken).filter(Boolean);
  const words = tokens.map(spell);
  const { weight, enough } = signsOf(words);
  const theirs = tokens.filter((t, i) => !isKnown(words[i]!) && NEIGHBOURS.has(t)).length;
  return enough && weight > theirs;
}

// A question opening with who and a modal ("I can take leave tomorrow?"): the modal first, as English asks it.
const withModalOpening = (read: string) =>
  read.replace(/(^|[.?!]\s+)(I|you|we|they|he) (can|must|will) (?=[^.?!]*\?)/g, '$1$3 $2 ');

// A question opening with who and what they do ("I get bonus?"): "do" first, as English asks it.
const DO_OPENING =
  /(^|[.?!]\s+)(I|you|we|they|he) (get|have|need|want|work|take|pay|go|come|know|lose|wear|use|borrow)(?= [^.?!]*\?)/g;
const withDoOpening = (read: string) =>
  read.replace(DO_OPENING, (_, before: string, who: string, verb: string) =>
    who === 'he' ? `${before}does he ${verb}` : `${before}do ${who} ${verb}`,
  );

// The reading in English's order: "do" and the modals before who.
const inPidginOrder = pidginEnglishOrder(VERBS);
const inEnglishOrder = (read: string) => withDoOpening(withModalOpening(inPidginOrder(read)));

const doors = readerDoors({
  reading: seselwa,
  asTyped,
  outweighsNeighbours,
  counted: lowered,
  inEnglish: inEnglishOrder,
});

/** Whether a question is typed in Seychellois Creole (its own words, more of them than of its neighbours'). */
export const typedInSeselwa = doors.typedIn;

/** The question read in English when it is typed in Seychellois Creole; else the question as it is. */
export const readSeselwa = doors.read;

/** The reading as it is: Seselwa verbs take no endings, so no unknown form of one is left to drop. */
export const withoutUnknownSeselwa = doors.withoutUnknown;

/** Whether a word, in lower case, is one of Seychellois Creole's own the reader lists. */
export const isSeselwaListed = (word: string): boolean => isKnown(spell(word));
