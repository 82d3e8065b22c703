/**
 * @module A question typed in Tongan (lea faka-Tonga) in chat, with or without its macrons and glottal stops
 * (fakau'a) and mixed with English ("fiha 'aho malolo 'oku ou ma'u?", "ko e ha e taimi 'oku kamata ai e ngaue?",
 * "'e lava ke u ha'u he Sapate?"), read as the English question it asks ("how many days leave do I get?", "what time
 * does work start?", "can I come on Sunday?"). The reading is roman-reading.ts's; Tongan's own rules are here: a
 * glottal stop or a macron is typed or not ("pa'anga", "paanga"), but "ma'u" (get) is no "mau" (we) and "ta'u"
 * (year) no "tau" (we), which are pronouns only after a mark of tense ("'oku mau ma'u", we get); "ko e ha" asks
 * what, and why before a clause that points back with "ai"; "'i fe", "ki fe" and "ko fe" ask where, "'anefe" when it
 * was and "'afe" when it will be, but "afe" after a number is a thousand; "pe" asks whether only when no other word
 * asks; "ke" after a mark of tense is "you", else only "to". English's "do" goes before who does what a word of
 * asking asks of ("how many days leave do I get"), and a thing that starts or ends before its verb ("what time does
 * work start"). A question is Tongan's only with two words only Tongan writes ("fiha", "'oku", "ngaue", "houa",
 * "pa'anga") or one of its own words of asking ("fiha", "ko e ha", "ko hai", "'i fe", "'anefe") beside one of its
 * small words, and more of its own words than of Samoan's, Maori's, Tagalog's, Spanish's, Portuguese's, a creole's
 * or English's small words: "taimi", "malolo", "totongi", "fanau" and "lotu" are Samoan's too. The word lists were
 * written from general knowledge of the language, without reading any organisation's documents or questions.
 */
import { CREOLE_NEIGHBOUR_MARKERS } from './neighbour-markers.js';
import { PORTUGUESE } from './roman-kabuverdianu-words.js';
import { ROMANCE } from './roman-kriol-words.js';
import { type RomanLanguage, readerDoors, romanReading } from './roman-reading.js';
import { OWN as SAMOAN_OWN } from './roman-samoan-words.js';
import { listedOrInPhrases } from './roman-shared.js';
import {
  ASKING,
  BEFORE_PRONOUN,
  DROPPED,
  MARKED,
  OWN,
  OWN_ASKING,
  PHRASES,
  SPELLINGS,
  VERBS,
  WEAK,
  WORDS,
} from './roman-tongan-words.js';

// A word as the lists spell it, in lower case.
const spell = (word: string) => {
  const lower = word.toLowerCase();
  return SPELLINGS.get(lower) ?? lower;
};

// The words of asking that open a question ("fe", which, follows the thing it asks of; "pe" asks only when nothing
// else does), as a pattern.
const OPENING = [...ASKING.keys()].filter((w) => w !== 'pe' && w !== 'fe').join('|');

// The words of asking as typed, with the small word before them ("'oku fiha", "'e fiha"), for the patterns that look
// for one.
const ASKED = `(?:(?:oku|nae|e|ko|i|ki)\\s+)?(?:${OPENING})`;

// The marks of tense after which "ko e ha" asks why when the clause points back with "ai" ("ko e ha 'oku 'ikai ke
// totongi ai au?", why am I not paid).
const TENSE = new Set(['oku', 'nae', 'naa', 'ne', 'e', 'kuo', 'te']);

// Whether a word after "pe" asks: then "pe" only says the question is one, and that word asks it.
const asksLater = (tokens: string[], at: number, spelled: (t: string) => string) =>
  tokens.slice(at + 1).some((token) => {
    const word = spelled(token);
    return word !== 'pe' && ASKING.has(word);
  });

// The marks of the past, after which "'anefe" (when it was) asks when something did happen.
const PAST = new Set(['nae', 'naa', 'ne', 'kuo']);

// "ko e ha" before a mark of tense and a clause that ends in "ai" asks why; "'anefe" before a mark of the past asks
// when it did; "pe" before another word of asking or inside a clause ("Monite pe Tusite", Monday or Tuesday) asks
// nothing.
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  const next = spelled(tokens[at + 1] ?? '');
  if (word === 'koeha' && TENSE.has(next))
    return tokens.slice(at + 2).some((t) => spelled(t) === 'ai') ? 'why' : undefined;
  if (word === 'anefe' && PAST.has(next)) return 'when did';
  if (word === 'pe') return at === 0 && !asksLater(tokens, at, spelled) ? undefined : '';
  return undefined;
}

