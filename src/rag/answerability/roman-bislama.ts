/**
 * @module A question typed in Bislama, Vanuatu's Melanesian Pidgin, in chat and mixed with English ("wanem taem
 * kantin i open?", "sapos mi go wok long Santo, hamas allowance long wan naet?"), read as the English question it
 * asks ("what time canteen open?", "if I go work in Santo. how much allowance per night?"). The reading is
 * roman-reading.ts's; Bislama's own rules are here. "wanem taem" asks when (what time of a thing that opens, starts
 * or is eaten), "hamas" how much (how many before a thing counted), "hamas taem" how many times (how long of a wait
 * or a stay), "long wea" where, "olsem wanem" how, "from wanem" why. The marks before a verb ("i", "oli") are left
 * out, but "oli" with no "ol" or "olgeta" before it in its clause is "they"; "blong" is "of", "to" before a verb,
 * and a thing's owner before it ("password blong mi": my password); "long" is "in", "to" after a verb of going or
 * telling, "at" or "on" before a time; a pronoun after a verb is the one it is done to ("givim mi": give me); an
 * English verb with Bislama's ending for an object ("cancelem") is the English verb. English's "do" goes before who
 * does what a word of asking asks of ("when do they pay salary"), and "can" or "will" before who can or will ("when
 * can I get"). Bislama is English-based, so a question is its only with two words only Bislama writes ("blong",
 * "wanem", "hamas", "taem", "naet", "kakae", "sapos", "oli"; a run such as "i stap" or "long wea" counting as one)
 * or one of its own words of asking ("wanem", "hamas") beside one of its small words, and more of its own words
 * than of English's small words ("the", "is", "do", "my"), Tok Pisin's and Pijin's ("bilong", "haumas", "taim",
 * "waswe"), Krio's, Kriol's, a Romance language's or a Pacific neighbour's: "how much r we paying the guys" and
 * "can i save my leave for next year?" stay as typed. The word lists were written from general knowledge of the
 * language, without reading any organisation's documents or questions.
 */
import { lowerParts } from '../wordnet/index.js';
import { CREOLE_NEIGHBOUR_MARKERS } from './neighbour-markers.js';
import { pidginEnglishOrder } from './pidgin-order.js';
import {
  ASKING,
  COUNTED,
  DROPPED,
  OWN,
  OWN_ASKING,
  PHRASES,
  PIDGIN,
  SPELLINGS,
  VERBS,
  WEAK,
  WORDS,
} from './roman-bislama-words.js';
import { PORTUGUESE } from './roman-kabuverdianu-words.js';
import { MARKERS as KRIO_MARKERS } from './roman-krio-words.js';
import { MARKERS as KRIOL_MARKERS, ROMANCE } from './roman-kriol-words.js';
import { type RomanLanguage, readerDoors, romanReading } from './roman-reading.js';
import { OWN as SAMOAN_OWN } from './roman-samoan-words.js';
import { bareToken, listedOrInPhrases, meaningTable as table } from './roman-shared.js';
import { OWN as TONGAN_OWN } from './roman-tongan-words.js';

// A word as the lists spell it, in lower case.
const spell = (word: string) => {
  const lower = word.toLowerCase();
  return SPELLINGS.get(lower) ?? lower;
};
// A word ends here: no letter or apostrophe follows; and starts here.
const END = "(?![\\p{L}'])";
const START = "(?<![\\p{L}'])";

// The words of asking as typed, with the phrases that ask, for the patterns that look for one.
const ASKED = `(?:olsem\\s+wanem|from\\s+wanem|blong\\s+wanem|long\\s+wea|${[...ASKING.keys()].join('|')})`;

// English's things counted: "hamas days" asks how many, "hamas allowance" how much.
const COUNTED_ENGLISH =
  /^(?:days?|nights?|weeks?|months?|years?|hours?|minutes?|times?|people|persons?|staff|workers?|employees?|children|kids?|shifts?|tickets?|passes|trips?|seats?|rooms?|beds?|uniforms?|forms?|copies|pages?)$/;
// Things with a time of day, whose "wanem taem" asks what time rather than when ("kantin i open wanem taem?").
const TIMED = new Set(
  'open openem satem sat stat statem finis kakae dinatam dina brekfas sapa bas trak plen bot sip miting close start finish lunch breakfast dinner bus flight meeting'.split(
    ' ',
  ),
);
// A wait or a stay, whose "hamas taem" asks how long rather than how many times ("hamas taem bae mi wet?").
const DURATION = new Set('wet stap tekem blok sik lif holide wait stay take last locked blocked'.split(' '));

