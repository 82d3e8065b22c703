/**
 * @module A question typed in Shikomori (Comorian: Shingazidja, Shindzuani) in chat, in Latin letters mixed with
 * French and English as Anjouan's and Moroni's ylang-ylang distillery and vanilla staff type it ("congé suku
 * ngapvi?", "mshahara wangu ngudjolipvwa lini?", "afa ngaridjofanya hazi suku ya Idi?"), read as the English question
 * it asks ("how many days leave?", "when will my salary be paid?", "will we work Eid day?"). The reading is
 * roman-reading.ts's; Comorian's own rules are here. A verb is one word with the mark of who does it and when before
 * its stem ("ngaridjo-lipvwa", we will be paid; "ngu-djo-lipvwa", it will be paid): the reader types the mark apart,
 * which the lists read as "we will" or "will", and the stem. Whose a thing is and "this" follow it ("mshahara
 * wangu", "mwezi unu"), which English puts before it. The word of asking mostly ends the question; the reading puts
 * it first, and "will" after it ("when will my salary be paid?"). Comorian shares many words with Swahili ("lini",
 * "mwezi", "mshahara", "wangu"), so a question is Comorian's only with two words only Comorian writes ("hazi",
 * "suku", "mwaha", "ngudjo-", "hupva"), or one of its own words of asking ("hapvi", "ngapvi", "ntrini", "mbani")
 * beside a listed word, or any word of asking beside one of its own words; and more of its own words than of
 * Swahili's ("wapi", "kazi", "siku"), Malagasy's, Arabic chat's, French's, English's, Spanish's and Portuguese's, the
 * creoles' (Seselwa, Mauritian, Haitian) and the Pacific's (Samoan, Tongan). The word lists were written from general
 * knowledge of the language, without reading any organisation's documents or questions.
 */
import { CREOLE_NEIGHBOUR_MARKERS } from './neighbour-markers.js';
import { pidginEnglishOrder } from './pidgin-order.js';
import { MARKERS as ARABIC_MARKERS } from './roman-arabic-words.js';
import { PORTUGUESE } from './roman-kabuverdianu-words.js';
import { ROMANCE } from './roman-kriol-words.js';
import { ENGLISH } from './roman-pijin-words.js';
import { type RomanLanguage, readerDoors, romanReading } from './roman-reading.js';
import { OWN as SAMOAN_OWN } from './roman-samoan-words.js';
import { MAURITIAN_ONLY, OWN as SESELWA_OWN } from './roman-seselwa-words.js';
import { listedOrInPhrases, phrasesByFirst, sentencesOf } from './roman-shared.js';
import {
  ASKING,
  DROPPED,
  isKnownWord,
  MALAGASY,
  NOW_MARKS,
  OWN,
  OWN_ASKING,
  PHRASES,
  SPELLINGS,
  STEMS,
  SWAHILI,
  THIRD_MARKS,
  VERB_MARKS,
  VERBS,
  WEAK,
  WORDS,
} from './roman-shikomori-words.js';
import { OWN as TONGAN_OWN } from './roman-tongan-words.js';

// A word as the lists spell it, in lower case.
const spell = (word: string) => {
  const lower = word.toLowerCase();
  return SPELLINGS.get(lower) ?? lower;
};

// A token's letters and the marks before and after them ("ngapvi?" is "", "ngapvi", "?"): found by a walk from each
// end, so a long run of marks costs its length once.
const WORD_CHAR = /[\p{L}\d'-]/u;
function partsOf(token: string): { lead: string; core: string; trail: string } {
  let start = 0;
  while (start < token.length && !WORD_CHAR.test(token[start]!)) start++;
  let end = token.length;
  while (end > start && !WORD_CHAR.test(token[end - 1]!)) end--;
  return { lead: token.slice(0, start), core: token.slice(start, end), trail: token.slice(end) };
}
// The word a token is, as the lists spell it; none for a word with a capital, a name's or an acronym's ("RH").
const wordOf = (token: string) => {
  const { core } = partsOf(token);
  return /\p{Lu}/u.test(core) ? '' : spell(core);
};
// A token after which a clause ends: nothing is moved across it.
const endsClause = (token: string) => /[.?!,;:]$/.test(token);

// English for what is counted: "ngapvi" beside one asks how many.
const COUNTED =
  /^(?:days?|weeks?|months?|years?|hours?|times?|people|persons?|child(?:ren)?|shifts?|boats?|trips?|flowers)$/;

// "ngapvi" (or Swahili's spelling "ngapi", or "kisaje") beside what is counted asks how many, before "%" what
// percent; "afa" asks whether, which says nothing English needs.
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  if (word !== 'ngapvi' && word !== 'ngapi' && word !== 'kisaje') return undefined;
  if (/^%/.test(tokens[at + 1] ?? '')) return 'what percent';
  const counted = (token = '') => {
    const said = spelled(token);
    return COUNTED.test(WORDS.get(said) ?? said);
  };
  return counted(tokens[at - 1]) || counted(tokens[at + 1]) ? 'how many' : undefined;
}