// Tongan's word lists and rules.
const TONGAN: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: OWN,
  // The verbs, and "iai" (there is), which a question of whether there is a thing asks with ("'oku 'i ai ha …").
  verbs: new Set([...VERBS.keys(), 'iai']),
  spellings: SPELLINGS,
  // Words Samoan, Maori, Tetum, Indonesian, Spanish, Italian or English type alike ("taimi", "malolo", "lava", "ke",
  // "mate", "pule", "he"): no sign of Tongan on their own.
  shared: new Set(
    'e a o i ki he ko ke mo pea ai ha ou u ku te ne na ni ka kai taimi malolo pasi lotu alu mate pepe pule lelei fale tala lava fai nofo mai atu toe kei koe au ia tau mau fa ua tolu ono fitu valu nima taha mea sio ui io hiva po lau ako tuli liliu lao lisi sifi kava mali fanau puke lavea putu tangata kainga famili matua fe pe'.split(
      ' ',
    ),
  ),
  // Words that are plainly Tongan's in a question, whatever the dictionary has ("vahe", salary; "houa", hour).
  plainly: new Set('fiha koeha kohai oku nae kuo vahe ngaue aho houa uike mahina paanga'.split(' ')),
  // Tongan has no case endings: whose a thing is follows it with "'o" or "'a" ("'a e vahe 'o Sione").
  genitive: new Set(),
  locative: new Set(),
  // "vahe Sione Tupou" (the "'o" read away): the salary of Sione Tupou.
  owned: new Set('totongi vahe vahenga paanga fika telefoni tuasila aleapau malolo famili hingoa'.split(' ')),
  titles: new Set('Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Toketa Faifekau'.split(' ')),
  // Commas, and "pea", "mo" or "kae" (and) where a second question follows: "vahe mo e totongi" is one thing asked.
  joins: new RegExp(`\\s*,\\s*|\\s+(?:pea|mo|kae|and)\\s+(?=${ASKED}(?![\\p{L}']))`, 'iu'),
  // "pea …" (and …), "'oku ou fie 'ilo …" (I want to know) or "'e lava ke ke tala mai …" (can you tell me) before a
  // word of asking, opening a sentence, say nothing.
  leadingJoin: new RegExp(
    `^(?:\\s*(?:pea|mo|kae|and|oku\\s+ou\\s+(?:fie|fiemau)\\s+(?:ke\\s+u\\s+)?ilo|(?:(?:(?:e|oku)\\s+)?lava\\s+ke\\s+ke\\s+)?(?:tala|fakamatala)\\s+mai(?:\\s+kiate\\s+au)?(?=\\s+(?:pe|${ASKED})(?![\\p{L}'])))[\\s,]+)+`,
    'iu',
  ),
  askingAt,
  // The endings a verb takes when done to something or made a noun ("totongi'i", paid; "ngaue'anga", workplace):
  // a form of one the lists do not give is dropped when neither English nor the knowledge base knows it.
  verbForm: /(?:i|ia|a|aki|ekina|ngia|anga|ina|ngi)$/,
  verbStems: new Set(
    'totongi kamata ngaue mavahe fakangofua fakamooni fakaava tapuni kole fakatau tokoni ngaohi fetongi taofi'.split(
      ' ',
    ),
  ),
};

const tongan = romanReading(TONGAN);

// A word the lists know, or one of a phrase's words ("hoko" of "uike hoko mai").
const isKnown = listedOrInPhrases((word) => tongan.isListed(word), PHRASES);

