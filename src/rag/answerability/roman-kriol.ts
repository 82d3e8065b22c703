/**
 * @module A question typed in chat in an English-lexifier creole of the Caribbean or Central America (Belizean
 * Kriol first, and Jamaican Patois, Guyanese Creolese and Trinidad's and Barbados's creole-leaning chat where they
 * share its words), read as the English question it asks: "weh time di bus lef fi Pomona?" as "what time the bus
 * leave for Pomona?", "mi kyaan come tomorrow, who fi call?" as "I can't come tomorrow. who to call?". The reading
 * is roman-reading.ts's; the creoles' own rules are here. Their words stand in English's order, so each is read in
 * its place and the small words are kept. "weh" asks where before a verb of going or being at, else what, and after
 * a thing it is "that", which English leaves out ("di form weh mi fill"). A pronoun is "I", "we", "they" before a
 * verb, "me", "us", "them" after one done to someone, and "my", "our" before a thing; "dem" after a thing only
 * makes it many ("di worker dem"). A question is theirs only with two words of their own (or one of their own words
 * of asking beside their "di" or "mi": "weh time di canteen open?") and more of them than of Spanish's, Italian's,
 * Indonesian's, Haitian's, Tetum's, Hindi's or Nepali's, whose "mi", "di", "de" and "deh" they type too: a question
 * in English with one creole word ("how much dey paying") is chat English's, left as typed. The word lists were written from general knowledge of the languages, without reading any organisation's
 * documents or questions.
 */
import type { TermStats } from './assess.js';
import { CREOLE_NEIGHBOUR_MARKERS } from './neighbour-markers.js';
import {
  AFTER_PRONOUN,
  ASKING,
  ASPECT,
  DONE_TO,
  DROPPED,
  MARKERS,
  MODALS,
  OBJECTS,
  PHRASES,
  ROMANCE,
  SPELLINGS,
  STATED_THINGS,
  STATES,
  SUBJECTS,
  THINGS_TOO,
  VERBS,
  WORDS,
} from './roman-kriol-words.js';
import { type RomanLanguage, romanReading } from './roman-reading.js';

// Words of going and being somewhere: "weh" before them asks where ("weh di canteen deh?", "weh mi fi get di form?").
const LOCATING = new Set(
  'deh go gu gaan put lef come kom kum stay liv live fain find get geh git sen send wait ketch kech catch collect reach riich'.split(
    ' ',
  ),
);
// Words that may stand before a clause's word of asking: courtesy, and what joins it to the clause before.
const OPENING: ReadonlySet<string> = new Set([
  ...DROPPED,
  ...'a so suh soh den then ahn and an bot but ok okay'.split(' '),
  // A name or a sign ("Boss weh part …"): no word that makes "weh" a "that".
  '',
]);
// Words of asking that after a thing are "that" or "who", which English may leave out ("di man weh pay wi").
const RELATIVE = new Set(['weh', 'hoo', 'huu', 'who', 'wich', 'which']);
// The words of asking as typed, for the patterns that look for one.
const ASKED = '(?:weh|wah|wat|wha|wuh|hoo|huu|who|how|ow|wen|wich|which|wai|why)';

// "weh" asks where when the first verb said with it is one of going or being at, else what; a clause it opens
// not (nor ends) has it as "that" ("di form weh mi fi fill"), left out, as are "hoo" and "wich" there.
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  const before = tokens.slice(0, at).map(spelled);
  const after = tokens.slice(at + 1).map(spelled);
  // "di office deh weh?": last, it asks as it would first, of the verb before it.
  const last = after.every((w) => w === '');
  if (!last && !before.every((w) => OPENING.has(w))) return RELATIVE.has(word) ? '' : undefined;
  if (word !== 'weh') return undefined;
  const verb = (last ? before.reverse() : after).find((w) => LOCATING.has(w) || VERBS.has(w));
  return verb !== undefined && LOCATING.has(verb) ? 'where' : 'what';
}

