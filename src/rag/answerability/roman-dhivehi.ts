/**
 * @module A question typed in Dhivehi (the Maldives' language) in Latin letters, as staff type it on their phones
 * mixed with English ("medical claim submit kuran kihaa dhuvas libeyne?", "canteen in parcel gendhevey tha?",
 * "Block E ga ek kotariga kihaa meehun?"), read as the English question it asks ("how many days medical claim
 * submit get?", "can take canteen in parcel?", "how many people at Block E at one room?"). The reading is
 * roman-reading.ts's; Dhivehi's own rules are here. Its case endings are typed apart or joined to the word
 * ("kotari ga", "kotariga"): joined ones are typed apart first, and "ga" (at) and "ah" (to) go before the place
 * they follow, as English puts them; "ge" after a name is its "'s". A modal after the verb it rules ("beynun
 * kureveyne", use can; "submit kuran vaane", submit must) goes before it; in a yes-or-no question (its mark "tha")
 * "can" or "must" goes first, as English asks ("can use wifi?"), and "ulhey tha" asks "is there". "kihaa" of what
 * is counted asks how many, else how much. Dhivehi shares its small words with Hindi and Urdu ("tha", "thi", "ga",
 * "ge", "kon"), Indonesian chat ("ga"), English ("ah") and Spanish ("mi", "ves"), so a question is Dhivehi's only
 * with two words only Dhivehi writes, or a word of asking beside a listed word that is no other language's (one of
 * the two Dhivehi's own), and more of its own words than of its neighbours'.
 */
import { CREOLE_NEIGHBOUR_MARKERS } from './neighbour-markers.js';
import { MARKERS as ARABIC_MARKERS } from './roman-arabic-words.js';
import { MARKERS as BENGALI_MARKERS } from './roman-bengali-words.js';
import { ASKING, DROPPED, OWN, PHRASES, SPELLINGS, VERBS, WEAK, WORDS } from './roman-dhivehi-words.js';
import { ENGLISH } from './roman-pijin-words.js';
import { type RomanLanguage, readerDoors, romanReading } from './roman-reading.js';
import { listedOrInPhrases, phraseWords, sentencesOf } from './roman-shared.js';

// A word as the lists spell it, in lower case.
const spell = (word: string) => {
  const lower = word.toLowerCase();
  return SPELLINGS.get(lower) ?? lower;
};

// A token's letters and figures, and the marks before and after them ("kotariga?" is "", "kotariga", "?"): found by
// a walk from each end, so a long run of marks costs its length once.
const WORD_CHAR = /[\p{L}\d']/u;
function partsOf(token: string): { lead: string; core: string; trail: string } {
  let start = 0;
  while (start < token.length && !WORD_CHAR.test(token[start]!)) start++;
  let end = token.length;
  while (end > start && !WORD_CHAR.test(token[end - 1]!)) end--;
  return { lead: token.slice(0, start), core: token.slice(start, end), trail: token.slice(end) };
}
const coreOf = (token: string) => partsOf(token).core;
// The word a token is, as the lists spell it; none for a word with a capital, a name's or an acronym's ("HR").
const wordOf = (token: string) => {
  const core = coreOf(token);
  return /\p{Lu}/u.test(core) ? '' : spell(core);
};
// A token after which a clause ends: nothing is moved across it.
const endsClause = (token: string) => /[.?!,;:]$/.test(token);

// English for what is counted: "kihaa" before or after one asks how many.
const COUNTED_ENGLISH =
  /^(?:days?|weeks?|months?|years?|hours?|minutes?|times?|people|persons?|rooms?|children|staff|employees?|pieces?)$/;

// "kihaa" before or after what is counted asks how many ("kihaa kotari", "meehun kihaa"), before "%" what percent;
// "kaaku ge" whose; "tha" says what it asks by the verb just before it (a verb says it: "gendhevey tha?", can take),
// and without one asks whether a thing is so ("maadhamaa holiday tha?").
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  const counted = (token = '') => {
    const said = spelled(token);
    return COUNTED_ENGLISH.test(WORDS.get(said) ?? said);
  };
  if (word === 'kihaa' && /^%/.test(tokens[at + 1] ?? '')) return 'what percent';
  if (word === 'kihaa' && (counted(tokens[at + 1]) || counted(tokens[at - 1]))) return 'how many';
  if (word === 'kaaku' && spelled(tokens[at + 1] ?? '') === 'ge') return 'whose';
  // Only the few words before it: a run of "tha" is read in time that grows with its length.
  if (word === 'tha')
    return tokens.slice(Math.max(0, at - VERB_WINDOW), at).some((t) => VERBS.has(spelled(t))) ? '' : 'is';
  return undefined;
}
const VERB_WINDOW = 3;

