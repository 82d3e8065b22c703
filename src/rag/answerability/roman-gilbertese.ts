/**
 * @module A question typed in Gilbertese (te taetae ni Kiribati) in chat, mixed with English ("ningai te pay day?",
 * "iraua te boong n au motirawa?", "I kona n anaa au motirawa ningabong?"), read as the English question it asks
 * ("when pay day?", "how many days my leave?", "can I take my leave tomorrow?"). The reading is roman-reading.ts's;
 * Gilbertese's own rules are here: the older spelling's "b'" and "m'" are "bw" and "mw" ("kab'aka", pay); a greeting
 * or thanks ("Mauri", "ko rabwa") says nothing; "i", "ko", "ti" and "kam" before a verb are who does it ("I kona n
 * anaa": I can take), and "i" elsewhere is "at"; "ana" after "n" or a modal and before whose a thing is, is "anaa"
 * (take), not "his"; "iai" straight after a verb only points back ("kauka iai", opens there); "iraua" of what is
 * counted asks how many, else how much. English's "do" goes before who does what is asked of, and the modal before
 * who ("can I take"). Gilbertese shares its small words with its neighbours ("te", "e", "i", "ko" with Samoan,
 * Tongan, Maori, French and Spanish; "iai" with Samoan; "ia" with Indonesian), so a question is Gilbertese's only
 * with two words only Gilbertese writes ("ningai", "iraua", "antai", "akea", "kabwaka", "mwakuri", "motirawa"), or
 * one of its own words of asking beside one of its small words, or one of its own clauses ("I kona n", "e riai n",
 * "mena ia", "iai te", "ke akea") beside one of its own words; and more of its own words than of its neighbours':
 * English's small words, Samoan's, Tongan's, Maori's, Tagalog's, Bislama's and Pijin's own, Spanish's, Portuguese's,
 * French's, a creole's or Indonesian's. The word lists were written from general knowledge of the language, without
 * reading any organisation's documents or questions.
 */
import { isDictionaryWord } from '../wordnet/index.js';
import { CREOLE_NEIGHBOUR_MARKERS } from './neighbour-markers.js';
import { pidginEnglishOrder } from './pidgin-order.js';
import { OWN as BISLAMA_OWN, PIDGIN } from './roman-bislama-words.js';
import {
  ASKING,
  COUNTED_ENGLISH,
  DROPPED,
  OWN,
  OWN_ASKING,
  PHRASES,
  SPELLINGS,
  SUBJECTS,
  VERBS,
  WEAK,
  WORDS,
} from './roman-gilbertese-words.js';
import { PORTUGUESE } from './roman-kabuverdianu-words.js';
import { ROMANCE } from './roman-kriol-words.js';
import { ENGLISH, OWN as PIJIN_OWN } from './roman-pijin-words.js';
import { type RomanLanguage, readerDoors, romanReading } from './roman-reading.js';
import { OWN as SAMOAN_OWN } from './roman-samoan-words.js';
import { bareToken, joinedPhrase, listedOrInPhrases, phraseJoiner } from './roman-shared.js';
import { OWN as TONGAN_OWN } from './roman-tongan-words.js';

// A word as the lists spell it, in lower case.
const spell = (word: string) => {
  const lower = word.toLowerCase();
  return SPELLINGS.get(lower) ?? lower;
};

// "iraua" before what is counted asks how many (past "te": "iraua te shifts"), before "%" what percent; the phrases
// read Gilbertese's own things counted ("iraua te boong").
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  if (word !== 'iraua') return undefined;
  if (/^%/.test(tokens[at + 1] ?? '')) return 'what percent';
  const next = spelled(tokens[at + 1] ?? '') === 'te' ? tokens[at + 2] : tokens[at + 1];
  const said = spelled(next ?? '');
  return COUNTED_ENGLISH.test(WORDS.get(said) ?? said) ? 'how many' : undefined;
}