// The verbs' English, which "do" goes before after a word of asking ("when do we get"); not the passives ("be paid").
const DOING: ReadonlyMap<string, string> = new Map(
  [...VERBS].filter(([, english]) => !english.startsWith('be ')),
);

// Comorian's word lists and rules.
const SHIKOMORI: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: OWN,
  verbs: new Set(VERBS.keys()),
  spellings: SPELLINGS,
  // Words Swahili, French, English or Spanish type alike ("lini", "mshahara", "congé", "mama", "jeje"): no sign of
  // Comorian on their own.
  shared: WEAK,
  // Its own words are plainly Comorian's whatever the dictionary has: the count of its signs has told it apart.
  plainly: OWN,
  // Comorian has no case endings: whose a thing is follows it, after "wa" or "ya" ("mshahara wa Ali").
  genitive: new Set(),
  locative: new Set(),
  owned: new Set('mshahara salaire riali conge prime avance mshe mwana dago'.split(' ')),
  titles: new Set('Mze Mzé Mr Mrs Ms Dr M. Mme Madame Monsieur Bwana Fundi'.split(' ')),
  // Commas, and "and" or French's "et" between two questions; not "na", which also says "with" ("mwana na mshe").
  joins: /\s*,\s*|\s+(?:and|et)\s+/i,
  leadingJoin: /^(?:\s*(?:and|et|na)[\s,]+)+/i,
  askingAt,
  // A verb's endings: the stem's "-a", the doing now's "-o", the passive's "-wa", "-wo", the causative's "-isa".
  verbForm: /(?:a|o|wa|wo|iwa|ewa|isa|esa)$/,
  verbStems: new Set([...STEMS.keys()].map((stem) => stem.slice(0, -1))),
};

const shikomori = romanReading(SHIKOMORI);

// A word the lists know, or one of a phrase's words ("paie" of "fiche de paie").
const isKnown = listedOrInPhrases((word) => shikomori.isListed(word), PHRASES);

// Words whose English has a capital ("Idi", Eid; "Maoulida", Mawlid; "Djuma", Friday): typed so, they are no names.
const isFeast = (word: string) => /^\p{Lu}/u.test(WORDS.get(word) ?? '');

// The question on one line, all in lower case when typed all in capitals ("CONGÉ SUKU NGAPVI?"), a sentence's first
// word in lower case when the lists know it ("Congé", "Mshahara") and no capital follows it ("Dago Ali" is a name),
// and a feast's or a day's name in lower case wherever it stands.
function lowered(question: string): string {
  const line = question.replace(/\s+/g, ' ').trim();
  if (!/\p{Ll}/u.test(line)) return line.toLowerCase();
  const tokens = line.split(' ');
  return tokens
    .map((token, at) => {
      const word = spell(partsOf(token).core);
      const first = at === 0 || /[.?!]$/.test(tokens[at - 1]!);
      const named = /^\p{Lu}/u.test(tokens[at + 1] ?? '');
      return (first && !named && isKnown(word)) || isFeast(word) ? token.toLowerCase() : token;
    })
    .join(' ');
}

// The marks that open a verb, the longest first, so "ngaridjo-" is found before "ngari-".
const MARKED: ReadonlySet<string> = new Set([...VERB_MARKS.keys(), ...THIRD_MARKS]);
const MARKS = [...MARKED].sort((a, b) => b.length - a.length);

// A verb typed as one word, as its mark and its stem ("ngudjolipvwa": "ngudjo", "lipvwa"; "ngarilipvo": "ngari",
// "lipva"), or nothing when it is no such verb. French's "ou" for "u" is read as "u" ("ngoudjolipvwa").
function markAndStem(word: string): [string, string] | undefined {
  if (isKnownWord(word)) return undefined;
  for (const typed of word.includes('ou') ? [word, word.replace(/ou/g, 'u')] : [word])
    for (const mark of MARKS) {
      if (!typed.startsWith(mark) || typed.length <= mark.length) continue;
      const rest = typed.slice(mark.length);
      if (STEMS.has(rest) && !NOW_MARKS.has(mark)) return [mark, rest];
      const now = `${rest.slice(0, -1)}a`;
      if (NOW_MARKS.has(mark) && rest.endsWith('o') && STEMS.has(now)) return [mark, now];
    }
  return undefined;
}

// Each verb typed as one word typed as its mark and its stem, the marks around the word kept.
const withVerbsApart = (tokens: string[]): string[] =>
  tokens.flatMap((token) => {
    const { lead, core, trail } = partsOf(token);
    const found = /\p{Lu}/u.test(core) ? undefined : markAndStem(spell(core));
    return found ? [`${lead}${found[0]}`, `${found[1]}${trail}`] : [token];
  });

