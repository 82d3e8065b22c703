/**
 * @module A question typed in Samoan (Gagana Samoa) in chat, with or without its macrons and glottal stops and mixed
 * with English ("e fia le shift premium mo le C shift", "o afea matou amata i le line?"), read as the English
 * question it asks ("how much shift premium for C shift?", "when do we start line?"). The reading is
 * roman-reading.ts's; Samoan's own rules are here: a glottal stop or a macron is typed or not ("fa'afetai",
 * "faafetai"), but "lo'u" (my) is no "lou" (your); chat's "ile" and "ole" are "i le" and "o le"; "o le a" asks what,
 * or says "will" before a pronoun; "fia" asks how many or how much after "e", but is "want" after "te" or before a
 * verb; "pe" asks whether only when no other word asks; "ai" asks who after "o" or "e", and after a verb only points
 * back ("e alu i ai", goes to it); "le" before a verb is "not". English's "do" goes before who does what a word of
 * asking asks of ("when do we start"). A question is Samoan's only with two words only Samoan writes ("mafai",
 * "matou", "totogi", "faletupe", "lo'u") or one of its own words of asking ("fia", "afea", "fea", "aisea") beside
 * its small "e", "o", "le", "ou" or "mo", and more of its own words than of Spanish's, Portuguese's, French's,
 * Indonesian's, Tetum's, a creole's, Tagalog's or Tongan's and Maori's: "le", "se", "mo", "pe" and "ma" are theirs
 * too. The word lists were written from general knowledge of the language, without reading any organisation's
 * documents or questions.
 */
import { doAskedReader } from './do-asked.js';
import { CREOLE_NEIGHBOUR_MARKERS } from './neighbour-markers.js';
import { PORTUGUESE } from './roman-kabuverdianu-words.js';
import { ROMANCE } from './roman-kriol-words.js';
import { type RomanLanguage, readerDoors, romanReading } from './roman-reading.js';
import {
  ASKING,
  DROPPED,
  MARKED,
  OWN,
  OWN_ASKING,
  PHRASES,
  PRONOUNS,
  SPELLINGS,
  VERBS,
  WEAK,
  WORDS,
} from './roman-samoan-words.js';
import { listedOrInPhrases } from './roman-shared.js';

// A word as the lists spell it, in lower case.
const spell = (word: string) => {
  const lower = word.toLowerCase();
  return SPELLINGS.get(lower) ?? lower;
};

// The words of asking as typed, with the small word before them ("e fia", "o afea", "i fea"), for the patterns that
// look for one; "pe" asks only when nothing else does, so it starts no second question, and "ai" only after "o".
const ASKED = `(?:o\\s+ai|(?:(?:e|o|i)\\s+)?(?:${[...ASKING.keys()].filter((w) => w !== 'pe' && w !== 'ai').join('|')}))`;

// "ai" asks who after these ("o ai", "e ai"); after a verb it only points back to a place or a time said before.
const WHO_AFTER = new Set(['o', 'e', 'pe']);

// Whether a word after "pe" asks: then "pe" only says the question is one, and that word asks it.
const asksLater = (tokens: string[], at: number, spelled: (t: string) => string) =>
  tokens.slice(at + 1).some((token, i) => {
    const word = spelled(token);
    if (word === 'ai') return WHO_AFTER.has(spelled(tokens[at + i] ?? ''));
    return word !== 'pe' && ASKING.has(word);
  });

// "olea" (o le a) before a pronoun says what will be ("o le a ou maua …", will I get …); "ai" after a verb, and
// "pe" before another word of asking or inside a clause ("Aso Gafua pe Aso Lua", Monday or Tuesday), ask nothing.
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  if (word === 'olea') return PRONOUNS.has(spelled(tokens[at + 1] ?? '')) ? 'will' : undefined;
  if (word === 'ai') return at === 0 || WHO_AFTER.has(spelled(tokens[at - 1] ?? '')) ? undefined : '';
  if (word === 'pe') return at === 0 && !asksLater(tokens, at, spelled) ? undefined : '';
  return undefined;
}