// The creoles' word lists and rules.
const KRIOL: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: MARKERS,
  // Verbs and modals: "kyaan", "haffi", "gwain", "tek", "lef".
  verbs: new Set([...VERBS.keys(), ...MODALS.keys()]),
  spellings: SPELLINGS,
  // Words Spanish, Italian, Indonesian, Haitian, Hindi or Urdu, or chat English type alike ("mi", "di", "de", "wi",
  // "ih", "yu", "wat", "wich"): no sign of the creoles on their own.
  shared: new Set(
    'mi di de da wi yu yuh ih im ya yah wat wha wich si sen wan dat dis den bot ef ina'.split(' '),
  ),
  // Words the dictionary has that are plainly the creoles' in a question ("mek" make, "gat" have); not "pan" or
  // "wok", which a kitchen's question means as English ("who cleans the wok and the big pan?").
  plainly: new Set(['mek', 'gat']),
  // The creoles have no case endings, and whose a thing is goes before it as in English ("Miss Brown payslip").
  genitive: new Set(),
  locative: new Set(),
  // Commas, and "an" only where a second question follows: "glubs an boots" is one thing asked for.
  joins: new RegExp(`\\s*,\\s*|\\s+(?:an|ahn|and)\\s+(?=${ASKED}\\b)`, 'i'),
  // "an …", "so …", a greeting, "boss, …", and "unu know …" (do you know), "tell mi …" or "mi waan know …" before
  // a word of asking say nothing the word of asking does not.
  leadingJoin: new RegExp(
    `^(?:\\s*(?:an|ahn|and|so|suh|soh|den|plz|pls|please|hello|hi|hey|(?:gud\\s+)?m[ao]w?r?nin[g']?|(?:wah|wha|wat)\\s+(?:di\\s+)?gwaan|(?:boss|bossman|bredda|sis|miss|sir|mam|maam)(?=\\s*,)|(?:(?:unu|yu|yuh|you|allyuh|wunna)\\s+(?:know|nuo|noa)|tell\\s+me|(?:mi|I)\\s+(?:waan|wahn|want)\\s+(?:know|nuo|noa))(?=\\s+${ASKED}\\b))[\\s,]+)+`,
    'i',
  ),
  askingAt,
  // The creoles' verbs take no endings ("pay" is pay, paid and paying): no form to drop.
  verbForm: /(?!)$/,
  verbStems: new Set(),
};

const kriol = romanReading(KRIOL);

// Pronouns that open a sentence with a capital ("Mi kyaan come", "Ah cyah"), read as the lists spell them.
const OPENERS = new Set(['ah', 'mi', 'wi', 'ih', 'im', 'dem', 'dehn', 'unu', 'yu', 'yuh']);

// A sentence's first word as a phone capitalises it, in lower case when the lists know it: the reading's own
// lowering misses "Ah", and the count of the creoles' words needs it too.
const withOpenersLowered = (question: string) =>
  question.replace(/(^|[.?!]\s+)(\p{Lu}\p{Ll}*)(?=[\s,?!.]|$)/gu, (all, before: string, word: string) => {
    const lower = word.toLowerCase();
    return kriol.isListed(SPELLINGS.get(lower) ?? lower) || OPENERS.has(lower) ? `${before}${lower}` : all;
  });

// A day typed in the creoles' spelling with its capital ("Sundeh", "Satideh"): no name, but the day, read so.
const withDaysLowered = (question: string) =>
  question.replace(/(?<![\p{L}'])\p{Lu}\p{Ll}+(?:deh|di)(?![\p{L}'])/gu, (day: string) =>
    /^\p{Lu}/u.test(WORDS.get(day.toLowerCase()) ?? '') ? day.toLowerCase() : day,
  );