// Dhivehi's word lists and rules.
const DHIVEHI: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: OWN,
  verbs: new Set(VERBS.keys()),
  spellings: SPELLINGS,
  // Words Hindi or Urdu, Indonesian, English or Spanish type alike ("chuttee", "mahu", "gadi", "tha"): no sign of
  // Dhivehi on their own.
  shared: new Set([...WEAK, ...'chuttee mahu mas gadi bali dhoni hafthaa nama agu dhigu idhu'.split(' ')]),
  // Its own words are plainly Dhivehi's whatever the dictionary has: the count of its signs has told it apart.
  plainly: OWN,
  // "Ahmed ge musaara": Ahmed's salary. "ga" and "ah" are put before their place as the question is typed apart.
  genitive: new Set(['ge']),
  locative: new Set(),
  joins: /\s*,\s*|\s+(?:and|adhi)\s+/i,
  leadingJoin: /^\s*(?:and|adhi|ehenve)\s+/i,
  askingAt,
  // The endings of Dhivehi verbs' forms: the potential ("kurevey", "gendheveyne"), the future and present
  // ("libeyne", "hulhuvaanee", "kuranee"), the past ("gellijje") and the infinitive ("kuran", "gannan").
  verbForm: /(?:eveyne|evey|eyne|enee|aanee|aane|anee|ane|unee|ijje|un|an|ee|ey)$/,
  verbStems: new Set(
    'kur kura libe lib gendh neg dh dhe hunn ann fonuv hoadh bal hadh hulhuv fash nim ing gann lasv gell vej beyn'.split(
      ' ',
    ),
  ),
};

const dhivehi = romanReading(DHIVEHI);

// Every word of the phrases: the lists know them, though no word list has each alone ("thaneh" of "kon thaneh").
const PHRASE_WORDS: ReadonlySet<string> = phraseWords(PHRASES);
const isKnown = listedOrInPhrases((word) => dhivehi.isListed(word), PHRASES);

// The question on one line, all in lower case when typed all in capitals ("KIHAA DHUVAS?"), and a sentence's first
// word in lower case when the lists know it ("Kihaa", "Kobaa"): typed so because it opens the sentence.
function lowered(question: string): string {
  const line = question.replace(/\s+/g, ' ').trim();
  if (!/\p{Ll}/u.test(line)) return line.toLowerCase();
  const tokens = line.split(' ');
  return tokens
    .map((token, at) => {
      const first = at === 0 || /[.?!]$/.test(tokens[at - 1]!);
      // Before another capital it begins a name ("Kon Tiki"), and stays.
      const named = /^\p{Lu}/u.test(tokens[at + 1] ?? '');
      return first && !named && isKnown(spell(coreOf(token))) ? token.toLowerCase() : token;
    })
    .join(' ');
}

// Endings typed onto a word ("kotariga", "ulheytha", "Ahmedge" is a name's and stays), longest first; "hey" only
// stresses the word, and goes.
const SUFFIXES = ['thah', 'tha', 'aai', 'hey', 'ah', 'ga', 'ge'];

// A word the lists do not know typed with an ending onto one they know, typed apart ("kotariga" as "kotari ga").
function withSuffixApart(token: string): string {
  const { lead, core, trail } = partsOf(token);
  if (/\p{Lu}/u.test(core) || isKnown(spell(core))) return token;
  for (const suffix of SUFFIXES) {
    const stem = core.slice(0, core.length - suffix.length);
    if (!core.endsWith(suffix) || stem.length < 3 || !isKnown(spell(stem))) continue;
    return suffix === 'hey' ? `${lead}${stem}${trail}` : `${lead}${stem} ${suffix}${trail}`;
  }
  return token;
}