// Samoan's word lists and rules.
const SAMOAN: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: OWN,
  // The verbs, and "iai" (there is), which a question of whether there is a thing asks with ("e iai se …").
  verbs: new Set([...VERBS.keys(), 'iai']),
  spellings: SPELLINGS,
  // Words Spanish, Portuguese, French, Romanian, Italian, Indonesian, Tetum, Hindi or Tagalog type alike ("le",
  // "se", "mo", "pe", "sau", "fai", "mai", "uma", "lima", "tala"): no sign of Samoan on their own.
  shared: new Set(
    'le se na sa ma mo pe i e o a te ia ai lo la lou lau mai atu ona nei uma fa lima tolu ono lua tama tina lana lona tau tala sau fai ave toe pea pei isi sene iva me foi lava ua ta tasi'.split(
      ' ',
    ),
  ),
  // Words the dictionary has that are plainly Samoan's in a question ("aso", day; "tupe", money; "pule", boss).
  plainly: new Set('aso tupe pule olea tatou fia fea afea masina taimi matou'.split(' ')),
  // Samoan has no case endings: whose a thing is follows it with "o" or "a" ("le totogi o Sione").
  genitive: new Set(),
  locative: new Set(),
  // "totogi Sione Tanuvasa" (the "o" read away): the pay of Sione Tanuvasa.
  owned: new Set('totogi tupe numera telefoni tuatusi konekarate nonogatupe malolo aiga toalua'.split(' ')),
  titles: new Set('Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Susuga Afioga'.split(' ')),
  // Commas, and "ma" or "ae" (and, but) where a second question follows: "tupe ma aso" is one thing asked about.
  joins: new RegExp(`\\s*,\\s*|\\s+(?:ma|ae|and)\\s+(?=${ASKED}(?![\\p{L}']))`, 'iu'),
  // "ma …" (and …), a greeting, "ou te fia iloa …" (I want to know) or "e mafai ona e ta'u mai …" (can you tell
  // me) opening a sentence say nothing.
  leadingJoin:
    /^(?:\s*(?:ma|ae|and|ia|talofa(?:\s+lava)?|malo(?:\s+(?:lava|le\s+soifua))?|faamolemole|(?:ou|matou)\s+te\s+(?:fia|manao)\s+(?:e\s+)?iloa|(?:(?:e|pe)\s+)?(?:e\s+)?mafai\s+ona\s+(?:e|outou)\s+(?:ta'u|tau|faamatala)\s+mai|ta'u\s+mai|tau\s+mai)[\s,]+)+/iu,
  askingAt,
  // The endings a verb takes when done to something or made a noun ("totogia", paid; "faatagaina", allowed):
  // a form of one the lists do not give is dropped when neither English nor the knowledge base knows it.
  verbForm: /(?:ina|ia|a|ga|mia|sia|tia|lia|gia|na)$/,
  verbStems: new Set(
    'totogi amata faamaoni faatau faataga saini tatala tapuni faamuta faaiu faailoa talosaga toese faaaoga faaleaoga faaleleia'.split(
      ' ',
    ),
  ),
};

const samoan = romanReading(SAMOAN);

// A word the lists know, or one of a phrase's words ("tea" of "ua tea").
const isKnown = listedOrInPhrases((word) => samoan.isListed(word), PHRASES);