// Words that are never a thing: a "dem" after them is "they" or "them" ("mi know wen dem pay"), no plural.
const NO_THING = new Set([
  ...VERBS.keys(),
  ...MODALS.keys(),
  ...ASKING.keys(),
  ...DROPPED,
  'wen',
  'if',
  'ef',
  'fi',
]);

// "di worker dem", "mi pikni dem": "dem" after a thing only says there are many, which the thing says in English
// well enough; after a verb it is "them" ("tell dem"), so it stays.
const withoutPluralDem = (question: string) =>
  question.replace(
    /(?<![\p{L}'])((?:di|de|dis|dat|mi|wi|yu|unu|ih|aal|all|the|my|our|your|his|her|their)\s+(?:(\p{L}+)\s+)?(\p{L}+))\s+(?:dem|dehn)(?![\p{L}'])/giu,
    (all, kept: string, first = '', last: string) =>
      [first, last].some((w) => NO_THING.has(SPELLINGS.get(w.toLowerCase()) ?? w.toLowerCase())) ? all : kept,
  );

// A pronoun after a verb done to someone, before the end, a small word or a word of asking ("tell mi weh", "pay
// dem fi di overtime", "gi mi di form"), is the one it is done to: in English ("me", "them"), read as typed. Before
// a thing it stays the owner ("sen mi sick note": send my sick note).
const DONE_TO_PRONOUN = new RegExp(
  `(?<![\\p{L}'])(${[...DONE_TO].join('|')})\\s+(${[...OBJECTS.keys()].join('|')})(?=\\s*(?:[,.?!]|$)|\\s+(?:${ASKED}|di|de|dis|dat|a|wan|fi|fuh|if|ef|seh|sinting|sopm|eni|nuff|likkle|to|tu|too|back|bak|out|up|off|aaf|now|tideh|tumaro|yet|wid|pan|pon|eena|inna|til|bout|about|know|nuo|noa|go|come|kom|wen)(?![\\p{L}']))`,
  'giu',
);
const withObjectsInEnglish = (question: string) =>
  question.replace(
    DONE_TO_PRONOUN,
    (_, verb: string, pronoun: string) => `${verb} ${OBJECTS.get(pronoun.toLowerCase())}`,
  );

// A word as the lists spell it, in lower case.
const spell = (word: string) => SPELLINGS.get(word.toLowerCase()) ?? word.toLowerCase();

// What may follow a pronoun that does something: a verb, a modal, a state, or "fi", "no", "deh"; as typed too.
const FOLLOWING = new Set([...VERBS.keys(), ...MODALS.keys(), ...STATES.keys(), ...AFTER_PRONOUN.keys()]);
const FOLLOWING_TYPED = [...FOLLOWING, ...[...SPELLINGS].filter(([, w]) => FOLLOWING.has(w)).map(([t]) => t)];

// A pronoun, a mark of a verb going on or done, and what follows: the word after that, if any, is looked at too.
const SUBJECT_BEFORE_VERB = new RegExp(
  `(?<![\\p{L}'])(${[...SUBJECTS.keys()].join('|')})\\s+(?:(?:${[...ASPECT].join('|')})\\s+)?(${FOLLOWING_TYPED.join('|')})(?![\\p{L}'])(?=(?:\\s+(\\p{L}+))?)`,
  'giu',
);

// A pronoun before a verb, a modal or a state is the one who does it, in English ("mi kyaan": I can't; "dem di pay":
// they pay), read as typed, with "fi" after it "must" and the mark of a verb going on left out. Before a verb that
// is a thing too, or a state before a thing ("mi pay", "mi sick note"), it stays the owner.
const withSubjectsInEnglish = (question: string) =>
  question.replace(SUBJECT_BEFORE_VERB, (all, subject: string, next: string, after = '') => {
    const who = subject.toLowerCase();
    const said = spell(next);
    const owned =
      (THINGS_TOO.has(said) && who !== 'dem' && who !== 'dehn') ||
      (STATES.has(said) && STATED_THINGS.has(spell(after)));
    return owned ? all : `${SUBJECTS.get(who)} ${AFTER_PRONOUN.get(said) ?? next}`;
  });

