/**
 * @module A question typed in Solomon Islands Pijin in chat, mixed with English ("haomas nao selen blo ovataem?",
 * "wanem taem nao bas hem lusim Honiara?", "hao nao mi save aplae for lif?", "mi sik tumoro, mi mas duim wanem?"),
 * read as the English question it asks ("how much overtime pay?", "what time bus leave Honiara?", "how can I apply
 * for leave?", "I sick tomorrow. what must I do?"). The reading is roman-reading.ts's; Pijin's own rules are here.
 * "nao" after a word of asking only marks what is asked ("hu nao", "haomas nao"), and is left out; "hem" after a
 * thing and before what it does only says the thing again ("bas hem lusim": the bus leaves), and is left out too,
 * as is "i", the mark before a verb older Pijin types; "olketa" before a verb is "they", before a thing the mark of
 * many; "blong" ("blo", "bilong") is "of", "to" before a verb, and a thing's owner before it ("lif blo mi": my
 * leave); "for" before a verb is "to"; "long" ("lo") is "in", "to" after a verb of going or telling, "at" or "on"
 * before a time; a pronoun after a verb is the one it is done to ("peim mi": pay me). "wanem taem" asks when (what
 * time of a thing that opens, starts or leaves), "haomas" how much (how many before a thing counted), "haomas taem"
 * how many times (how long of a wait), "hao" how, "waswe" why. English's "do" goes before who does what a word of
 * asking asks of, and "can", "must" or "will" before who can, must or will ("what must I do"). Pijin shares most of
 * its words with Bislama and Tok Pisin, so a question is its only with two words only Pijin writes ("haomas",
 * "olketa", "iumi", "selen", "tumoro", "duim", "garem", "lusim"; a run such as "hu nao" counting as one, and a
 * "hem" said again after a thing) or one of its own words of asking ("haomas", "hao", "waswe") beside one of its
 * small words, and more of its own words than of Bislama's ("hamas", "oli", "mane", "tede"), Tok Pisin's ("husat",
 * "taim", "kisim", "i"), English's small words, Krio's, Kriol's, a Romance language's or a Pacific neighbour's. The
 * word lists were written from general knowledge of the language, without reading any organisation's documents or
 * questions.
 */
import { lowerParts } from '../wordnet/index.js';
import { CREOLE_NEIGHBOUR_MARKERS } from './neighbour-markers.js';
import { pidginEnglishOrder } from './pidgin-order.js';
import { OWN as BISLAMA_OWN } from './roman-bislama-words.js';
import { PORTUGUESE } from './roman-kabuverdianu-words.js';
import { MARKERS as KRIO_MARKERS } from './roman-krio-words.js';
import { MARKERS as KRIOL_MARKERS, ROMANCE } from './roman-kriol-words.js';
import {
  ASKING,
  COUNTED,
  COUNTED_ENGLISH,
  DROPPED,
  DURATION,
  ENGLISH,
  KIND_OF,
  OBJECTS,
  OWN,
  OWN_ASKING,
  OWNERS,
  PHRASES,
  SPELLINGS,
  TIMED,
  TOK_PISIN,
  VERBS,
  WEAK,
  WORDS,
} from './roman-pijin-words.js';
import { type RomanLanguage, readerDoors, romanReading } from './roman-reading.js';
import { OWN as SAMOAN_OWN } from './roman-samoan-words.js';
import { bareToken, listedOrInPhrases } from './roman-shared.js';
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
const ASKED = `(?:olsem\\s+wanem|from\\s+wanem|long\\s+wea|${[...ASKING.keys()].join('|')})`;

// Whether "haomas" counts the thing after it, past a "nao" ("haomas days", "haomas nao workers"), which is no kind
// of another thing ("haomas night shift allowance" asks how much).
const countsNext = (words: string[], at: number) => {
  const next = words[at + 1] === 'nao' ? at + 2 : at + 1;
  return COUNTED_ENGLISH.test(words[next] ?? '') && !KIND_OF.test(words[next + 1] ?? '');
};