const ASKED_FIRST = /^(?:how|what|which|when|where|why|who|to whom|is)\b/;
const PHRASES_JOINED = PHRASES.map(([typed, english]): [string, string] => [joinedPhrase(typed), english]);

// Gilbertese's word lists and rules; the phrases, joined, are words of asking or everyday words.
const GILBERTESE: RomanLanguage = {
  asking: new Map([...ASKING, ...PHRASES_JOINED.filter(([, english]) => ASKED_FIRST.test(english))]),
  phrases: [],
  dropped: DROPPED,
  words: new Map([...WORDS, ...PHRASES_JOINED.filter(([, english]) => !ASKED_FIRST.test(english))]),
  markers: OWN,
  // The verbs, and "iai" (there is), which a question of whether there is a thing asks with ("iai te bus?").
  verbs: new Set([...VERBS.keys(), 'iai']),
  spellings: SPELLINGS,
  // Words Samoan, Tongan, Maori, Sesotho, Spanish, French or English type alike ("te", "iai", "ika", "utu", "nako",
  // "mate", "tai"): no sign of Gilbertese on their own.
  shared: new Set([
    ...WEAK,
    ...'ika utu nako anga mate tai mare reta tabo waa auti aine karo bane moa naba tii bati mai roko reke toki am'.split(
      ' ',
    ),
  ]),
  // Its own words are plainly Gilbertese's whatever the dictionary has ("kona", a coast of Hawaii): the count of its
  // neighbours' words has told the question apart.
  plainly: OWN,
  // Gilbertese has no case endings: whose a thing is follows it in the thing's "-n" form ("kabwakan Nei Teresia").
  genitive: new Set(),
  locative: new Set(),
  // "kabwakan Nei Teresia", "aran Tebano Ioane": the pay, the name of the person named after it.
  owned: new Set('kabwakan aran motirawan mwakurin'.split(' ')),
  titles: new Set('Nei Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr.'.split(' ')),
  joins: /\s*,\s*|\s+(?:ao|and)\s+/i,
  leadingJoin: /^(?:\s*(?:ao|and)[\s,]+)+/i,
  askingAt,
  // The endings a verb takes when done to someone or passive ("kabwakaaki", paid; "kanakoaki", sent; "anganira",
  // give us): a form the lists do not give is dropped when neither English nor the knowledge base knows it.
  verbForm: /(?:aki|ki|ia|nai|nira|ko)$/,
  verbStems: new Set(
    'kabwaka kabwakaa anaa anga wetea kanakoa karekea tuanga karaoa titiraki kitana kauka'.split(' '),
  ),
};

const gilbertese = romanReading(GILBERTESE);

// A word the lists know, or one of a phrase's words ("aaron" of "n aaron tera").
const isKnown = listedOrInPhrases((word) => gilbertese.isListed(word), PHRASES);