// "hamas" before a thing counted in English asks how many; "wanem taem" of a thing with a time of day asks what
// time; "hamas taem" of a wait or a stay asks how long.
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  const words = tokens.map(spelled);
  if (word === 'hamas') return COUNTED_ENGLISH.test(words[at + 1] ?? '') ? 'how many' : undefined;
  if (word === 'wanemtaem') return words.some((w) => TIMED.has(w)) ? 'what time' : undefined;
  if (word === 'hamastaem') return words.some((w) => DURATION.has(w)) ? 'how long' : undefined;
  return undefined;
}

// Bislama's word lists and rules.
const BISLAMA: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: OWN,
  verbs: new Set(VERBS.keys()),
  spellings: SPELLINGS,
  // Words English, Krio, Indonesian or Spanish type alike ("mi", "long", "go", "gud", "lif", "kantin"): no sign of
  // Bislama on their own.
  shared: new Set(
    'mi yu i long go kam wan tu tri fo ol se we ia no o mo be gud smol save stap bos ofis dokta sik pepa fom lif kantin tiket manis mande sande pei rum bot sip wet blok finis wok hem bae nao ples skul taon maket bas kar rod fon nem namba mama papa sista fren'.split(
      ' ',
    ),
  ),
  // Its own words are plainly Bislama's whatever the dictionary has ("hamas", "mane", "taem").
  plainly: OWN,
  // Bislama has no case endings: whose a thing is follows it with "blong" ("salari blong John Kalo").
  genitive: new Set(),
  locative: new Set(),
  // Commas, and "mo", "be" or "and" (and, but) where a second question follows: "pei mo lif" is one thing asked.
  joins: new RegExp(`\\s*,\\s*|\\s+(?:mo|be|and)\\s+(?=${ASKED}${END})`, 'iu'),
  // "mo …" (and …), a greeting, "mi wantem save …" (I want to know) or "yu save talem long mi …" (can you tell
  // me) before a word of asking, opening a sentence, say nothing.
  leadingJoin: new RegExp(
    `^(?:\\s*(?:mo|be|and|plis|pls|please|halo|hello|hi|(?:(?:mi\\s+)?wantem\\s+save|(?:(?:yu\\s+)?save\\s+)?talem\\s+(?:(?:long|to)\\s+)?(?:mi|me))(?=[\\s,:]+${ASKED}${END}))[\\s,:]+)+`,
    'iu',
  ),
  askingAt,
  // The ending a verb takes for an object ("aprovum", "rekodem"): a form of one the lists do not give is dropped
  // when neither English nor the knowledge base knows it.
  verbForm: /(?:em|im|um)$/,
  verbStems: new Set(
    'giv tek kar tal ask luk har mek kas put sal ba kil sak kat hol open sat stop send jek sain fiks faen lukaot rit raet yus kol ring jenis lan help liv draev stat blok lok bon ber win lus aprov rekod kaont tij klin was'.split(
      ' ',
    ),
  ),
};

const bislama = romanReading(BISLAMA);

// A word the lists know, or one of a phrase's words ("bel" of "gat bel").
const isKnown = listedOrInPhrases((word) => bislama.isListed(word), PHRASES);