// The modals that follow the verb they rule ("beynun kureveyne", use can), and the light verb an English verb takes
// ("submit kuran vaane", submit do must).
const MODALS: ReadonlySet<string> = new Set(['kureveyne', 'kurevey', 'vaane']);
const LIGHT: ReadonlySet<string> = new Set(['kuran', 'kuranee', 'kuraanee']);
// A word a modal may go before: an English verb, a Dhivehi verb or a thing done ("masakkaiy kuran vaane", must work),
// not a word of asking or one of a phrase ("kihaa gadi").
const movable = (word: string) =>
  word !== '' &&
  !ASKING.has(word) &&
  !PHRASE_WORDS.has(word) &&
  !WEAK.has(word) &&
  (!isKnown(word) || VERBS.has(word) || WORDS.has(word));

// Each modal before the verb it follows, past the light verb ("submit kuran vaane" as "vaane submit kuran").
function withModalsBefore(tokens: string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const { core, trail } = partsOf(token);
    let at = out.length - 1;
    if (!MODALS.has(wordOf(token)) || at < 0 || endsClause(out[at]!)) {
      out.push(token);
      continue;
    }
    if (LIGHT.has(wordOf(out[at]!)) && at > 0 && !endsClause(out[at - 1]!)) at--;
    if (!movable(wordOf(out[at]!)) && !/\p{Lu}/u.test(out[at]!)) {
      out.push(token);
      continue;
    }
    out.splice(at, 0, core);
    out[out.length - 1] += trail;
  }
  return out;
}

// Words that open a place's name before its ending ("ek kotari ga", "mi ofees ga"): the ending goes before them.
const OPENING_PLACE: ReadonlySet<string> = new Set(['ek', 'mi', 'ee', 'aa']);
const PLACE_WORDS = 4;
const capitalised = (token: string) => /^[\p{Lu}\d]/u.test(coreOf(token));

// The phrases of two words, which an ending follows as one thing.
const PAIRS: ReadonlySet<string> = new Set(
  PHRASES.map(([words]) => words).filter((w) => w.split(' ').length === 2),
);

// Two words of one thing named in English: the first in lower case, unknown to the lists, no clause ending there.
const isEnglishBefore = (token: string, before: string) =>
  !isKnown(wordOf(token)) && wordOf(before) !== '' && !isKnown(wordOf(before)) && !endsClause(before);

// Where the place the ending "ga" or "ah" follows begins: a name's first word ("Block E", at most a few words), a
// thing named in English ("annual leave"), or a thing with "ek" or "mi" before it; -1 when a word of asking is there.
function placeStart(out: string[]): number {
  let at = out.length - 1;
  if (capitalised(out[at]!)) {
    const stop = Math.max(0, at - PLACE_WORDS + 1);
    while (at > stop && capitalised(out[at - 1]!) && !endsClause(out[at - 1]!)) at--;
    return at;
  }
  if (ASKING.has(wordOf(out[at]!))) return -1;
  // A thing named in English is a few words the lists do not know ("annual leave ah").
  const stop = Math.max(0, at - PLACE_WORDS + 1);
  while (at > stop && isEnglishBefore(out[at]!, out[at - 1]!)) at--;
  // A phrase of the lists is one thing ("roadha mahu ga": at Ramadan).
  if (at > 0 && !endsClause(out[at - 1]!) && PAIRS.has(`${wordOf(out[at - 1]!)} ${wordOf(out[at]!)}`)) at--;
  const before = out[at - 1];
  if (
    before !== undefined &&
    !endsClause(before) &&
    (OPENING_PLACE.has(wordOf(before)) || /^\d+$/.test(before))
  )
    at--;
  return at;
}

// "ga" (at) and "ah" (to) before the place they follow ("Block E ga" as "ga Block E"); "ah" with nothing before it
// in its sentence is English's "ah", and goes.
function withPlacesFirst(tokens: string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const { core, trail } = partsOf(token);
    const word = wordOf(token);
    if ((word !== 'ga' && word !== 'ah') || core !== word) {
      out.push(token);
      continue;
    }
    const alone = out.length === 0 || endsClause(out.at(-1)!);
    const at = alone ? -1 : placeStart(out);
    if (at < 0) {
      out.push(word === 'ah' && alone ? trail : token);
      continue;
    }
    out.splice(at, 0, core);
    out[out.length - 1] += trail;
  }
  return out.filter(Boolean);
}

