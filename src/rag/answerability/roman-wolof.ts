/**
 * @module A question typed in Wolof in chat, as The Gambia and Senegal write it in Latin letters and mix it with
 * English ("nyata la company bi di may?", "kan la pay bi di nyow?", "ndax dafa ubbi?"), or with the few Mandinka
 * words chat mixes in ("jelu", "mintoo", "dookuu"), read as the English question it asks ("how much does the company
 * give?", "when does the pay come?", "is it open?"). The reading is roman-reading.ts's; Wolof's own rules are here:
 * its accents and "ñ" are typed or not ("bëgg", "begg"; "ñaata", "nyaata"); its article follows the noun ("pay bi",
 * the pay), which English puts before it, or leaves out after "sama" (my); "kan" asks who before "moo" or "ko" and
 * when elsewhere; "fan" asks where, but after a number counts days; "ndax" asks whether opening a clause and says
 * because inside one; a mark of focus says who does a thing ("dama begg": I want; "dafa ubbi": it is open), and
 * after a noun that says who already ("sama baay dafa faatu"), nothing more; "naa" and "nga" after a verb are "I"
 * and "you" before it. English's "do", "does" and "is" go where a word of asking or "ndax" wants them. A question is
 * Wolof's only with two words only Wolof or Mandinka writes ("dama", "begg", "liggeey", "xaalis", "jelu"), or one of
 * their words of asking ("nyata", "ndax", or "kan", "fan" and "lan" before "la") beside their small "la", "bi" or
 * "di"; with more of their own words than of Krio's, a Pidgin's, Arabic's, French's, Spanish's or Portuguese's; and
 * with no more of English's small words than of theirs, so an English question with a Wolof word or greeting in it
 * ("salaam aleekum, what time is the attaya break?") stays English. The word lists were written from general
 * knowledge of the languages, without reading any organisation's documents or questions.
 */
import type { TermStats } from './assess.js';
import { CREOLE_NEIGHBOUR_MARKERS } from './neighbour-markers.js';
import { MARKERS as ARABIC_MARKERS } from './roman-arabic-words.js';
import { PORTUGUESE } from './roman-kabuverdianu-words.js';
import { MARKERS as KRIO_MARKERS } from './roman-krio-words.js';
import { MARKERS as KRIOL_MARKERS, ROMANCE } from './roman-kriol-words.js';
import { type RomanLanguage, romanReading } from './roman-reading.js';
import { listedOrInPhrases } from './roman-shared.js';
import {
  ASKING,
  DAY_NAMES,
  DROPPED,
  FOCUS,
  FOCUS_AFTER_ASKING,
  NOT_FORMS,
  OWN,
  OWN_ASKING,
  PHRASES,
  SPELLINGS,
  STATES,
  VERBS,
  WEAK,
  WORDS,
} from './roman-wolof-words.js';

// A word as the lists spell it, in lower case.
const spell = (word: string) => {
  const lower = word.toLowerCase();
  return SPELLINGS.get(lower) ?? lower;
};

// A word's forms as typed: the listed one and its other spellings, for the patterns that look for one.
const typedForms = (words: Iterable<string>) => {
  const listed = new Set(words);
  return [...listed, ...[...SPELLINGS].filter(([, w]) => listed.has(w)).map(([t]) => t)].join('|');
};
// The words of asking as typed.
const ASKED = `(?:${typedForms(ASKING.keys())})`;
// A word starts here, and ends here.
const START = "(?<![\\p{L}'])";
const END = "(?![\\p{L}'])";

// What counts after "nyata" in English: read "how many" before these ("nyata days"), "how much" before anything else.
const COUNTED =
  /^(?:days|nights|weeks|months|years|hours|times|people|persons|workers|children|shifts|dalasis|francs)$/;

// The word after "kan" that makes it ask who ("kan moo fey", "kan ko def"): elsewhere it asks when.
const WHO_NEXT = new Set(['moo', 'mo', 'mooy', 'moy', 'ko', 'koy', 'nyoo', 'noo']);

// "kan" before "moo" or "ko" asks who; "nyata" before a thing counted in English asks how many.
function askingAt(word: string, tokens: string[], at: number, spelled: (t: string) => string) {
  const next = spelled(tokens[at + 1] ?? '');
  if (word === 'kan' && WHO_NEXT.has(next)) return 'who';
  if (['nyata', 'nata', 'jelu'].includes(word) && COUNTED.test(next)) return 'how many';
  return undefined;
}