// The phrases by their first word, the longest first.
const PHRASES_BY_FIRST = phrasesByFirst(PHRASES);

// How many tokens from `at` a listed phrase takes ("fiche de paie": 3), 1 when none starts there; no mark may part
// its words but the last's.
function unitAt(tokens: string[], at: number): number {
  const found = PHRASES_BY_FIRST.get(wordOf(tokens[at]!))?.find((words) =>
    words.every((word, j) => {
      const token = tokens[at + j];
      return token !== undefined && (j === words.length - 1 || !endsClause(token)) && wordOf(token) === word;
    }),
  );
  return found?.length ?? 1;
}

// Whose a thing is ("wangu", "yaho") and "unu" (this), which follow it.
const OWNERS: ReadonlySet<string> = new Set(
  [...WORDS].filter(([, english]) => /^(?:my|your|his|this)$/.test(english)).map(([w]) => w),
);
// What an owner may not be moved before: a word of asking, grammar, another owner, or a word that is neither the
// lists' nor an English thing's ("payslip yangu": my payslip; not "the yangu").
const ownable = (token: string) => {
  const word = wordOf(token);
  if (word === '' || ASKING.has(word) || DROPPED.has(word) || OWNERS.has(word)) return false;
  return isKnown(word) || (/^\p{Ll}{3,}$/u.test(word) && !ENGLISH_SMALL.has(word));
};
const ENGLISH_SMALL: ReadonlySet<string> = new Set(ENGLISH);

// Whose a thing is and "this" before the thing they follow, a phrase being one thing ("fiche de paie yangu" as
// "yangu fiche de paie"); the marks after the owner stay at the end.
function withOwnersBefore(tokens: string[]): string[] {
  const out: string[] = [];
  let unit = -1;
  for (let at = 0; at < tokens.length; ) {
    const length = unitAt(tokens, at);
    const token = tokens[at]!;
    const before = out.at(-1);
    if (length === 1 && OWNERS.has(wordOf(token)) && before && !endsClause(before) && unit >= 0) {
      const { core, trail } = partsOf(token);
      if (ownable(out[unit]!)) {
        out.splice(unit, 0, core);
        out[out.length - 1] += trail;
        at++;
        continue;
      }
    }
    unit = out.length;
    out.push(...tokens.slice(at, at + length));
    at += length;
  }
  return out;
}

// The question as the lists read it: in lower case where capitals name nothing, its verbs typed apart into mark and
// stem, and whose a thing is before it.
const asTyped = (question: string) =>
  withOwnersBefore(withVerbsApart(lowered(question).split(' '))).join(' ');

// Every word some neighbour types as its own (Swahili's "wapi", "kazi"; Malagasy's "aiza", "karama"; Arabic chat's
// "emta", "ratib"; Seselwa's "ganny", Mauritius's "gagn"; Samoan's and Tongan's; French's "je", English's "the",
// Spanish's "cuanto"), unless Comorian's lists know it too.
const NEIGHBOURS: ReadonlySet<string> = new Set(
  [
    ...SWAHILI,
    ...MALAGASY,
    ...ARABIC_MARKERS,
    ...CREOLE_NEIGHBOUR_MARKERS,
    ...SESELWA_OWN,
    ...MAURITIAN_ONLY,
    ...SAMOAN_OWN,
    ...TONGAN_OWN,
    ...ROMANCE,
    ...PORTUGUESE,
    ...ENGLISH,
  ].filter((w) => !isKnown(w)),
);

// A word of asking beside another listed word, one of the two Comorian's own ("congé ngapvi", "wana ngapvi",
// "hazi lini", "mwezi unu lini"; not "mshahara lini", which Swahili types alike). Grammar's small words ("la", "ya")
// name nothing asked of.
function asksBesideListed(words: string[]): boolean {
  const asking = words.filter((w) => ASKING.has(w));
  const listed = words.filter((w) => isKnown(w) && !ASKING.has(w) && !DROPPED.has(w) && w.length > 2);
  if (asking.some((w) => OWN_ASKING.has(w)) && listed.length > 0) return true;
  return asking.length > 0 && listed.some((w) => OWN.has(w));
}

// Enough of Comorian's signs (two of its own words, or a word of asking beside a listed one), and more of its own
// words than of its neighbours' own. A name ("Lera", "Suku") is no sign of it.
function outweighsNeighbours(question: string): boolean {
  const tokens = question.split(' ').map((t) => partsOf(t).core);
  const words = tokens.filter((t) => t && !/\p{Lu}/u.test(t)).map(spell);
  // A stem after the mark that opens a verb ("ngudjo funga") is Comorian's as the mark is.
  const own = words.filter((w, i) => OWN.has(w) || (STEMS.has(w) && MARKED.has(words[i - 1] ?? '')));
  const enough = new Set(own).size >= 2 || asksBesideListed(words);
  const theirs = tokens.map((t) => t.toLowerCase()).filter((w) => !isKnown(spell(w)) && NEIGHBOURS.has(w));
  return enough && own.length > theirs.length;
}