// Glottal stops as phones type them (ʻ, ‘, ’, `) typed as the apostrophe, and macrons left out ("tālā" as "tala"):
// no other accent is touched.
const withMarksPlain = (question: string) =>
  question
    .replace(/[ʻ‘’`´]/gu, "'")
    .normalize('NFD')
    .replace(/\u0304/gu, '')
    .normalize('NFC');

// A Samoan word typed with a glottal stop ("fa'afefea", "tapula'a", "te'a") as the lists spell it, without: the
// reading counts a word's letters apart at an apostrophe. English's own ("don't") are left alone.
const withGlottalsPlain = (question: string) =>
  question.replace(/(?<![\p{L}'])'?\p{L}+(?:'\p{L}+)+/gu, (word) => {
    const lower = word.toLowerCase();
    const bare = word.replace(/'/g, '');
    return MARKED.has(lower) || !isKnown(bare.toLowerCase()) ? word : bare;
  });

// Chat's "ile" and "ole" are "i le" and "o le" (at the, the).
const withContractionsApart = (question: string) =>
  question.replace(/(?<![\p{L}'])([IiOo])le(?![\p{L}'])/gu, '$1 le');

// A sentence's first word as a phone capitalises it ("E fia", "O afea", "Pe"), in lower case when the lists know
// it: the reading's own lowering misses a word of one letter. Not English's "I", but "I le …" (at the …).
const withOpenersLowered = (question: string) =>
  question.replace(
    /(^|[.?!]\s+)(\p{Lu}\p{Ll}*)(?=[\s,?!.]|$)/gu,
    (all, before: string, word: string, at: number) => {
      const english = word === 'I' && !/^I\s+le(?![\p{L}'])/u.test(question.slice(at + before.length));
      return !english && isKnown(spell(word)) ? `${before}${word.toLowerCase()}` : all;
    },
  );

// "o le a" (what) as one word, as chat types it ("olea"), so a clause that asks it is seen to ask; "i ai" (to it,
// there) as one, which is only grammar; "pe a" (if, when) as "afai" (if), so what is said before a question is
// not taken for one asking whether.
const withAskingJoined = (question: string) =>
  question
    .replace(/(?<![\p{L}'])([Oo])\s+le\s+a(?![\p{L}'])/gu, '$1lea')
    .replace(/(?<![\p{L}'])([Ii])\s+ai(?![\p{L}'])/gu, '$1ai')
    .replace(/(?<![\p{L}'])([Pp])e\s+a(?![\p{L}'])/gu, (_, p: string) => (p === 'P' ? 'Afai' : 'afai'));

// "i le vaiaso a sau" (in the next week), "i le masina ua tea" (in the last month): the time, without the "i le"
// that the reading would read as "per".
const withTimeBare = (question: string) =>
  question.replace(
    /(?<![\p{L}'])(?:i|mo)\s+le\s+(?=(?:aso|vaiaso|masina|tausaga)\s+(?:nei|lenei|lea|a\s+sau|fou|o\s+lumanai|ua\s+tea|na\s+tea|ua\s+mavae|talu\s+ai)(?![\p{L}']))/giu,
    '',
  );

// A greeting or thanks said on its own ("Talofa,", "Faafetai lava."): no sentence to read.
const withGreetingsAway = (question: string) =>
  question.replace(
    /(?<![\p{L}'])(?:talofa|malo|faafetai|fafetai|manuia)(?:\s+(?:lava|tele|le\s+soifua))*\s*[.!,]+\s*/giu,
    '',
  );

// "fia" after "te" or a pronoun, or before a verb ("ou te fia alu", "e fia iloa"), is "want", not how many.
const WANTED = 'alu|sau|fai|iloa|nofo|suia|sui|amata|talosaga|nono|fesili|ave|faatau|tuua|faamavae|moe|vaai';
const withWantRead = (question: string) =>
  question
    .replace(/(?<![\p{L}'])(te|ua|sa|na|ou|matou|tatou|latou|outou|oe)\s+fia(?![\p{L}'])/giu, '$1 manao')
    .replace(new RegExp(`(?<![\\p{L}'])fia(?=\\s+(?:${WANTED})(?![\\p{L}']))`, 'giu'), 'manao');

// "le" between a mark of tense and a verb ("e le totogia", "ua le maua") is "not", not "the"; "le mafai" and "le
// tatau" are phrases of their own.
const NEGATED = [...VERBS.keys()].filter((v) => v !== 'mafai' && v !== 'tatau' && !v.includes("'")).join('|');
const withNotRead = (question: string) =>
  question.replace(
    new RegExp(`(?<![\\p{L}'])(e|ua|sa|na)\\s+le\\s+(?=(?:${NEGATED})(?![\\p{L}']))`, 'giu'),
    '$1 not ',
  );

// "le totogi o Sione Tanuvasa": the "o" (of) between a thing a person has and their name, read away, so the
// reading sees the thing owned beside the name ("pay of Sione Tanuvasa").
const OWNED = [...(SAMOAN.owned ?? [])].join('|');
const withOwnerNamed = (question: string) =>
  question.replace(new RegExp(`(?<![\\p{L}'])(${OWNED})\\s+(?:o|a)\\s+(?=\\p{Lu})`, 'gu'), '$1 ');

// A day ("Aso Sa", "Aso Gafua") or a month ("Tesema") typed with its capital: no name, but the day, read so.
const withDaysLowered = (question: string) =>
  question
    .replace(/(?<![\p{L}'])Aso\s+(?:Gafua|Lua|Lulu|Tofi|Faraile|Toonai|Sa)(?![\p{L}'])/gu, (day) =>
      day.toLowerCase(),
    )
    .replace(/(?<![\p{L}'])\p{Lu}\p{Ll}+(?![\p{L}'])/gu, (month) =>
      /^\p{Lu}/u.test(WORDS.get(month.toLowerCase()) ?? '') ? month.toLowerCase() : month,
    );

// The question as the lists spell it, each step on the last's text.
const STEPS: ReadonlyArray<(question: string) => string> = [
  withMarksPlain,
  withGlottalsPlain,
  withGreetingsAway,
  withContractionsApart,
  withOpenersLowered,
  withAskingJoined,
  withWantRead,
  withNotRead,
  withTimeBare,
  withOwnerNamed,
  withDaysLowered,
];
const asTyped = (question: string) => STEPS.reduce((text, step) => step(text), question);

// Small words of Tagalog, Tongan and Maori, whose chat shares Samoan's "mo", "ma", "e" and "pule": a question
// with more of theirs than of Samoan's own is theirs.
const PACIFIC =
  "ang ng mga sa po naman lang ba ko niya kami tayo siya sila ito yung kasi pero wala saan kailan paano bakit ano sino ilan magkano pwede hindi ako ikaw 'oku oku kuo hoku ho ki fiha 'anefe anefe fakamolemole totongi vahe kei hea aha ahea toku taku ahau utu mahi haora".split(
    ' ',
  );

// Every word some neighbour types as its own (Spanish's "cuanto", Portuguese's "quando", Tetum's "hira",
// Indonesian's "berapa", Haitian's "konbyen", Tongan's "fiha"), unless Samoan's lists know it too.
const NEIGHBOURS: ReadonlySet<string> = new Set(
  [...ROMANCE, ...PORTUGUESE, ...CREOLE_NEIGHBOUR_MARKERS, ...PACIFIC].filter(
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

// "o ai" (who): a word of asking of Samoan's own, though "o" and "ai" are small words other languages type.
const WHO = /(?:^| )(?:o|ma|mo) ai(?: |$)/;

// Two of Samoan's own words at least, or one of its own words of asking beside "e", "o", "le", "ou" or "mo", and
// more of its own than of its neighbours': Spanish, French and Italian type "le" and "se", Mauritian "mo" and "pe",
// Romanian "pe" and "sau", Tongan "pule" and "ma".
function outweighsNeighbours(question: string): boolean {
  const tokens = tokensOf(question);
  const own = tokens.filter((t) => OWN.has(spell(t)));
  const theirs = tokens.filter((t) => !OWN.has(spell(t)) && (NEIGHBOURS.has(t) || NEIGHBOURS.has(fold(t))));
  const who = WHO.test(tokens.join(' '));
  const asks = (tokens.some((t) => OWN_ASKING.has(spell(t))) || who) && tokens.some((t) => WEAK.has(t));
  return (new Set(own.map(spell)).size >= 2 || asks) && own.length + (who ? 1 : 0) > theirs.length;
}

// The English of the verbs, which a pronoun after a word of asking does: "do" goes before it ("when do we start").
const DOING = new Set(
  [...VERBS.values()]
    .map((english) => english.split(' ')[0]!)
    .filter((e) => !['is', 'can', 'must', 'paid'].includes(e)),
);
const withDoAsked = doAskedReader(DOING);

const doors = readerDoors({
  reading: samoan,
  asTyped,
  outweighsNeighbours,
  inEnglish: withDoAsked,
});

/** Whether a question is typed in Samoan (its own words, more of them than of a neighbour's). */
export const typedInSamoan = doors.typedIn;

/** The question read in English when it is typed in Samoan; else the question as it is. */
export const readSamoan = doors.read;

/** The reading without the forms of Samoan verbs ("faatagaina") that neither English nor the knowledge base knows. */
export const withoutUnknownSamoan = doors.withoutUnknown;

/** Whether a word, in lower case, is one of Samoan's own the reader lists. */
export const isSamoanListed = (word: string): boolean => isKnown(word.toLowerCase());