// Wolof's and Mandinka's word lists and rules.
const WOLOF: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: OWN,
  // The verbs, the states a mark of focus goes before, and the marks themselves, which carry a sentence's verb.
  verbs: new Set([...VERBS.keys(), ...STATES.keys(), ...FOCUS.keys(), ...NOT_FORMS]),
  spellings: SPELLINGS,
  // Words English, French, Spanish, Indonesian, Arabic, Hindi, Samoan or a creole type alike ("la", "bi", "di",
  // "kan", "fan", "sama", "may", "dem", "ana", "doom", "seen"): no sign of Wolof on their own.
  shared: new Set(
    'la bi di ci na ma mu nu sa sama kan fan lan lu ban ana nan may jot dem am war men def gis seen doom dee ak te ko de ba ka le ye ti ay walla wala bu su ku yi mi si li ji ki wi gi u a da nga bes weer pey patron biro oto tank takk leb bor jel n i munna jumaa dii taa joo soto lafi faa nit ker goor sol des woo bind pare opp emb lay'.split(
      ' ',
    ),
  ),
  // Their own words, plainly theirs in a question though the dictionary has a few ("fey", "xam", "goor").
  plainly: OWN,
  // Wolof has no case endings: whose a thing is goes before it ("sama pay", my pay).
  genitive: new Set(),
  locative: new Set(),
  // Commas, and "ak", "te" or "walla" (and, or) where a second question follows: "pay ak overtime" is one thing.
  joins: new RegExp(
    `\\s*,\\s*(?:(?:ak|te|and|walla|wala|or)\\s+(?=${ASKED}${END}))?|\\s+(?:ak|te|and|walla|wala|or)\\s+(?=${ASKED}${END})`,
    'iu',
  ),
  // "ak …", "te …", "waaye …" (and, but) opening a sentence, "dama begg xam …" (I want to know) and "ndax mën nga ma
  // wax …" (can you tell me) say nothing the question does not.
  leadingJoin:
    /^(?:\s*(?:ak|te|and|waaye|pls|plz|please|dama\s+begg\s+(?:xam|laaj)|damay\s+laaj|(?:ndax\s+)?(?:men\s+nga|nga\s+men)\s+m[ae]\s+wax|wax\s+m[ae])[\s,]+)+/iu,
  askingAt,
  // The endings a verb takes ("jotaat", get again; "dellusi", come back; "demee", when gone): a form the lists do
  // not give is dropped when neither English nor the knowledge base knows it.
  verbForm: /(?:aat|waat|si|ee|le|al|lu|oo|i|u|e)$/,
  verbStems: new Set([...VERBS.keys()].filter((v) => v.length > 2)),
};

const wolof = romanReading(WOLOF);

// A word the lists know, or one of a phrase's words ("weesu" of "weer wu weesu").
const isKnown = listedOrInPhrases((word) => wolof.isListed(word), PHRASES);

// Accents left out ("bëgg" as "begg", "Koritée" as "Koritee"), "ñ" typed "ny" ("ñaata" as "nyaata", "dañu" as
// "danyu") and Mandinka's "ŋ" as "ng", as chat types them.
const withMarksPlain = (question: string) =>
  question
    .replace(/ñ/g, 'ny')
    .replace(/Ñ/g, 'Ny')
    .replace(/ŋ/g, 'ng')
    .replace(/Ŋ/g, 'Ng')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');

// Greetings and thanks, in Wolof, Mandinka or Arabic ("Salaam aleekum,", "nanga def?", "jerejef", "abaraka"): no
// sentence to read, and no sign of Wolof, which an English question greets with too. "naka nga def" only ending a
// sentence: "naka ngay def ngir …" asks how to do a thing.
const GREETING = new RegExp(
  `${START}(?:(?:as+)?sala+m+u?(?:\\s*wa?(?=\\s*al)|)\\s*(?:al[ae]+[iy]?kum|ale+kum|aleikum|alaikum)|ma+le+kum\\s+sala+m|(?:naka|na)\\s*nga\\s+def(?=\\s*(?:[,.!?]|$))|nanga\\s+def|jamm\\s+rekk?|mangi\\s+fi(?:\\s+rekk?)?|jerejef|jere\\s+jef|jerrejef|baal\\s+ma|(?:su|bu)\\s+la\\s+neexee|i\\s+be\\s+nyaadi|abaraka|kasumai)${END}\\s*[.!?,]*\\s*`,
  'giu',
);
const withGreetingsAway = (question: string) => question.replace(GREETING, '').trim();