// Glottal stops as phones type them (ʻ, ‘, ’, `) typed as the apostrophe; "pē" (just) left out; macrons, and the
// accent that marks a phrase's end ("'ahó ni"), left out: no other accent is touched.
const withMarksPlain = (question: string) =>
  question
    .replace(/[ʻ‘’`´]/gu, "'")
    .replace(/(?<![\p{L}'])pē(?![\p{L}'])\s*/gu, '')
    .normalize('NFD')
    .replace(/\u0304/gu, '')
    .replace(/([aeiouAEIOU])\u0301(?![\p{L}])/gu, '$1')
    .normalize('NFC');

// A glottal stop as the letter ʻokina, which the reading counts inside a word ("maʻu"), not as an apostrophe.
const withOkina = (word: string) => word.replace(/'/g, 'ʻ');

// A Tongan word typed with a glottal stop ("'oku", "pa'anga", "'i") as the lists spell it, without: the reading
// counts a word's letters apart at an apostrophe. The words a glottal stop tells apart ("ma'u", "ta'u") keep it, as
// the ʻokina; English's own ("don't") are left alone.
const withGlottalsPlain = (question: string) =>
  question.replace(/(?<![\p{L}'])'?\p{L}+(?:'\p{L}+)*/gu, (word) => {
    if (!word.includes("'")) return word;
    if (MARKED.has(withOkina(word.toLowerCase()))) return withOkina(word);
    const bare = word.replace(/'/g, '');
    return isKnown(bare.toLowerCase()) ? bare : word;
  });

// A greeting, thanks or please said on its own ("Malo e lelei,", "Kataki."): no sentence to read.
const withGreetingsAway = (question: string) =>
  question.replace(
    /(?<![\p{L}'])(?:malo|kataki|fakamolemole|tulou)(?:\s+(?:e\s+lelei|aupito|lahi|pe))*\s*[.!,]+\s*/giu,
    '',
  );

// A sentence's first word as a phone capitalises it ("Fiha", "Ko e ha", "'Oku"), in lower case when the lists know
// it: the reading's own lowering misses a word of one letter. Not English's "I", but "I fe …" (where …).
const withOpenersLowered = (question: string) =>
  question.replace(
    /(^|[.?!]\s+)(\p{Lu}\p{Ll}*)(?=[\s,?!.]|$)/gu,
    (all, before: string, word: string, at: number) => {
      const rest = question.slice(at + before.length);
      const english = word === 'I' && !/^I\s+(?:fe|he|ai)(?![\p{L}'])/u.test(rest);
      return !english && isKnown(spell(word)) ? `${before}${word.toLowerCase()}` : all;
    },
  );

// A word of asking typed as two or three ("ko e ha", "koe ha", "ko hai", "'i fe", "toko fiha") as one, so a clause
// that asks it is seen to ask; "'i ai" (there is, there) as one; "afe" after a number, a thousand, not "when"; "lava
// pe" (can just) as "lava".
const JOINED: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}'])([Kk])o\s*e\s+ha(?![\p{L}'])/gu, '$1oeha'],
  [/(?<![\p{L}'])([Kk])o\s*e\s+fe(?![\p{L}'])/gu, '$1oefe'],
  [/(?<![\p{L}'])([Kk])o\s+hai(?![\p{L}'])/gu, '$1ohai'],
  [/(?<![\p{L}'])([Kk])o\s+fe(?![\p{L}'])/gu, '$1ofe'],
  [/(?<![\p{L}'])([Mm])ei\s+fe(?![\p{L}'])/gu, '$1eife'],
  [/(?<![\p{L}'])([Kk]i|[Ii])\s+fe(?![\p{L}'])/gu, '$1fe'],
  [/(?<![\p{L}'])([Tt])oko\s+fiha(?![\p{L}'])/gu, '$1okofiha'],
  [/(?<![\p{L}'])([Ii])\s+ai(?![\p{L}'])/gu, '$1ai'],
  [/(?<![\p{L}'])(\d+|taha|ua|tolu|fa|nima|ono|fitu|valu|hiva)\s+afe(?![\p{L}'])/giu, '$1 thousand'],
  [/(?<![\p{L}'])(lava)\s+pe(?![\p{L}'])/giu, '$1'],
  // "ko hai 'oku ne …" (who is it that he …): the "ne" only points back to who is asked of.
  [/(?<![\p{L}'])(kohai\s+(?:oku|naa|te|kuo))\s+ne(?![\p{L}'])/giu, '$1'],
];
const withAskingJoined = (question: string) =>
  JOINED.reduce((text, [pattern, joined]) => text.replace(pattern, joined), question);

// "mau" and "tau" are the pronouns "we" only after a mark of tense or "ke" ("'oku mau", "te tau"); elsewhere they are
// "ma'u" (get) and "ta'u" (year) typed without the glottal stop ("fiha tau", "'oku ou mau"). "hau" is "ha'u" (come).
const withPronounsRead = (question: string) =>
  question.replace(/(?<![\p{L}'])([mth])au(?![\p{L}'])/giu, (word, first: string, at: number) => {
    const before = /([\p{L}']+)\s+$/u.exec(question.slice(0, at))?.[1]?.toLowerCase() ?? '';
    const pronoun = first.toLowerCase() !== 'h' && BEFORE_PRONOUN.has(spell(before));
    // A capital past the question's first word is a name's ("Tau Fifita", "Viliami Hau").
    const named = /^\p{Lu}/u.test(word) && /\p{L}/u.test(question.slice(0, at));
    return pronoun || named ? word : `${first}aʻu`;
  });

// "'i he uike kaha'u" (in the next week), "'i he mahina kuo 'osi" (in the last month): the time, without the "'i he"
// that the reading would read as "per".
const withTimeBare = (question: string) =>
  question.replace(
    /(?<![\p{L}'])(?:(?:i|ki)\s+)?he\s+(?=(?:aho|uike|mahina|taʻu)\s+(?:ni|ko\s+eni|kahau|hoko|kuo\s+osi|kuo\s+hili|kuohili)(?![\p{L}']))/giu,
    '',
  );

// "'a e vahe 'o Sione Tupou": the "'o" (of) between a thing a person has and their name, read away, so the reading
// sees the thing owned beside the name ("salary of Sione Tupou").
const OWNED = [...(TONGAN.owned ?? [])].join('|');
const withOwnerNamed = (question: string) =>
  question.replace(new RegExp(`(?<![\\p{L}'])(${OWNED})\\s+(?:o|a)\\s+(?=\\p{Lu})`, 'gu'), '$1 ');

// A day ("Sapate", "Monite"), a month ("Tisema") or a feast ("Kilisimasi", "Ta'u Fo'ou") typed with its capital: no
// name, but the day, read so.
const withDaysLowered = (question: string) =>
  question
    .replace(/(?<![\p{L}'])Taʻu\s+Foou(?![\p{L}'])/gu, (feast) => feast.toLowerCase())
    .replace(/(?<![\p{L}'])\p{Lu}\p{Ll}+(?![\p{L}'])/gu, (day) => {
      const english = WORDS.get(spell(day)) ?? '';
      return /^\p{Lu}/u.test(english) && english !== 'I' ? day.toLowerCase() : day;
    });

// The question as the lists spell it, each step on the last's text.
const STEPS: ReadonlyArray<(question: string) => string> = [
  withMarksPlain,
  withGlottalsPlain,
  withGreetingsAway,
  withOpenersLowered,
  withAskingJoined,
  withPronounsRead,
  withTimeBare,
  withOwnerNamed,
  withDaysLowered,
];
const asTyped = (question: string) => STEPS.reduce((text, step) => step(text), question);

// Words of Tongan's neighbours in the Pacific, whose chat shares Tongan's "ko", "ki", "he", "mo" and "taimi": Maori
// ("hia", "kei hea", "utu", "mahi", "haora"), Hawaiian ("ehia", "hola", "hana"), Fijian ("vica", "cava") and
// Tagalog ("ilan", "magkano"). A question with more of theirs than of Tongan's own is theirs.
const PACIFIC =
  'hia wai hea aha ahea pehea tehea utu mahi haora wiki marama whiwhi tono taea haere timata mutu kua nga tamariki whanau kaimahi tari ahau taku toku aku ratou koutou ehia hola hana loaa vica cava evei vakacava ang ng mga sa po naman lang ba ko niya kami tayo siya sila ito yung kasi pero wala saan kailan paano bakit ano sino ilan magkano pwede hindi ako ikaw'.split(
    ' ',
  );

// English's small words, which a question asked in English with a Tongan word in it ("what time does the pasi leave?")
// has more of than Tongan's own.
const ENGLISH =
  'the is are was do does did what when where who how why which can could will would should my your our their for on in at to of with this that have has get there it be me and or not'.split(
    ' ',
  );

// Every word some neighbour types as its own (Samoan's "fia", Spanish's "cuanto", Portuguese's "quando", Tetum's
// "hira", Maori's "hia", English's "the"), unless Tongan's lists know it too.
const NEIGHBOURS: ReadonlySet<string> = new Set(
  [...ROMANCE, ...PORTUGUESE, ...CREOLE_NEIGHBOUR_MARKERS, ...SAMOAN_OWN, ...PACIFIC, ...ENGLISH].filter(
    (w) => !isKnown(spell(w)) && !OWN.has(spell(w)),
  ),
);

// A word in lower case without its marks.
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

// The words of a question in lower case, the apostrophe of a glottal stop kept inside them.
const tokensOf = (question: string) =>
  question
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter(Boolean);

// A pronoun after a mark of tense or "ke" ("ke u", "te u", "'oku ou", "na'a ku"), "'e lava ke" (can), or "pe" (whether)
// before a mark of tense: Tongan's own, though each word is another language's too. Counted as one of its own words.
const CLAUSE =
  /(?:^| )(?:lava ke|ke (?:u|ke)|te (?:u|ke)|oku (?:ou|ke)|naa (?:ku|ke)|pe (?:oku|nae|kuo))(?= |$)/;

// Two of Tongan's own words at least, or one of its own words of asking beside one of its small words, and more of
// its own than of its neighbours': Samoan types "taimi" and "malolo", Maori "ko", "ki" and "he", English "he".
function outweighsNeighbours(question: string): boolean {
  const tokens = tokensOf(question);
  const clause = CLAUSE.test(tokens.map(spell).join(' ')) ? ['(clause)'] : [];
  const own = [...tokens.filter((t) => OWN.has(spell(t))), ...clause];
  const theirs = tokens.filter((t) => !OWN.has(spell(t)) && (NEIGHBOURS.has(t) || NEIGHBOURS.has(fold(t))));
  const asks = tokens.some((t) => OWN_ASKING.has(spell(t))) && tokens.some((t) => WEAK.has(spell(t)));
  return (new Set(own.map(spell)).size >= 2 || asks) && own.length > theirs.length;
}

// The English of the verbs, which a pronoun after a word of asking does: "do" goes before it ("when do we start").
const DOING = new Set(
  [...VERBS.values()]
    .map((english) => english.split(' ')[0]!)
    .filter((e) => !['can', 'allowed', 'want'].includes(e)),
);

// Words that already say how a question is asked, or who does it, between a word of asking and a pronoun, and the
// verbs a clause follows ("how many years need I work": need, not do).
const NO_DO = new Set(
  'can may must should not do does did will is are was there I you we they he me need want know tell ask'.split(
    ' ',
  ),
);

// A word of asking at a sentence's or a clause's start, up to three words of what it asks of, a pronoun and the word
// after it ("how many days leave I get").
const ASKED_OF =
  /(^|[.?!]\s+|,\s+and\s+)(what time|what|where from|where|when|how much|how many|how long|how|why|which|who)((?: [\p{L}']+){0,3}?) (I|you|we|they|he) (\p{L}+)/gu;

// "do" ("does" for "he") before a pronoun doing one of the verbs after a word of asking: "how many days leave do I
// get", "where do I see my payslip".
const withDoAsked = (read: string) =>
  read.replace(ASKED_OF, (all, before: string, asked: string, between: string, who: string, verb: string) => {
    const words = between.split(' ').filter(Boolean);
    if (!DOING.has(verb) || words.some((w) => NO_DO.has(w))) return all;
    return `${before}${asked}${between} ${who === 'he' ? 'does' : 'do'} ${who} ${verb}`;
  });

// The verbs a thing does without an object, which Tongan puts before the thing ("'oku kamata ai e ngaue", starts
// work): English puts the thing first ("does work start").
const STARTING = new Set('start finish end open close come go leave arrive stop return'.split(' '));
// Words no thing that starts is: a pronoun, a time, or the small word before a place or a time.
const NO_THING = new Set(
  'on in at for per to from with and of I you we they he me today tomorrow yesterday tonight now'.split(' '),
);

// A word of asking, one of those verbs and a thing of one word that ends the question: a thing of two may be two
// things with a small word read away between them ("pasi mei kolo", bus from town).
const ASKED_THEN_VERB =
  /(^|[.?!]\s+|,\s+and\s+)(what time|when did|when|where|how|why|which day) (\p{Ll}+) ((?:(?:my|your|his|our|their|the) )?\p{L}+)(?=[?.!]*$|[?.!]+\s)/gu;

// "what time start work" as "what time does work start", "when leave bus" as "when does bus leave".
const withThingFirst = (read: string) =>
  read.replace(ASKED_THEN_VERB, (all, before: string, asked: string, verb: string, thing: string) => {
    if (!STARTING.has(verb) || thing.split(' ').some((w) => NO_THING.has(w) || STARTING.has(w))) return all;
    const plural = /[^siu]s$/.test(thing);
    if (asked === 'when did') return `${before}${asked} ${thing} ${verb}`;
    return `${before}${asked} ${plural ? 'do' : 'does'} ${thing} ${verb}`;
  });

const doors = readerDoors({
  reading: tongan,
  asTyped,
  outweighsNeighbours,
  inEnglish: (read) => withDoAsked(withThingFirst(read)),
});

/** Whether a question is typed in Tongan (its own words, more of them than of a neighbour's). */
export const typedInTongan = doors.typedIn;

/** The question read in English when it is typed in Tongan; else the question as it is. */
export const readTongan = doors.read;

/** The reading without the forms of Tongan verbs ("kamata'i") that neither English nor the knowledge base knows. */
export const withoutUnknownTongan = doors.withoutUnknown;

/** Whether a word, in lower case, is one of Tongan's own the reader lists. */
export const isTonganListed = (word: string): boolean => isKnown(word.toLowerCase());