// Glottal stops and apostrophes as phones type them (ʻ, ‘, ’, `) as the apostrophe; the older spelling's "b'" and
// "m'" before a vowel ("kab'aka", "m'akuri") as "bw" and "mw", which the lists spell.
const withMarksPlain = (question: string) =>
  question.replace(/[ʻ‘’`´]/gu, "'").replace(/([bBmM])'(?=[aeiouAEIOU])/gu, '$1w');

// A question typed all in capitals ("NINGAI TE PAY DAY?") in lower case: capitals there name nothing.
const withCapitalsPlain = (question: string) =>
  /\p{Ll}/u.test(question) ? question : question.toLowerCase();

// A greeting or thanks opening a sentence ("Mauri,", "Kam na mauri", "Ko rabwa,"), and thanks closing one (", ko
// rabwa"): no sentence to read. The closing thanks is looked for from the start of the commas before it only, so a
// long run of commas is passed over once.
const GREETING =
  '(?:(?:kam|ko)\\s+(?:na\\s+)?(?:bane\\s+(?:ni\\s+)?)?mauri|mauri|(?:kam|ko)\\s+(?:bati\\s+n\\s+)?rabwa(?:\\s+n\\s+rabwa)?|tiabo)';
const OPENING_GREETING = new RegExp(`(^|[.?!]\\s+)${GREETING}(?![\\p{L}'])[\\s,.!]*`, 'giu');
const CLOSING_THANKS =
  /(?<![\s,])[\s,]*(?<![\p{L}'])(?:kam|ko)\s+(?:bati\s+n\s+)?rabwa(?:\s+n\s+rabwa)?(?![\p{L}'])/giu;
const withGreetingsAway = (question: string) =>
  question.replace(OPENING_GREETING, '$1').replace(CLOSING_THANKS, '');

// A sentence's first word as a phone capitalises it ("Ningai", "Ko", "I"), in lower case when the lists know it,
// unless another capital follows it and a name begins there ("Tera Nova"); a day typed with its capital ("Tabati"),
// which is no name.
const withKnownLowered = (question: string) =>
  question
    .replace(
      /(^|[.?!]\s+)(\p{Lu}\p{Ll}*)(?=[\s,?!.]|$)(?!\s+\p{Lu})/gu,
      (all, before: string, word: string) => (isKnown(spell(word)) ? `${before}${word.toLowerCase()}` : all),
    )
    .replace(/(?<![\p{L}'])\p{Lu}\p{Ll}+(?![\p{L}'])/gu, (day) =>
      /^\p{Lu}/u.test(WORDS.get(spell(day)) ?? '') ? day.toLowerCase() : day,
    );

// The question as its own words are counted: its marks plain, its greetings away, its known first words lowered.
const counted = (question: string) =>
  withKnownLowered(
    withGreetingsAway(withCapitalsPlain(withMarksPlain(question.replace(/\s+/g, ' ').trim()))),
  );

// "te wiiki ae e na roko" (the week that will come) and "ae e a nako" (that has gone) as the phrases spell them,
// without the "e" and "a" that would make them too long to be read as one.
const withTimeJoined = (question: string) =>
  question.replace(
    /(?<![\p{L}'])ae\s+(?:e\s+)?(?:(na\s+roko)|(?:a\s+)?nako)(?![\p{L}'])/giu,
    (_, coming: string | undefined) => (coming ? 'ae na roko' : 'ae nako'),
  );

// "n te wiiki aei" (in this week), "i te namwakaina ae na roko" (in the next month): the time, without the "n te" that
// the reading would read as "per".
const withTimeBare = (question: string) =>
  question.replace(
    /(?<![\p{L}'])(?:n|ni|i)\s+te\s+(?=(?:boong|bong|wiiki|wiki|namwakaina|namakaina|ririki)\s+(?:aei|ae\s+na\s+roko|ae\s+nako)(?![\p{L}']))/giu,
    '',
  );

// A comma before a modal after who does it ("natiu e aoraki, I kona n anaa …"): what is said before is a sentence of
// its own, so the question after it opens with its modal as English asks ("can I take …").
const withToldApart = (question: string) =>
  question.replace(/\s*,\s+(?=(?:i|ko|ti|kam|e)\s+(?:aki\s+)?(?:kona|riai)(?![\p{L}']))/giu, '. ');

// "ana" after "n" or a modal and before whose a thing is or "te" ("I kona n ana au motirawa") is "anaa" (take)
// typed short; elsewhere it is "his" ("n ana motirawa", of his leave).
const withTakeRead = (question: string) =>
  question.replace(
    /(?<![\p{L}'])(n|ni|na|kona|riai|aki)\s+ana(?=\s+(?:au|am|ana|ara|ami|aia|te)(?![\p{L}']))/giu,
    '$1 anaa',
  );

// "iai" straight after a verb only points back to a place, a time or a person said before ("e kauka iai te office",
// opens there; "titiraki iai", ask them): left out, so it is not read as "there is".
const POINTING = new RegExp(`(?<![\\p{L}'])(${[...VERBS.keys()].join('|')})\\s+iai(?![\\p{L}'])`, 'giu');
const withPointingAway = (question: string) => question.replace(POINTING, '$1');

// What follows who does a thing: a verb, a state ("I aoraki", I am sick), and the marks that may stand between
// them ("I na karekea", I will get; "ko aki kabwakaa", you do not pay).
const DOING: ReadonlySet<string> = new Set([...VERBS.keys(), 'aoraki', 'mate']);
const BETWEEN: ReadonlySet<string> = new Set(['na', 'a', 'aki', 'tii', 'naba']);

// Whether the words after a pronoun are a verb, past at most two marks of tense or "not".
function verbAfter(tokens: string[], at: number): boolean {
  for (let i = at + 1; i < Math.min(tokens.length, at + 4); i++) {
    const word = spell(bareToken(tokens[i]!));
    if (DOING.has(word)) return true;
    if (!BETWEEN.has(word) || /[.?!,]$/.test(tokens[i]!)) return false;
  }
  return false;
}

// "i", "ko", "ti" and "kam" before a verb in English as who does it ("I kona", "ko aki kabwakaa", "ti mwakuri"), so
// the reading puts the modal and "do" before them as English asks; "i" elsewhere is "at" ("i Betio"), but English's
// "I" before an English word no Gilbertese list has ("i get paid", "i am sick": "I'm", so "am" is no "your").
function withPronounsRead(question: string): string {
  const tokens = question.split(' ');
  return tokens
    .map((token, at) => {
      const bare = bareToken(token).toLowerCase();
      const english = SUBJECTS.get(bare);
      if (english === undefined || /[.?!,]$/.test(token)) return token;
      if (verbAfter(tokens, at)) return token.replace(/\p{L}+/u, english);
      return bare === 'i' && englishAfter(tokens, at) ? token.replace(/\p{L}+/u, 'I') : token;
    })
    .join(' ')
    .replace(/(^|\s)I am(?=\s|$)/g, "$1I'm");
}

const ENGLISH_WORDS: ReadonlySet<string> = new Set(ENGLISH);
// Whether the word after `at` is English's and no Gilbertese list's ("get", "am"; not "kona").
const englishAfter = (tokens: string[], at: number) => {
  const next = bareToken(tokens[at + 1] ?? '').toLowerCase();
  return next === 'am' || ((ENGLISH_WORDS.has(next) || isDictionaryWord(next)) && !isKnown(spell(next)));
};

// Each listed phrase as one token ("konbyen zour" as "konbyen'zour"), the marks after its last word kept.
const withPhrasesJoined = phraseJoiner(PHRASES, (word) => spell(word));

// The question as the lists read it, each step on the last's text.
const STEPS: ReadonlyArray<(question: string) => string> = [
  counted,
  withTimeJoined,
  withTimeBare,
  withToldApart,
  withTakeRead,
  withPointingAway,
  withPronounsRead,
  withPhrasesJoined,
];
const asTyped = (question: string) => STEPS.reduce((text, step) => step(text), question);

// Words of Gilbertese's Pacific neighbours whose chat shares its "te", "ko" and "ia": Maori ("hea", "aha", "tari",
// "mahi"), Tuvaluan ("tenei", "galuega"), Hawaiian ("ehia", "hana"), Fijian ("vica", "cava") and Tagalog ("ang",
// "ilan", "magkano"). A question with more of theirs than of Gilbertese's own is theirs.
const PACIFIC =
  'hia wai hea aha ahea pehea tehea haora marama whiwhi tono taea haere timata mutu kua nga tamariki whanau kaimahi tari ahau taku toku aku ratou koutou kei mahi tenei tena kafai galuega malologa ehia hola hana loaa vica cava evei vakacava ang ng mga sa po naman lang niya kami tayo siya sila ito yung kasi pero wala saan kailan paano bakit ano sino ilan magkano pwede hindi ako ikaw'.split(
    ' ',
  );

// Every word some neighbour types as its own (Samoan's "fia", Tongan's "fiha", Maori's "hea", Bislama's "wanem",
// Spanish's "cuando", Portuguese's "quando", Indonesian's "berapa", English's "the"), unless Gilbertese's lists know
// it too ("iai", Samoan's; "am", English's).
const NEIGHBOURS: ReadonlySet<string> = new Set(
  [
    ...CREOLE_NEIGHBOUR_MARKERS,
    ...ROMANCE,
    ...PORTUGUESE,
    ...ENGLISH,
    ...SAMOAN_OWN,
    ...TONGAN_OWN,
    ...BISLAMA_OWN,
    ...PIDGIN,
    ...PIJIN_OWN,
    ...PACIFIC,
  ].filter((w) => !isKnown(spell(w))),
);

// Gilbertese's own clauses, each of small words other languages type too: a modal after who does it and before "n"
// ("I kona n", "e riai n"), "mena ia" (where is), "iai te" (is there a), "ke akea" (or not), "n aaron tera" (how).
const CLAUSE =
  /(?:^| )(?:(?:i|ko|ti|kam|e|a) (?:aki )?(?:kona|riai) n|mena ia|mai ia|iai te|ke akea|ke tiaki|n aaron tera)(?= |$)/;

// The words of a question in lower case as the lists spell them, but a name's: a word with a capital past a
// sentence's first ("Betio", "Nei Teresia", "HR") is no word of the language.
const wordsOf = (question: string) =>
  question
    .split(' ')
    .map(bareToken)
    .filter((t) => t && !/\p{Lu}/u.test(t))
    .map(spell);

// Enough of Gilbertese's signs (two of its own words, one of its words of asking beside one of its small words, or
// one of its clauses beside one of its own words), and more of its own words than of its neighbours' own.
function outweighsNeighbours(question: string): boolean {
  const words = wordsOf(question);
  const clause = CLAUSE.test(words.join(' ')) ? 1 : 0;
  const own = words.filter((w) => OWN.has(w));
  const asks = words.some((w) => OWN_ASKING.has(w)) && words.some((w) => WEAK.has(w));
  const enough = new Set(own).size + clause >= 2 || asks;
  const theirs = words.filter((w) => !isKnown(w) && NEIGHBOURS.has(w)).length;
  return enough && own.length + clause > theirs;
}

// A question opening with who and a modal ("I can take leave tomorrow?"): the modal first, as English asks it.
const withModalOpening = (read: string) =>
  read.replace(/(^|[.?!]\s+)(I|you|we|they|he) (can|must) (?=[^.?!]*\?)/g, '$1$3 $2 ');

// A question opening with who and what they do ("we get bonus?"): "do" first, as English asks it.
const DO_OPENING =
  /(^|[.?!]\s+)(I|you|we|they) (get|pay|take|give|come|go|work|need|want|know|see|return|start|end|live|send)(?= [^.?!]*\?)/g;
const withDoOpening = (read: string) => read.replace(DO_OPENING, '$1do $2 $3');

// The reading in English's order: "do" and the modals before who.
const inPidginOrder = pidginEnglishOrder(VERBS);
const inEnglish = (read: string) => withDoOpening(withModalOpening(inPidginOrder(read)));

const doors = readerDoors({ reading: gilbertese, asTyped, outweighsNeighbours, counted, inEnglish });

/** Whether a question is typed in Gilbertese (its own words, more of them than of its neighbours'). */
export const typedInGilbertese = doors.typedIn;

/** The question read in English when it is typed in Gilbertese; else the question as it is. */
export const readGilbertese = doors.read;

/** The reading without the forms of Gilbertese verbs ("kanakoaki") that neither English nor the knowledge base knows. */
export const withoutUnknownGilbertese = doors.withoutUnknown;

/** Whether a word, in lower case, is one of Gilbertese's own the reader lists ("ningai" asks when; it is no name). */
export const isGilberteseListed = (word: string): boolean => isKnown(spell(word));