// "haomas" before a thing counted in English asks how many; "wanem taem" of a thing with a time of day asks what
// time; "haomas taem" of a wait or a stay asks how long.
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  const words = tokens.map(spelled);
  if (word === 'haomas') return countsNext(words, at) ? 'how many' : undefined;
  if (word === 'wanemtaem') return words.some((w) => TIMED.has(w)) ? 'what time' : undefined;
  if (word === 'haomastaem') return words.some((w) => DURATION.has(w)) ? 'how long' : undefined;
  return undefined;
}

// Pijin's word lists and rules.
const PIJIN: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: OWN,
  verbs: new Set(VERBS.keys()),
  spellings: SPELLINGS,
  // Words English, Bislama, Krio or Indonesian type alike ("mi", "long", "go", "gud", "lif", "kantin"): no sign of
  // Pijin on their own.
  shared: new Set(
    'mi yu iu long go kam wan tu tri se ia no o mo gud smol save stap bos ofis dokta sik pepa fom lif kantin tiket mande sande pei rum bot sip wet finis wok hem bae nao ples skul taon maket bas kar rod fon nem namba mama papa sista fren taem naet wik dei yia aoa mas'.split(
      ' ',
    ),
  ),
  // Its own words are plainly Pijin's whatever the dictionary has ("hao", "mani", "waka").
  plainly: OWN,
  // Pijin has no case endings: whose a thing is follows it with "blong" ("salari blo John Kalo").
  genitive: new Set(),
  locative: new Set(),
  // Commas, and "mo", "an", "bat" or "and" (and, but), a comma before them or not, where a second question follows:
  // "pei mo lif" is one thing asked.
  joins: new RegExp(`\\s*,?\\s+(?:mo|an|bat|and|but)\\s+(?=${ASKED}${END})|\\s*,\\s*`, 'iu'),
  // "mo …" (and …), a greeting, "mi laek save …" (I want to know) or "iu save talem mi …" (can you tell me) before
  // a word of asking, opening a sentence, say nothing.
  leadingJoin: new RegExp(
    `^(?:\\s*(?:mo|an|and|plis|pls|please|halo|hello|hi|(?:(?:mi\\s+)?(?:laek|laekem|wande)\\s+(?:for\\s+)?save|(?:(?:iu|yu)\\s+)?save\\s+talem\\s+(?:(?:long|to)\\s+)?(?:mi|me)|(?:iu|yu)\\s+save)(?=[\\s,:]+${ASKED}${END}))[\\s,:]+)+`,
    'iu',
  ),
  askingAt,
  // The ending a verb takes for an object ("aprovim", "rekodem"): a form of one the lists do not give is dropped
  // when neither English nor the knowledge base knows it.
  verbForm: /(?:em|im|um)$/,
  verbStems: new Set(
    'giv tek kar kas tal ask luk her mek put sal ba open sat sar stop send sek jek sain fiks faend lukaot rid raet ius kol ring jenis lan help lus draev stat finis nid mit du pe ber kaont klin was kat sak let aprov rekod'.split(
      ' ',
    ),
  ),
};

const pijin = romanReading(PIJIN);

// A word the lists know, or one of a phrase's words ("bel" of "garem bel").
const isKnown = listedOrInPhrases((word) => pijin.isListed(word), PHRASES);

// A sentence's first word as a phone capitalises it ("Wanem", "Mi", "Haomas"), in lower case when the lists know it.
const withOpenersLowered = (question: string) =>
  question.replace(/(^|[.?!]\s+)(\p{Lu}\p{Ll}*)(?=[\s,?!.]|$)/gu, (all, before: string, word: string) => {
    const lower = word.toLowerCase();
    return word !== 'I' && isKnown(spell(lower)) ? `${before}${lower}` : all;
  });