// What a reading may open with when it asks with a word, the longest first ("how many days" before "how").
const ASKED_FIRST = [
  ...new Set(
    [...ASKING.values(), ...PHRASES.map(([, english]) => english)].filter((e) =>
      /^(?:how|what|which|when|where|why|who|whose)\b/.test(e),
    ),
  ),
].sort((a, b) => b.length - a.length);

// "will" said after a thing, not a pronoun ("when my salary will be paid"), goes just after what is asked, as English
// asks it ("when will my salary be paid"); a pronoun's "will" the pidgin order moves.
function withWillAfterAsked(sentence: string): string {
  const asked = ASKED_FIRST.find((a) => sentence.startsWith(`${a} `));
  const at = sentence.indexOf(' will ');
  if (!asked || at <= asked.length) return sentence;
  // Who is said just before or after "will": the pidgin order has put it as English asks ("will we work").
  const who = /^(?:I|you|we|they|he)\b/;
  if (/(?:^| )(?:I|you|we|they|he)$/.test(sentence.slice(0, at)) || who.test(sentence.slice(at + 6)))
    return sentence;
  return `${asked} will ${sentence.slice(asked.length + 1, at)}${sentence.slice(at + ' will'.length)}`;
}

// Who said twice ("mimi ngamdjo-", I I will) said once.
const withWhoOnce = (read: string) => read.replace(/\b(I|you|we|they) \1\b/g, '$1');

// A yes-or-no question opening with who and "will" ("we will work?") asks with "will" first, and with who and a verb
// ("we get bonus?") with "do".
const DO_VERBS = [...new Set([...DOING.values()].map((english) => english.split(' ')[0]!))].join('|');
const DO_OPENING = new RegExp(`(^|[.?!]\\s+)(I|you|we|they) (${DO_VERBS})(?= [^.?!]*\\?)`, 'g');
const withOpeningAsked = (read: string) =>
  read
    .replace(/(^|[.?!]\s+)(I|you|we|they) will (?=[^.?!]*\?)/g, '$1will $2 ')
    .replace(DO_OPENING, '$1do $2 $3');

// French's small words the staff type among Comorian ones ("ngudjodja au bureau", "ngudjofunga pour l'Aïd"), which
// the lists leave as typed, so French's count of its signs keeps them: in English, or left out ("est-ce que", "la").
const FRENCH_SMALL: ReadonlyMap<string, string> = new Map([
  ['au', 'at'],
  ['aux', 'at'],
  ['pour', 'for'],
  ['avec', 'with'],
  ['dans', 'in'],
  ['du', 'of'],
  ['des', 'of'],
  ['le', ''],
  ['la', ''],
  ['les', ''],
]);
const withFrenchInEnglish = (read: string) =>
  read
    .replace(/(^|\s)est[- ]ce qu(?:e\s+|')/giu, '$1')
    // The feast as French writes it ("l'Aïd", "Aïd"), not English's "aid".
    .replace(/(?<![\p{L}'])(?:l'a[iï]d|a[ïÏ]d)(?![\p{L}'])/giu, 'Eid')
    .replace(/(?<![\p{L}'])l'(?=\p{L})/giu, '')
    .replace(/(?<![\p{L}'])(au|aux|pour|avec|dans|du|des|le|la|les)\s+/gu, (_, word: string) => {
      const english = FRENCH_SMALL.get(word)!;
      return english ? `${english} ` : '';
    });

// The reading in English's order: French's small words read, who once, "do" and "will" before who, and after what
// is asked.
const inPidginOrder = pidginEnglishOrder(DOING);
const inEnglish = (read: string) =>
  sentencesOf(withOpeningAsked(inPidginOrder(withWhoOnce(withFrenchInEnglish(read)))))
    .map(withWillAfterAsked)
    .join(' ');

const doors = readerDoors({ reading: shikomori, asTyped, outweighsNeighbours, inEnglish });

/** Whether a question is typed in Shikomori (its own words, more of them than of its neighbours'). */
export const typedInShikomori = doors.typedIn;

/** The question read in English when it is typed in Shikomori; else the question as it is. */
export const readShikomori = doors.read;

/** The reading without the forms of Comorian verbs that neither English nor the knowledge base knows. */
export const withoutUnknownShikomori = doors.withoutUnknown;

/** Whether a word, in lower case, is one of Shikomori's own the reader lists ("hapvi" asks where; it is no name). */
export const isShikomoriListed = (word: string): boolean => isKnown(spell(word));