// A sentence's first word as a phone capitalises it ("Nyata", "Kan", "Ndax"), in lower case when the lists know it,
// and a day or a feast typed with its capital anywhere ("Altine", "Korite"), which the reading would keep as a name.
// Not English's "I".
const withKnownLowered = (question: string) =>
  question.replace(/(^|[.?!]\s+|\s)(\p{Lu}\p{Ll}*)(?=[\s,?!.]|$)/gu, (all, before: string, word: string) => {
    const said = spell(word);
    const opens = before === '' || /[.?!]/.test(before);
    const named = DAY_NAMES.has(said) || /^\p{Lu}/u.test(WORDS.get(said) ?? '');
    return word !== 'I' && ((opens && isKnown(said)) || named) ? `${before}${word.toLowerCase()}` : all;
  });

// A number before "fan" ("ñaata fan", "juroom fan", "3 fan") makes it days, not where: read as "bes" (day).
const withDaysCounted = (question: string) =>
  question.replace(
    new RegExp(
      `${START}((?:${typedForms(['nyata', 'nata', 'jelu', 'benn', 'nyaar', 'nyett', 'nyeent', 'juroom', 'fukk', 'ay'])})|\\d+)\\s+fan${END}`,
      'giu',
    ),
    '$1 bes',
  );

// "ndax" inside a sentence, after a word and no comma, says why ("dama begg leave ndax sama doom dafa feebar"):
// because, not a question whether; after "te" or "ak" (and) it opens a second question.
const withBecause = (question: string) =>
  question.replace(
    new RegExp(
      `(?<=${START}(?!(?:te|ak|and|walla|wala|or|pls|plz|please|ok|okay|hi|hello|salut)${END})\\p{L}+\\s+)ndax${END}`,
      'giu',
    ),
    'ndaxte',
  );

// The articles after a noun and the English before it: "pay bi" is "the pay", "ayubis bii" "this week".
const ARTICLES: ReadonlyMap<string, string> = new Map([
  ...'bi yi gi wi mi si li ji ki'.split(' ').map((a): [string, string] => [a, 'the']),
  ...'bii yii gii wii mii'.split(' ').map((a): [string, string] => [a, 'this']),
]);
// Words that own a thing: the article after it is left out ("sama pay bi", my pay).
const OWNERS = new Set(['sama', 'suma', 'sa', 'sunu', 'seen', 'my', 'your', 'our', 'their', 'his', 'her']);
// Words a noun never is: a word of asking, a mark or small word of grammar, a verb, a pronoun, or English's small
// words. A noun typed before an article is the words after the last of these ("la annual leave bi").
const NOT_NOUN = new Set([
  ...ASKING.keys(),
  ...DROPPED,
  ...FOCUS.keys(),
  ...NOT_FORMS,
  ...[...VERBS.keys()].filter((v) => !['liggeey', 'dookuu', 'leb'].includes(v)),
  ...OWNERS,
  ...'ma nga mu nu nyu laa laay lanu lanyu naa ngay ak te walla waaye ngir su bu ndax ndaxte moo mooy dina du duma'.split(
    ' ',
  ),
  ...'the a an this that to of for in on at with and or is are was be i we you they he she it'.split(' '),
]);
// How many words a noun before an article takes at most ("annual leave bi", "night shift allowance bi").
const NOUN_WORDS = 3;