// The question as the lists read it: in lower case where capitals name nothing, its endings typed apart, its
// modals before their verbs and its places after "at" and "to".
const asTyped = (question: string) =>
  withPlacesFirst(
    withModalsBefore(lowered(question).split(' ').map(withSuffixApart).join(' ').split(' ')),
  ).join(' ');

// Sinhala as Sri Lankans type it beside English ("kiyada", "kawada", "puluwanda", "eka"): a neighbour too.
const SINHALA =
  'kiyada kiyak kawada koheda mokakda mokadda kohomada puluwanda puluwan thiyenawada thiyenawa thiyenne ganna denna eka eke mage mata oya api wada karanna karanne enne yanna'.split(
    ' ',
  );

// Every word some neighbour types as its own (Hindi's "kitne", Bengali's "koto", Indonesian's "berapa", Arabic's
// "shlon", Sinhala's "kiyada", English's "the"), unless Dhivehi's lists know it too ("tha").
const NEIGHBOURS: ReadonlySet<string> = new Set(
  [...CREOLE_NEIGHBOUR_MARKERS, ...BENGALI_MARKERS, ...ARABIC_MARKERS, ...ENGLISH, ...SINHALA].filter(
    (w) => !isKnown(w),
  ),
);

// A word of asking beside another listed word that no other language types alike, one of the two Dhivehi's own
// ("kihaa vareh", "kon irakun", "dhey tha"; not "kon tha", Urdu's "who was").
function asksBesideListed(words: string[]): boolean {
  const asking = new Set(words.filter((w) => ASKING.has(w)));
  const listed = new Set(words.filter((w) => isKnown(w) && !WEAK.has(w)));
  for (const asked of asking)
    for (const word of listed) if (word !== asked && (OWN.has(asked) || OWN.has(word))) return true;
  return false;
}

// Enough of Dhivehi's signs (two of its own words, or a word of asking beside a listed one), and more of its own
// words than of its neighbours' own.
function outweighsNeighbours(question: string): boolean {
  const words = question
    .split(' ')
    .map((t) => spell(coreOf(t)))
    .filter(Boolean);
  const own = words.filter((w) => OWN.has(w));
  const enough = new Set(own).size >= 2 || asksBesideListed(words);
  const theirs = words.filter((w) => !isKnown(w) && NEIGHBOURS.has(w)).length;
  return enough && own.length > theirs;
}

// What a reading opens with when it asks with a word: its modal stays where it is.
const ASKED_FIRST = /^(?:how|what|which|when|where|why|who|whose|to whom|is)\b/;
const WHO = new Set(['I', 'we', 'you', 'he']);

// A yes-or-no question with "can" or "must" in it, asked as English asks it: the modal and its verb first, after
// who does it ("I leave can take tomorrow?" as "can I take leave tomorrow?").
function withModalFirst(sentence: string): string {
  const marks = /[?!.]+$/.exec(sentence)?.[0] ?? '';
  if (!marks.includes('?') || ASKED_FIRST.test(sentence)) return sentence;
  const words = sentence.slice(0, sentence.length - marks.length).split(' ');
  const at = words.findIndex((w, i) => i > 0 && (w === 'can' || w === 'must') && i + 1 < words.length);
  if (at < 0) return sentence;
  const [modal, verb] = words.splice(at, 2) as [string, string];
  const who = WHO.has(words[0]!) ? [words.shift()!] : [];
  return `${[modal, ...who, verb, ...words].join(' ')}${marks}`;
}

const inEnglish = (read: string) => sentencesOf(read).map(withModalFirst).join(' ');

const doors = readerDoors({ reading: dhivehi, asTyped, outweighsNeighbours, inEnglish });

/** Whether a question is typed in Dhivehi (its own words, more of them than of its neighbours'). */
export const typedInDhivehi = doors.typedIn;

/** The question read in English when it is typed in Dhivehi; else the question as it is. */
export const readDhivehi = doors.read;

/** The reading without the forms of Dhivehi verbs that neither English nor the knowledge base knows. */
export const withoutUnknownDhivehi = doors.withoutUnknown;

/** Whether a word, in lower case, is one of Dhivehi's own the reader lists ("kobaa" asks where; it is no name). */
export const isDhivehiListed = (word: string): boolean => isKnown(spell(word));