// "hoo fi cover ih shif?", "how fi apply?": "fi" after a word of asking is "to", before any verb, listed or not.
const withToAfterAsking = (question: string) =>
  question.replace(new RegExp(`(?<![\\p{L}'])(${ASKED})\\s+(?:fi|fuh)(?![\\p{L}'])`, 'giu'), '$1 to');

// "… pan Sunday, noh?", "… ano?": a tag that asks the listener to agree, not a "not".
const withoutTag = (question: string) => question.replace(/,?\s+(?:noh|nuh|ano|enh)(?=\s*[?!.]*\s*$)/giu, '');

// The question with its first words and days in lower case, as the lists spell them.
const lowered = (question: string) => withDaysLowered(withOpenersLowered(question));
// The question as the lists read it: lowered, with plural "dem" and a closing tag left out, and the words that
// depend on what follows them in English.
const asTyped = (question: string) =>
  withToAfterAsking(
    withSubjectsInEnglish(withObjectsInEnglish(withoutTag(withoutPluralDem(lowered(question))))),
  );

// Every word some neighbour types as its own (Haitian's "konbyen", Tetum's "hira", Indonesian's "gaji", Hindi's
// "kya", Nepali's "kati", Spanish's "que" and Italian's "per"), unless the creoles type it too.
const NEIGHBOURS: ReadonlySet<string> = new Set(
  [...CREOLE_NEIGHBOUR_MARKERS, ...ROMANCE].filter((w) => !kriol.isListed(w) && !MARKERS.has(w)),
);

// The creoles' words that other languages or chat English type too ("di" is Italian's and Indonesian's, "mi"
// Spanish's, "wen" chat's): no sign alone, but beside a word of asking only the creoles have, enough.
const WEAK = new Set('mi di de da wi yu yuh dis dat wen wat wha wich ya yah dey ting'.split(' '));
// The words of asking only the creoles have.
const OWN_ASKING = new Set(['weh', 'wah', 'wuh', 'hoo', 'huu', 'wehpaat', 'wepaat', 'wamek', 'wahmek']);

// Two of the creoles' own words at least, or one that asks beside a small word of theirs ("weh time di canteen
// open?"), and more of their own than of their neighbours': "mi", "di", "de" and "deh" are Spanish's, Italian's and
// Indonesian's too, and one word ("dey", "fi") beside English is chat English's.
function outweighsNeighbours(question: string): boolean {
  const tokens = question
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}']+$/gu, ''));
  const own = tokens.filter((t) => MARKERS.has(t));
  const theirs = tokens.filter(
    (t) => NEIGHBOURS.has(t) || NEIGHBOURS.has(t.normalize('NFD').replace(/\p{M}/gu, '')),
  );
  const asksOwn = own.some((t) => OWN_ASKING.has(t)) && tokens.some((t) => WEAK.has(t));
  return (new Set(own).size >= 2 || asksOwn) && own.length > theirs.length;
}

/** Whether a question is typed in Kriol or Patois (two words of their own, more of them than of a neighbour's). */
export const typedInKriol = (question: string): boolean =>
  // Counted before "dem" and "fi" are read: a plural "dem" is as plainly the creoles' as any word.
  outweighsNeighbours(lowered(question)) && kriol.typedIn(asTyped(question));

/** The question read in English when it is typed in Kriol or Patois; else the question as it is. */
export const readKriol = (question: string): string => {
  if (!typedInKriol(question)) return question;
  const typed = asTyped(question);
  const read = kriol.read(typed);
  return read === typed ? question : read;
};

/** The reading as it is: the creoles' verbs take no endings, so no unknown form of one is left to drop. */
export const withoutUnknownKriol = (read: string, written: string, stats: TermStats): string =>
  kriol.withoutUnknown(read, asTyped(written), stats);