// A token's letters, without the punctuation after them.
const bare = (token: string) => token.replace(/[^\p{L}']+$/u, '');

// Where the noun before the article at `at` starts: `at` itself when no noun stands there. English's nouns of
// several words are one ("night shift allowance bi"); a Wolof noun takes its own article, so the walk back stops
// after one ("xaalis weer wii": the money of this month).
function nounStart(tokens: readonly string[], at: number): number {
  let start = at;
  while (start > 0 && at - start < NOUN_WORDS) {
    const before = tokens[start - 1]!;
    if (before !== bare(before) || NOT_NOUN.has(spell(bare(before))) || !/^\p{L}/u.test(before)) break;
    start--;
    if (isKnown(spell(before))) break;
  }
  return start;
}

// "pay bi" as "the pay", "ayubis bii" as "this ayubis", "sama pay bi" as "sama pay": the article, typed after
// the noun, put before it as English does, or left out after an owner; alone it is dropped by the reading.
function withArticlesBefore(question: string): string {
  const tokens = question.split(/\s+/).filter(Boolean);
  for (let at = 1; at < tokens.length; at++) {
    const token = tokens[at]!;
    const article = ARTICLES.get(bare(token).toLowerCase());
    const start = article ? nounStart(tokens, at) : at;
    if (start === at) continue;
    tokens[at - 1] = `${tokens[at - 1]}${token.slice(bare(token).length)}`;
    tokens.splice(at, 1);
    if (!OWNERS.has(spell(bare(tokens[start - 1] ?? '')))) {
      tokens.splice(start, 0, article!);
      at++;
    }
    at--;
  }
  return tokens.join(' ');
}

// Words before which a mark of focus opens its clause: a word of asking, "ndax", a word that joins clauses.
const OPENS_FOCUS = new Set([
  ...ASKING.keys(),
  ...'te ak walla waaye ndaxte ngir su bu ba kon and or but if because so'.split(' '),
]);
// The marks of focus as typed, for the pattern that looks for one after a noun.
const FOCUSED = typedForms(['dafa', 'dafay', 'danu', 'danuy', 'danyu', 'danyuy']);

// "sama doom dafa feebar", "company bi dafay fey": a mark of focus after a noun that says who says no pronoun;
// before a state it is "da" (is); before anything else it says nothing.
const withFocusAfterNoun = (question: string) =>
  question.replace(
    new RegExp(`(${START}\\p{L}+)\\s+(?:${FOCUSED})${END}(?=\\s+(\\p{L}+))`, 'giu'),
    (all, before: string, next: string) => {
      if (OPENS_FOCUS.has(spell(before))) return all;
      return STATES.has(spell(next)) ? `${before} da` : before;
    },
  );

// "mën naa", "jot nga", "fey nanu": the pronoun after a verb (I, you, we did it) put before it, as English says it.
const withSubjectBeforeVerb = (question: string) =>
  question.replace(
    new RegExp(`${START}(${typedForms(VERBS.keys())})\\s+(naa|nga|nanu|nanyu)${END}`, 'giu'),
    (all, verb: string, who: string) => (spell(verb) === 'am' && who === 'naa' ? all : `${who} ${verb}`),
  );

// "may ma", "wax ma", "feyunyu ma": "ma" after a verb is the one it is done to, "me", not "I".
const withMeAfterVerb = (question: string) =>
  question.replace(
    new RegExp(`(${START}(?:${typedForms([...VERBS.keys(), ...NOT_FORMS])}))\\s+ma${END}`, 'giu'),
    '$1 me',
  );

// "lu tax" (why), typed apart, as one word of asking, so the count sees Wolof's own.
const withAskingJoined = (question: string) =>
  question.replace(new RegExp(`${START}(?:lu|loo)\\s+(?:tax|takh)${END}`, 'giu'), 'lutax');

// The question with its marks plain, its greetings away and "lu tax" joined: what the count of words looks at.
const prepared = (question: string) => withAskingJoined(withGreetingsAway(withMarksPlain(question)));

// The question as the lists spell it, each step on the last's text.
const STEPS: ReadonlyArray<(question: string) => string> = [
  prepared,
  withKnownLowered,
  withDaysCounted,
  withBecause,
  withArticlesBefore,
  withFocusAfterNoun,
  withSubjectBeforeVerb,
  withMeAfterVerb,
];
const asTyped = (question: string) => STEPS.reduce((text, step) => step(text), question);

// The marker words of the languages whose small words Wolof's chat shares ("di", "na", "la", "ma", "kan", "ana"):
// Krio's and the Pidgins', Belizean Kriol's, Spanish's, Italian's, Portuguese's, French's, Haitian's, Tetum's,
// Indonesian's, Nepali's, Hindi's and Arabic's, unless Wolof's lists know the word too.
const NEIGHBOURS: ReadonlySet<string> = new Set(
  [
    ...KRIO_MARKERS,
    ...KRIOL_MARKERS,
    ...ROMANCE,
    ...PORTUGUESE,
    ...CREOLE_NEIGHBOUR_MARKERS,
    ...ARABIC_MARKERS,
  ].filter((w) => !isKnown(spell(w)) && !OWN.has(spell(w))),
);

// English's small words: an English question with a Wolof word in it has more of them than of Wolof's.
const ENGLISH_SMALL = new Set(
  'the is are was were do does did what when where who how which why can could will would should i we you they he she it my our your their an to of for in on at with have has there this that be'.split(
    ' ',
  ),
);

// "kan la", "fan ngay", "lan moo", "nata la": a word of asking other languages type too ("kan", "fan", "lan", and
// "nata", Spanish's cream), before the focus that Wolof puts after it, counts as one word of Wolof's own.
const ASKED_FOCUS = new RegExp(
  `(?:^| )(?:kan|fan|lan|lu|nan|nata|ban \\p{L}+) (?:${[...FOCUS_AFTER_ASKING].join('|')})(?= |$)`,
  'u',
);

// The words of a question in lower case as the lists spell them, without the punctuation around them.
const tokensOf = (question: string) =>
  question
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .filter(Boolean);

// Two of Wolof's or Mandinka's own words at least, or one of their words of asking beside a small word of theirs
// ("nyata la", "ndax dafa"), or "kan la" and the like beside two; more of their own than of a neighbour's; and no
// more of English's small words than of theirs, own and small: "salaam aleekum, what time is the attaya break?" is
// English's, its greeting read away before the count.
function outweighsNeighbours(question: string): boolean {
  const tokens = tokensOf(question);
  const said = tokens.map(spell);
  const own = said.filter((w) => OWN.has(w));
  const focus = ASKED_FOCUS.test(said.join(' ')) ? 1 : 0;
  const theirs = tokens.filter((t, i) => !OWN.has(said[i]!) && NEIGHBOURS.has(t)).length;
  const weak = said.filter((w) => WEAK.has(w)).length;
  const english = tokens.filter((t) => ENGLISH_SMALL.has(t)).length;
  const asks = (own.some((w) => OWN_ASKING.has(w)) && weak >= 1) || (focus > 0 && weak >= 2);
  const mine = own.length + focus;
  return (new Set(own).size + focus >= 2 || asks) && mine > theirs && mine + weak >= english;
}

// The English of the verbs, what "who" asks of ("who pays"): not "died", nor a verb that is its own helper ("can",
// "must", "is").
const ACTIONS: ReadonlySet<string> = new Set(
  [...VERBS.values()]
    .map((english) => english.split(' ')[0]!)
    .filter((e) => !['is', 'can', 'must', 'died'].includes(e)),
);
// The verbs a subject after a word of asking does: "do" or "does" goes before it ("when does the pay come?"); not one
// English types as a thing after another ("maternity leave", "night work", "salary change"). "pay" stays: "fey" is
// asked of most.
const DOING: ReadonlySet<string> = new Set(
  [...ACTIONS].filter((e) => !'leave rest work call check change help stay look sign'.split(' ').includes(e)),
);
// English's helpers, which go before the subject in a question ("when can I …", "where is the office?").
const HELPERS = new Set(['am', 'is', 'are', 'can', 'must', 'will', 'cannot']);
const PRONOUNS = new Set(['I', 'you', 'we', 'they', 'he', 'she', 'it']);
const DETERMINERS = new Set(['the', 'this', 'my', 'your', 'our', 'their', 'his', 'her']);
// How many words a subject with "the" or "my" takes at most before its verb ("the night shift allowance").
const SUBJECT_WORDS = 4;

// Where the subject at the start of a clause's words ends: after a pronoun, or after "the", "my" and a noun (the
// words before the first helper or verb); 0 when the clause does not start with one.
function subjectEnd(words: readonly string[]): number {
  if (PRONOUNS.has(words[0] ?? '')) return 1;
  if (!DETERMINERS.has(words[0] ?? '')) return 0;
  for (let at = 2; at < Math.min(words.length, SUBJECT_WORDS + 1); at++)
    if (HELPERS.has(words[at]!) || DOING.has(words[at]!)) return at;
  return words.length <= SUBJECT_WORDS ? words.length : 0;
}

// A clause's words after its word of asking in English's order: the helper before the subject ("when can I take
// leave", "where is the office"), "do" or "does" before a subject that does a thing ("when does the pay come"),
// "is" before a subject with nothing said of it ("when is the pay"); "whether" is asked by the helper alone ("is it
// open", "is there overtime").
function inEnglishOrder(words: readonly string[], whether: boolean): readonly string[] {
  const end = subjectEnd(words);
  const next = words[end];
  if (end === 0) {
    if (words[0] === 'there' && words[1] === 'is') return ['is', 'there', ...words.slice(2)];
    return whether && !HELPERS.has(words[0] ?? '') && words.length ? ['is', ...words] : words;
  }
  if (next !== undefined && HELPERS.has(next)) return [next, ...words.slice(0, end), ...words.slice(end + 1)];
  if (next !== undefined && DOING.has(next)) {
    const plural = ['I', 'you', 'we', 'they'].includes(words[0]!);
    return [plural ? 'do' : 'does', ...words];
  }
  return next === undefined && end > 1 ? ['is', ...words] : words;
}

// A verb after "who", as English says it of one ("who pays", "who signs", "who does").
const saidOfOne = (verb: string) => {
  if (verb === 'do' || verb === 'go') return `${verb}es`;
  return /(?:s|sh|ch|x)$/.test(verb) ? `${verb}es` : `${verb}s`;
};

// A word of asking opening a clause of the reading, and the clause's words after it.
const ASKED_CLAUSE =
  /(^|[.?!]\s+|,\s+and\s+)(whether|what time|how much|how many \p{L}+|how long|until when|what|where|when|how|why|which \p{L}+|who)((?: [^\s,.?!]+)*)/gu;

// Each clause of the reading that asks in English's order (see `inEnglishOrder`).
const withEnglishOrder = (read: string) =>
  read.replace(ASKED_CLAUSE, (_, before: string, asked: string, rest: string) => {
    const whether = asked === 'whether';
    const words = [...inEnglishOrder(rest.split(' ').filter(Boolean), whether)];
    if (asked === 'who' && ACTIONS.has(words[0] ?? '')) words[0] = saidOfOne(words[0]!);
    return `${before}${[...(whether ? [] : [asked]), ...words].join(' ')}`;
  });

// "is close", "is finish": a state said with "is" in its own English ("closed", "finished", "married").
const STATE_OF: ReadonlyMap<string, string> = new Map([
  ['close', 'closed'],
  ['finish', 'finished'],
  ['wedding', 'married'],
]);
const withStatesSaid = (read: string) =>
  read.replace(
    /(?<!\bthere )\b(am|is|are) (close|finish|wedding)\b/g,
    (_, be: string, verb: string) => `${be} ${STATE_OF.get(verb)}`,
  );

// "I want take leave": "to" before the verb a want or a need is of.
const withTo = (read: string) =>
  read.replace(/\b(want|need) (\p{L}+)/gu, (all, wanting: string, verb: string) =>
    DOING.has(verb) ? `${wanting} to ${verb}` : all,
  );

// "3 day", "two week": a thing counted more than once, in English's plural.
const withPlurals = (read: string) =>
  read.replace(
    /\b((?:[2-9]|\d{2,}|two|three|four|five|six|seven|eight|nine|ten) (?:day|week|month|year|hour))\b/g,
    '$1s',
  );

// The reading in English's order, each step on the last's text.
const englished = (read: string) => withPlurals(withTo(withStatesSaid(withEnglishOrder(read))));

/** Whether a question is typed in Wolof or Mandinka (their own words, more of them than of a neighbour's). */
export const typedInWolof = (question: string): boolean =>
  outweighsNeighbours(prepared(question)) && wolof.typedIn(asTyped(question));

/** The question read in English when it is typed in Wolof or Mandinka; else the question as it is. */
export const readWolof = (question: string): string => {
  if (!typedInWolof(question)) return question;
  const typed = asTyped(question);
  const read = wolof.read(typed);
  return read === typed ? question : englished(read);
};

/** The reading without the forms of Wolof verbs ("jotaat") that neither English nor the knowledge base knows. */
export const withoutUnknownWolof = (read: string, written: string, stats: TermStats): string =>
  wolof.withoutUnknown(read, asTyped(written), stats);

/** Whether a word, in lower case, is one of Wolof's own the reader lists. */
export const isWolofListed = (word: string): boolean => isKnown(word.toLowerCase());