// A greeting, thanks or please said on its own ("Halo,", "Tanggio tumas."): no sentence to read.
const withGreetingsAway = (question: string) =>
  question.replace(
    /(?<![\p{L}'])(?:halo|hello|gud\s+(?:moning|aftanun|aftenun|ivining|naet)|tanggio|tangio|tagio|tankiu|plis)(?:\s+(?:tumas|evriwan|olketa|bos))*\s*[.!,]+\s*/giu,
    '',
  );

// A day ("Sarere", "Fraede") or a month ("Disemba") typed with its capital: no name, but the day, read so.
const withDaysLowered = (question: string) =>
  question.replace(/(?<![\p{L}'])\p{Lu}\p{Ll}+(?![\p{L}'])/gu, (day) =>
    /^\p{Lu}/u.test(WORDS.get(spell(day)) ?? '') ? day.toLowerCase() : day,
  );

// "wanem taem" (when) and "haomas taem" (how many times, how long) as one word each, so what they ask is read
// apart from "taem" (time).
const withAskingJoined = (question: string) =>
  question.replace(/(?<![\p{L}'])(wanem|haomas|homas)\s+taem(?![\p{L}'])/giu, (_, asked: string) =>
    asked.toLowerCase() === 'wanem' ? 'wanemtaem' : 'haomastaem',
  );

// A question typed all in capitals ("HAOMAS NAO SELEN …") in lower case: capitals there name nothing.
const withCapitalsPlain = (question: string) =>
  /\p{Ll}/u.test(question) ? question : question.toLowerCase();

// The question with its first words and days in lower case and its words of asking joined: what the count of
// Pijin's own words reads.
const lowered = (question: string) =>
  withAskingJoined(
    withDaysLowered(
      withGreetingsAway(withOpenersLowered(withCapitalsPlain(question.replace(/\s+/g, ' ').trim()))),
    ),
  );

// Chat's spellings in lower case ("blo", "lo", "tmoro") as the lists spell them, so the steps after see one form.
const withSpellingsPlain = (question: string) =>
  question.replace(/(?<![\p{L}'])\p{Ll}+(?![\p{L}'])/gu, (word) => SPELLINGS.get(word) ?? word);

// "i", the mark before a verb ("bos i no stap"), says nothing; opening a clause it is English's "I", kept.
const withMarkAway = (question: string) => question.replace(/(?<=[\p{L}\d]\s+)i\s+(?=\p{L})/gu, '');

// "hem stap", "i stap" (is, is there): "stap" and the mark say nothing a question read in English needs ("ofis blo
// HR hem stap wea?"); not before "garem" (have), which says who has a thing.
const withStapAway = (question: string) =>
  question.replace(/(?<![\p{L}'])(?:hem|i)\s+stap(?![\p{L}'])(?!\s+garem)\s*/giu, '');

// Words that say what a thing does or is after it: the verbs, the modals, "no" (not) and a state ("sik").
const PREDICATE: ReadonlySet<string> = new Set([...VERBS.keys(), 'no', 'sik', 'leit', 'redi', 'open']);
// Pronouns and words no thing is: a "hem" after them is the pronoun, not the thing said again.
const NOT_THING: ReadonlySet<string> = new Set([
  ...ASKING.keys(),
  ...DROPPED,
  ...WEAK,
  ...'iumi yumi mifala mitufala iufala yufala iutufala olketa sapos from bikos taem olsem wanemtaem haomastaem'.split(
    ' ',
  ),
]);
// A word that may be a thing something is said of: nothing ends it ("Honiara,"), and it is no small word nor verb.
const isThing = (token: string) =>
  /[\p{L}\d]$/u.test(token) && !NOT_THING.has(spell(bareToken(token))) && !VERBS.has(spell(bareToken(token)));

// Whether the words before `at` end in a thing: a thing itself, or a thing's owner after "blong" ("waka blo mi").
const thingEndsAt = (tokens: string[], at: number) =>
  isThing(tokens[at - 1]!) ||
  (at > 1 && spell(bareToken(tokens[at - 2]!)) === 'blong' && /\p{L}$/u.test(tokens[at - 1]!));

// Whether "hem" at `at` says again the thing before it ("bas hem lusim", "pikinini blo mi hem sik").
const resumes = (tokens: string[], at: number) =>
  at > 0 &&
  spell(bareToken(tokens[at]!)) === 'hem' &&
  /^\p{L}+$/u.test(tokens[at]!) &&
  thingEndsAt(tokens, at) &&
  PREDICATE.has(spell(bareToken(tokens[at + 1] ?? '')));

// "bas hem lusim" (the bus, it leaves): the "hem" that says the thing again, left out.
const withResumptiveAway = (question: string) => {
  const tokens = question.split(' ');
  return tokens.filter((_, at) => !resumes(tokens, at)).join(' ');
};

// Verbs that are things too: "waka blo mi" is my work.
const THINGS_TOO: ReadonlySet<string> = new Set(['waka', 'wok', 'slip']);

// Words no thing owned is: verbs, words of asking and grammar, owners, and the small words between things.
const NOT_OWNED: ReadonlySet<string> = new Set([
  ...[...VERBS.keys()].filter((verb) => !THINGS_TOO.has(verb)),
  ...ASKING.keys(),
  ...DROPPED,
  ...OWNERS.keys(),
  ...'long blong for wan tu tri sapos mo o bat no from witim staka evri samfala eni to and'.split(' '),
]);
// A word that may be (part of) the thing owned: nothing ends it ("Auki,"), and it is no small word nor a verb.
const ownable = (token: string) => {
  const word = spell(bareToken(token));
  return /[\p{L}\d]$/u.test(token) && !/^\d/.test(token) && !NOT_OWNED.has(word) && !isVerbTyped(word);
};
// A verb with Pijin's ending for an object that no list gives ("cancelim", "aprovim"): done, not owned.
const isVerbTyped = (word: string) => /(?:em|im|um)$/.test(word) && !isKnown(word) && !lowerParts(word).size;
// The marks a token ends with ("mi?": "?").
const tail = (token: string) => /[^\p{L}\d]*$/u.exec(token)?.[0] ?? '';

// "lif blong mi", "pei slip blong iu": the owner before the thing (of up to two words), as English says it ("my
// lif"); with no thing before it ("duim blong mi"), the owner is whom it is for ("blong me"). "salari blong John
// Kalo" stays, read "salary of John Kalo".
function withOwnersFirst(question: string): string {
  const tokens = question.split(' ');
  for (let i = 1; i < tokens.length - 1; i++) {
    const said = spell(bareToken(tokens[i + 1]!));
    const owner = OWNERS.get(said);
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

// An English verb typed with Pijin's ending for an object ("cancelim", "bookim", "approvem"): the English verb,
// which the knowledge base knows. Not an English word that only ends alike ("system", "problem", "premium").
const withEnglishVerbs = (question: string) =>
  question.replace(/(?<![\p{L}'])(\p{Ll}{3,})(?:em|im|um)(?![\p{L}'])/gu, (word: string, stem: string) => {
    if (isKnown(spell(word)) || lowerParts(word).size) return word;
    return [stem, `${stem}e`].find((verb) => lowerParts(verb).has('verb')) ?? word;
  });

// The modals and the verbs of being and wanting, which "blong" or "for" before them makes no purpose.
const MODALS = 'save mas bae kanot garem laek laekem wande stap finis dae ded marit'.split(' ');
// Verbs that "blong" or "for" before them makes a purpose ("fom blo aplae", "hao for aplae"): not the things too.
const PURPOSED = [...VERBS.keys()].filter((v) => !THINGS_TOO.has(v) && !MODALS.includes(v)).join('|');
// The verbs "blong" after them is "for", as typed: not those that are things too.
const DOING_TYPED = [...VERBS.keys()].filter((verb) => !THINGS_TOO.has(verb)).join('|');
// "blong" or "for" before a verb is "to" ("fom blo aplae", "hao for aplae"), "blong" after one "for" ("aplae blo
// lif"), and "for" after "hao" (how) "to" whatever follows ("hao for claim": how to claim); "laek" (want) before
// a verb wants to do it ("laek tekem lif": want to take leave).
const withToBeforeVerb = (question: string) =>
  question
    .replace(new RegExp(`(${START}hao(?:\\s+nao)?\\s+)for${END}`, 'giu'), '$1to')
    .replace(new RegExp(`${START}(?:blong|for)(?=\\s+(?:${PURPOSED})${END})`, 'giu'), 'to')
    .replace(new RegExp(`(${START}(?:${DOING_TYPED})\\s+)blong${END}`, 'giu'), '$1for')
    .replace(new RegExp(`(${START}(?:laek|laekem|wande))(?=\\s+(?:${PURPOSED})${END})`, 'giu'), '$1 to');

// Verbs of going, sending and telling, after which "long" is "to" ("kam long Honiara", "talem long bos").
const TOWARDS =
  'go|kam|kambak|gobaek|wakabaot|sendem|givim|talem|toktok|tok|askem|askim|karem|karim|ringim|kolem|aplae';
// Times, which "long" before them puts a thing at ("kam long naet"): the phrases read them.
const TIMES = `naet|moning|aftanun|tude|tumoro|wan|wanfala|wea|wanem|taem|lanj|${['mande', 'tiusde', 'wenesde', 'tosde', 'fraede', 'sarere', 'sande'].join('|')}`;
const OBJECT_TYPED = [...OBJECTS.keys()].join('|');

// "long" after a verb of going or telling is "to" ("kam long Auki", "talem long bos"), and before a pronoun too
// ("givim long mi", "long mi": to me), with the pronoun in English.
const withTowards = (question: string) =>
  question
    .replace(
      new RegExp(`${START}long\\s+(${OBJECT_TYPED})${END}`, 'giu'),
      (_, who: string) => `to ${OBJECTS.get(who.toLowerCase())}`,
    )
    .replace(new RegExp(`(${START}(?:${TOWARDS})\\s+)long(?!\\s+(?:${TIMES})${END})${END}`, 'giu'), '$1to');

// Verbs that are done to someone: all but the modals and the verbs of going, staying and working.
const NOT_DONE_TO = new Set(
  'save mas bae kanot laek laekem wande go kam stap waka wok dae ded finis garem wakabaot'.split(' '),
);
const DONE_TO = [...VERBS.keys()].filter((verb) => !NOT_DONE_TO.has(verb));
// A pronoun after a verb done to someone is whom it is done to ("givim mi", "peim olketa"), in English.
const withObjectsInEnglish = (question: string) =>
  question.replace(
    new RegExp(`(${START}(?:${DONE_TO.join('|')})\\s+)(${OBJECT_TYPED})${END}`, 'giu'),
    (_, verb: string, who: string) => `${verb}${OBJECTS.get(who.toLowerCase())}`,
  );

// "olketa" before a verb, a modal or "no" is "they" ("waswe olketa no peim mi?"); before a thing it is the mark of
// many, which the lists leave out ("olketa wakman": workers).
const BEFORE_DOING = [...VERBS.keys(), 'no'].join('|');
const withOlketaThey = (question: string) =>
  question.replace(new RegExp(`${START}olketa(?=\\s+(?:${BEFORE_DOING})${END})`, 'giu'), 'they');

// "tu" or "tufala" before a thing counted is two ("tufala dei"); elsewhere "tu" is "also", as the lists read it.
const COUNTED_WORDS = [...COUNTED.map(([word]) => word), 'taem'].join('|');
const withTwo = (question: string) =>
  question.replace(new RegExp(`${START}(?:tu|tufala)(?=\\s+(?:${COUNTED_WORDS})${END})`, 'giu'), 'two');

// "taem" opening a clause before who does something is "when" ("taem mi sik, …"), no time.
const withWhenSaid = (question: string) =>
  question.replace(new RegExp(`(^|[,.?!]\\s*)taem(?=\\s+(?:${OBJECT_TYPED}|they)${END})`, 'giu'), '$1when');

// The question as the lists read it, each step on the last's text.
const STEPS: ReadonlyArray<(question: string) => string> = [
  withSpellingsPlain,
  withMarkAway,
  withStapAway,
  withResumptiveAway,
  withOwnersFirst,
  withEnglishVerbs,
  withToBeforeVerb,
  withTowards,
  withObjectsInEnglish,
  withOlketaThey,
  withTwo,
  withWhenSaid,
];
const asTyped = (question: string) => STEPS.reduce((text, step) => step(text), lowered(question));

// Every word some neighbour types as its own (Bislama's "hamas", "oli" and "mane", Tok Pisin's "husat" and "taim",
// Krio's "wetin", Kriol's "weh", Spanish's "cuanto", Samoan's "fia", Tongan's "fiha", English's "the"), unless
// Pijin's lists know it too.
const NEIGHBOURS: ReadonlySet<string> = new Set(
  [
    ...BISLAMA_OWN,
    ...TOK_PISIN,
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

// The question without a name in two capitalised words ("Hao Yu", "Janet Soma"), as its words are counted: a name
// is no word of Pijin's, though "hao" is.
const withoutNames = (question: string) => {
  const typed = question.split(/\s+/);
  const capital = (w: string | undefined) => !!w && w !== 'I' && /^\p{Lu}\p{Ll}/u.test(bareToken(w));
  return typed.filter((w, i) => !(capital(w) && (capital(typed[i + 1]) || capital(typed[i - 1])))).join(' ');
};

// Runs of words only Pijin says, though each word is English's or a neighbour's too ("hu nao", "wea nao", "hem
// garem"): counted as one of its own words.
const CLAUSE =
  /(?:^| )(?:(?:wanem|wanemtaem|hu|wea|haomas|hao|waswe) nao|hem garem|no garem|mi laek save|iu save)(?= |$)/;

// Whether a "hem" says again the thing before it ("bas hem lusim"), which Bislama and Tok Pisin say with "i".
const saysThingAgain = (question: string) => {
  const tokens = question.split(' ');
  return tokens.some((_, at) => resumes(tokens, at));
};

// Two of Pijin's own words at least, or one of its own words of asking beside one of its small words, and more of
// its own than of its neighbours': English types "long", "go" and "save", Bislama "wanem", "taem" and "blong".
function outweighsNeighbours(question: string): boolean {
  const tokens = tokensOf(question);
  const words = tokens.map(spell);
  const joined = words.join(' ');
  const clause = CLAUSE.test(joined) ? ['(clause)'] : [];
  const again = saysThingAgain(joined) ? ['(again)'] : [];
  const own = [...words.filter((w) => OWN.has(w)), ...clause, ...again];
  const theirs = tokens.filter(
    (t, i) => !OWN.has(words[i]!) && (NEIGHBOURS.has(t) || NEIGHBOURS.has(fold(t))),
  );
  const asks = words.some((w) => OWN_ASKING.has(w)) && words.some((w) => WEAK.has(w));
  return (new Set(own).size >= 2 || asks) && own.length > theirs.length;
}

// A question opening with who and "can", "must" or "will" ("they will pay us on Friday?"): the modal first.
const withModalOpening = (read: string) =>
  read.replace(/(^|[.?!]\s+)(I|you|we|they|he) (can|must|will) (?=[^.?!]*\?)/g, '$1$3 $2 ');

// The reading in English's order: "do" and the modals before who, and "kaikai" as eating where it is done.
const inPidginOrder = pidginEnglishOrder(VERBS);
const inEnglishOrder = (read: string) => withModalOpening(inPidginOrder(read));

const doors = readerDoors({
  reading: pijin,
  asTyped,
  outweighsNeighbours,
  counted: (question) => lowered(withoutNames(question)),
  inEnglish: inEnglishOrder,
});

/** Whether a question is typed in Solomons Pijin (its own words, more of them than of English's or a neighbour's). */
export const typedInPijin = doors.typedIn;

/** The question read in English when it is typed in Solomons Pijin; else the question as it is. */
export const readPijin = doors.read;

/** The reading without the forms of Pijin verbs ("aprovim") that neither English nor the knowledge base knows. */
export const withoutUnknownPijin = doors.withoutUnknown;

/** Whether a word, in lower case, is one of Solomons Pijin's own the reader lists. */
export const isPijinListed = (word: string): boolean => isKnown(spell(word));