// A sentence's first word as a phone capitalises it ("Wanem", "Mi", "Sapos"), in lower case when the lists know
// it: the reading's own lowering misses "I", Bislama's mark before a verb ("I gat …", "I stap …").
const withOpenersLowered = (question: string) =>
  question.replace(
    /(^|[.?!]\s+)(\p{Lu}\p{Ll}*)(?=[\s,?!.]|$)/gu,
    (all, before: string, word: string, at: number) => {
      const rest = question.slice(at + before.length);
      const english =
        word === 'I' && !/^I\s+(?:gat|nogat|stap|no|bin|stil|blok|sat|finis)(?![\p{L}'])/u.test(rest);
      return !english && isKnown(spell(word)) ? `${before}${word.toLowerCase()}` : all;
    },
  );

// A greeting, thanks or please said on its own ("Halo,", "Tankyu tumas."): no sentence to read.
const withGreetingsAway = (question: string) =>
  question.replace(
    /(?<![\p{L}'])(?:halo|hello|gud\s+(?:moning|aftenun|naet)|tankyu|tank\s+yu|plis)(?:\s+tumas)?\s*[.!,]+\s*/giu,
    '',
  );

// A day ("Sarede", "Fraede") or a month ("Desemba") typed with its capital: no name, but the day, read so.
const withDaysLowered = (question: string) =>
  question.replace(/(?<![\p{L}'])\p{Lu}\p{Ll}+(?![\p{L}'])/gu, (day) =>
    /^\p{Lu}/u.test(WORDS.get(spell(day)) ?? '') ? day.toLowerCase() : day,
  );

// "wanem taem" (when) and "hamas taem" (how many times, how long) as one word each, so what they ask is read
// apart from "taem" (time).
const withAskingJoined = (question: string) =>
  question.replace(/(?<![\p{L}'])(wanem|hamas)\s+taem(?![\p{L}'])/giu, '$1taem');

// The question with its first words and days in lower case and its words of asking joined: what the count of
// Bislama's own words reads.
const lowered = (question: string) =>
  withAskingJoined(
    withDaysLowered(withGreetingsAway(withOpenersLowered(question.replace(/\s+/g, ' ').trim()))),
  );

// "i stap", "oli stap" (is, are, there is): the mark and "stap" say nothing a question read in English needs
// ("kantin i stap wanem taem", "ofis i stap long wea"); "i stap gat" and "i no stap" (is not here) are read by
// the phrases.
const withStapAway = (question: string) =>
  question.replace(/(?<![\p{L}'])(i|oli)\s+stap(?![\p{L}'])(?!\s+gat)/giu, '$1');

// Verbs that are things too: "wok blong mi" is my work.
const THINGS_TOO: ReadonlySet<string> = new Set(['wok']);

// Whose a thing is, said after it with "blong" ("password blong mi"), in English.
const OWNERS: ReadonlyMap<string, string> = new Map(
  table(['my: mi; your: yu yufala yutufala; his: hem; our: yumi mifala yumitu mitufala; their: olgeta']),
);
// Whom a thing is done to, in English.
const OBJECTS: ReadonlyMap<string, string> = new Map(
  table(['me: mi; you: yu yufala yutufala; him: hem; us: yumi mifala yumitu mitufala; them: olgeta']),
);
// Words no thing owned is: verbs, words of asking and grammar, owners, and the small words between things.
const NOT_OWNED: ReadonlySet<string> = new Set([
  ...[...VERBS.keys()].filter((verb) => !THINGS_TOO.has(verb)),
  ...ASKING.keys(),
  ...DROPPED,
  ...OWNERS.keys(),
  ...'long blong wan tu tri sapos mo o be no from wetem plante evri sam to and'.split(' '),
]);
// A word that may be (part of) the thing owned: nothing ends it ("Santo,"), and it is no small word nor a verb.
const ownable = (token: string) => {
  const word = spell(bareToken(token));
  return /[\p{L}\d]$/u.test(token) && !/^\d/.test(token) && !NOT_OWNED.has(word) && !isVerbTyped(word);
};
// A verb with Bislama's ending for an object that no list gives ("cancelem", "aprovum"): done, not owned.
const isVerbTyped = (word: string) => /(?:em|im|um)$/.test(word) && !isKnown(word) && !lowerParts(word).size;

// "password blong mi", "sik lif blong yu": the owner before the thing (of up to two words), as English says it
// ("my password", "your sik lif"); with no thing before it ("mekem blong mi"), the owner is whom it is for, in
// English ("blong me"). "salari blong John Kalo" stays, read "salary of John Kalo".
function withOwnersFirst(question: string): string {
  const tokens = question.split(' ');
  for (let i = 1; i < tokens.length - 1; i++) {
    const said = spell(bareToken(tokens[i + 1]!));
    const owner = OWNERS.get(said);
    // Only "blong" and an owner standing alone, no mark before the owner ("blong (mi)").
    if (spell(tokens[i]!) !== 'blong' || owner === undefined || !/^\p{L}/u.test(tokens[i + 1]!)) continue;
    let at = i;
    while (at > 0 && i - at < 2 && ownable(tokens[at - 1]!)) at--;
    const end = tail(tokens[i + 1]!);
    if (at === i) {
      tokens[i + 1] = `${OBJECTS.get(said)}${end}`;
      continue;
    }
    tokens.splice(i, 2);
    tokens[i - 1] = `${tokens[i - 1]}${end}`;
    tokens.splice(at, 0, owner);
  }
  return tokens.join(' ');
}
// The marks a token ends with ("mi?": "?").
const tail = (token: string) => /[^\p{L}\d]*$/u.exec(token)?.[0] ?? '';

// Verbs that "blong" before them makes a purpose ("fom blong aplae", a form to apply): not those that are things
// too ("kontrak blong wok", a contract of work), nor the modals.
const PURPOSED = [...VERBS.keys()].filter(
  (v) =>
    !THINGS_TOO.has(v) &&
    !['bonem', 'gat', 'save', 'mas', 'bae', 'bambae', 'wantem', 'kanot', 'ded', 'finis', 'stap'].includes(v),
);
// The verbs "blong" after them is "for", as typed: not those that are things too.
const DOING_TYPED = [...VERBS.keys()].filter((verb) => !THINGS_TOO.has(verb)).join('|');
// "blong" after a verb is "for" ("aplae blong lif", "wet blong bas"), before one "to" ("fom blong aplae").
const withToBeforeVerb = (question: string) =>
  question
    .replace(new RegExp(`${START}blong(?=\\s+(?:${PURPOSED.join('|')})${END})`, 'giu'), 'to')
    .replace(new RegExp(`(${START}(?:${DOING_TYPED})\\s+)blong${END}`, 'giu'), '$1for');

// Verbs of going, sending and telling, after which "long" is "to" ("kam long Vila", "talem long bos").
const TOWARDS =
  'go|kam|kambak|gobak|ron|flae|sendem|givim|talem|toktok|tok|askem|karem|ringim|kolem|singaot|aplae';
// Times, which "long" before them puts a thing at ("kam long naet"): the phrases read them.
const TIMES = `naet|moning|aftenun|dinatam|tede|tumora|wan|wea|wanem|taem|${['mande', 'tusde', 'wenesde', 'tosde', 'fraede', 'sarede', 'sande'].join('|')}`;
const OBJECT_TYPED = [...OBJECTS.keys()].join('|');

// "long" after a verb of going or telling is "to" ("kam long Vila", "talem long bos"), and before a pronoun too
// ("givim long mi", "long mi": to me), with the pronoun in English.
const withTowards = (question: string) =>
  question
    .replace(
      new RegExp(`${START}long\\s+(${OBJECT_TYPED})${END}`, 'giu'),
      (_, who: string) => `to ${OBJECTS.get(who.toLowerCase())}`,
    )
    .replace(new RegExp(`(${START}(?:${TOWARDS})\\s+)long(?!\\s+(?:${TIMES})${END})${END}`, 'giu'), '$1to');

// Verbs that are done to someone: all but the modals and the verbs of going, staying and working.
const NOT_DONE_TO = new Set('save mas bae bambae wantem kanot go kam stap wok ded finis'.split(' '));
const DONE_TO = [...VERBS.keys()].filter((verb) => !NOT_DONE_TO.has(verb));
// A pronoun after a verb done to someone is whom it is done to ("givim mi", "pem olgeta"), in English.
const withObjectsInEnglish = (question: string) =>
  question.replace(
    new RegExp(`(${START}(?:${DONE_TO.join('|')})\\s+)(${OBJECT_TYPED})${END}`, 'giu'),
    (_, verb: string, who: string) => `${verb}${OBJECTS.get(who.toLowerCase())}`,
  );

// Whether the words of a clause before an "oli" name who it is said of ("ol technician … oli kam", "olgeta oli"):
// "ol", "olgeta", or an English plural.
const saidOfMany = (before: string) =>
  before
    .split(/\s+/)
    .map(bareToken)
    .some((t) => ['ol', 'olgeta'].includes(spell(t)) || (/^\p{Ll}{3,}s$/u.test(t) && !isKnown(spell(t))));

// "oli" with no one named before it in its clause is "they" ("wanem taem oli pem salari?"); after a name of many it
// is only the mark before a verb, left out.
const withOliThey = (question: string) =>
  question.replace(/(?<![\p{L}'])oli(?![\p{L}'])/giu, (oli: string, at: number) => {
    const clause =
      question
        .slice(0, at)
        .split(/[,.?!;:]/)
        .at(-1) ?? '';
    return saidOfMany(clause) ? oli : 'they';
  });

// "tu" before a thing counted is two ("tu dei"); elsewhere it is "also", as the lists read it.
const COUNTED_WORDS = [...COUNTED.map(([word]) => word), 'taem'].join('|');
const withTwo = (question: string) =>
  question.replace(new RegExp(`${START}tu(?=\\s+(?:${COUNTED_WORDS})${END})`, 'giu'), 'two');

// "taem" opening a clause before who does something is "when" ("taem mi sik, …"), no time.
const withWhenSaid = (question: string) =>
  question.replace(new RegExp(`(^|[,.?!]\\s*)taem(?=\\s+(?:${OBJECT_TYPED}|they|i)${END})`, 'giu'), '$1when');

// An English verb typed with Bislama's ending for an object ("cancelem", "bookim", "approvem"): the English verb,
// which the knowledge base knows. Not an English word that only ends alike ("system", "problem", "premium").
const withEnglishVerbs = (question: string) =>
  question.replace(/(?<![\p{L}'])(\p{Ll}{3,})(?:em|im|um)(?![\p{L}'])/gu, (word: string, stem: string) => {
    if (isKnown(spell(word)) || lowerParts(word).size) return word;
    return [stem, `${stem}e`].find((verb) => lowerParts(verb).has('verb')) ?? word;
  });

// The question as the lists read it, each step on the last's text.
const STEPS: ReadonlyArray<(question: string) => string> = [
  withStapAway,
  withOwnersFirst,
  withEnglishVerbs,
  withToBeforeVerb,
  withTowards,
  withObjectsInEnglish,
  withOliThey,
  withTwo,
  withWhenSaid,
];
const asTyped = (question: string) => STEPS.reduce((text, step) => step(text), lowered(question));

// English's small words, which Bislama never types ("the", "is", "do", "my"): a question in chat English with a
// Bislama word or two in it has more of them than of Bislama's own.
const ENGLISH =
  'the is are was were do does did what when where who how why which can could will would should my your our their this that these those have has had there it and or not of with for to at on a an me am'.split(
    ' ',
  );

// Every word some neighbour types as its own (Tok Pisin's "bilong", Pijin's "waswe", Krio's "wetin", Kriol's "weh",
// Spanish's "cuanto", Portuguese's "quando", Samoan's "fia", Tongan's "fiha", English's "the"), unless Bislama's
// lists know it too.
const NEIGHBOURS: ReadonlySet<string> = new Set(
  [
    ...PIDGIN,
    ...KRIO_MARKERS,
    ...KRIOL_MARKERS,
    ...ROMANCE,
    ...PORTUGUESE,
    ...CREOLE_NEIGHBOUR_MARKERS,
    ...SAMOAN_OWN,
    ...TONGAN_OWN,
    ...ENGLISH,
  ].filter((w) => !isKnown(spell(w)) && !OWN.has(spell(w))),
);

// A word in lower case without its marks.
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

// The words of a question in lower case.
const tokensOf = (question: string) => question.toLowerCase().split(/\s+/).map(bareToken).filter(Boolean);

// Runs of words only Bislama says, though each word is English's or a neighbour's too ("i stap", "long wea", "bae
// mi"): counted as one of its own words.
const CLAUSE =
  /(?:^| )(?:i stap|oli stap|i gat|oli gat|bae mi|bae yu|bae hem|long wea|hu nao|wea nao|wanem nao|mi save|yu save|mi wantem|mi mas|mi no save|i no save)(?= |$)/;

// Two of Bislama's own words at least, or one of its own words of asking beside one of its small words, and more
// of its own than of its neighbours': English types "long", "go" and "save", Tok Pisin "wanem" and "bilong".
function outweighsNeighbours(question: string): boolean {
  const tokens = tokensOf(question);
  const words = tokens.map(spell);
  const clause = CLAUSE.test(words.join(' ')) ? ['(clause)'] : [];
  const own = [...words.filter((w) => OWN.has(w)), ...clause];
  const theirs = tokens.filter(
    (t, i) => !OWN.has(words[i]!) && (NEIGHBOURS.has(t) || NEIGHBOURS.has(fold(t))),
  );
  const asks = words.some((w) => OWN_ASKING.has(w)) && words.some((w) => WEAK.has(w));
  return (new Set(own).size >= 2 || asks) && own.length > theirs.length;
}

// The reading in English's order: "do" and the modals before who, and "kakae" as eating where it is done.
const inEnglishOrder = pidginEnglishOrder(VERBS);

const doors = readerDoors({
  reading: bislama,
  asTyped,
  outweighsNeighbours,
  counted: lowered,
  inEnglish: inEnglishOrder,
});

/** Whether a question is typed in Bislama (its own words, more of them than of English's or a neighbour's). */
export const typedInBislama = doors.typedIn;

/** The question read in English when it is typed in Bislama; else the question as it is. */
export const readBislama = doors.read;

/** The reading without the forms of Bislama verbs ("aprovum") that neither English nor the knowledge base knows. */
export const withoutUnknownBislama = doors.withoutUnknown;

/** Whether a word, in lower case, is one of Bislama's own the reader lists. */
export const isBislamaListed = (word: string): boolean => isKnown(spell(word));
