/**
 * @module A question typed in a language of South Asia in Latin letters, or in Indonesian chat, mixed with English
 * ("Bogura depot er cash counter koyta theke koyta khola thake?", "kapan gajian bulan ini?"), read as the English
 * question it asks: the word of asking first, as English puts it, the words of grammar left out, and everyday
 * words in English, so the English documents are searched and checked with it. English words and names are kept
 * as typed. One reading for each language whose word lists (a `RomanLanguage`) say what its words are.
 */
import { stopWords, tokenize } from '../../core/index.js';
import { dictionaryCase, isOrdinaryWord } from '../wordnet/index.js';
import type { TermStats } from './assess.js';
import { isHindustaniListed, typedInHindustani } from './roman-hindustani.js';
import { dropKeepingEnd, ENGLISH_ASKING, longestPhraseAt, sentencesOf } from './roman-shared.js';

/** A language's word lists and the few rules of its own the reading needs. */
export interface RomanLanguage {
  /** Words of asking, each with what it asks in English. */
  asking: ReadonlyMap<string, string>;
  /** Phrases of several words, read before single words, with their English. */
  phrases: ReadonlyArray<readonly [string, string]>;
  /** Words of grammar and courtesy, left out. */
  dropped: ReadonlySet<string>;
  /** Everyday words with their English. */
  words: ReadonlyMap<string, string>;
  /** Words only this language has: the signs that a question is typed in it. */
  markers: ReadonlySet<string>;
  /** Verbs: a sign beside a word only the language has. */
  verbs: ReadonlySet<string>;
  /** Other spellings of the listed words. */
  spellings: ReadonlyMap<string, string>;
  /** Listed words other languages of the region type alike: no sign on their own. */
  shared: ReadonlySet<string>;
  /** Listed words that are plainly the language's although the dictionary has them ("koto", a zither). */
  plainly: ReadonlySet<string>;
  /** A name's case ending typed apart ("Rezaul Karim er", "Ram ko"): read as the name's "'s". */
  genitive: ReadonlySet<string>;
  /** A place's case ending typed apart ("Gazipur plant e", "Lukla hostel ma"): read as "at" before it. */
  locative: ReadonlySet<string>;
  /** Things a person has that the owner's name follows ("gaji Pak Budi", Budi's salary): read as "… of Budi". */
  owned?: ReadonlySet<string>;
  /** Titles a person's name follows ("Pak", "Ibu"): the sign that a capitalised word after a thing owned is one. */
  titles?: ReadonlySet<string>;
  /** Where a sentence splits into clauses: commas and the words that join two questions ("ar", "ani"). */
  joins: RegExp;
  /** The word that opens a sentence going on asking ("r …", "ani …"): it says nothing. */
  leadingJoin: RegExp;
  /** What a word of asking asks here, when the words around it say more than its English ("koto din"). */
  askingAt: (
    word: string,
    tokens: string[],
    at: number,
    spelled: (t: string) => string,
  ) => string | undefined;
  /** A verb's endings, as a pattern anchored at the end ("(?:be|bo|…)$"). */
  verbForm: RegExp;
  /** The stems of the language's common verbs, which its endings follow. */
  verbStems: ReadonlySet<string>;
}

/** A language's reading: whether a question is typed in it, the English it asks, and its verbs dropped. */
export function romanReading(lang: RomanLanguage) {
  const spelled = (token: string): string | undefined => {
    const word = token.replace(/[^\p{L}']/gu, '');
    // A name, or a word with a figure ("ke-13", the 13th): kept as typed.
    if (/\p{Lu}/u.test(word) || /\d/.test(token)) return undefined;
    return lang.spellings.get(word) ?? word;
  };
  const listed = new Set([
    ...lang.asking.keys(),
    ...lang.markers,
    ...lang.dropped,
    ...lang.words.keys(),
    ...lang.spellings.keys(),
  ]);
  const asked = askedPhrases(lang);
  // Every word the reading puts in ("when", "often"): English by the word lists' making, never dropped as a verb.
  const english = new Set(
    [...asked, ...lang.asking.values(), ...lang.words.values(), ...lang.phrases.map(([, e]) => e)]
      .join(' ')
      .split(/[^\p{L}']+/u),
  );
  const reading: Reading = { lang, spelled, listed, asked, english };
  return {
    typedIn: (question: string) => typedIn(reading, question),
    read: (question: string) => readQuestion(reading, question),
    withoutUnknown: (read: string, written: string, stats: TermStats) =>
      withoutUnknown(reading, read, written, stats),
    isListed: (word: string) => listed.has(word),
  };
}

interface Reading {
  lang: RomanLanguage;
  spelled: (token: string) => string | undefined;
  listed: ReadonlySet<string>;
  asked: string[];
  english: ReadonlySet<string>;
}

// The English the phrases and words of asking put first in a clause.
const askedPhrases = (lang: RomanLanguage) =>
  [...new Set([...lang.phrases.map(([, english]) => english), ...lang.asking.values()])].filter((english) =>
    /^(?:how|what|which|when|where|why|whose|who|until|by|is)\b/.test(english),
  );

// Two words the lists know, one of them a word of asking or a verb, and a word plainly the language's (no English
// word, no name the dictionary knows); two such beside a Hindi or Urdu reading. Read as typed: a city that opens a
// sentence ("Kobe office: …") is no word of asking.
function typedIn(r: Reading, question: string): boolean {
  const { lang } = r;
  const words = (question.match(/[\p{L}]+/gu) ?? []).map(r.spelled).filter((w) => w !== undefined);
  const said = new Set(words.filter((w) => isSign(lang, w)));
  if (said.size < 2 || ![...said].some((w) => lang.asking.has(w) || lang.verbs.has(w))) return false;
  // Plainly the language's: not a word Hindi's or Urdu's lists have too ("chutti", "hai", "talab").
  const plain = [...said].filter(
    (w) =>
      lang.plainly.has(w) ||
      (!lang.shared.has(w) && !isHindustaniListed(w) && dictionaryCase(w) === 'unknown'),
  );
  return plain.length >= 2 || (plain.length === 1 && !typedInHindustani(question));
}

// A word of the lists that may tell the language, but the small ones English types too ("to", "a", "e", "ta").
const isSign = (lang: RomanLanguage, w: string) =>
  lang.markers.has(w) ||
  lang.verbs.has(w) ||
  lang.asking.has(w) ||
  lang.words.has(w) ||
  (lang.dropped.has(w) && !ENGLISH_LIKE.has(w));
// (One list for every language: each's small words are small words in the others' mixed questions too.)
const ENGLISH_LIKE = new Set(
  'e o to toh na ar ba je se ke r ta ti ra ma ni po ho yo ya min bang sir madam pls plz please'.split(' '),
);

function readQuestion(r: Reading, question: string): string {
  // A sentence's first word in capitals, when the lists know it ("Apa, maternity leave koto din?", "Kapan gajian
  // bulan ini?", as a phone types it): typed so because it opens the sentence, not because it is a name.
  const typed = question
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|[.?!]\s+)(\p{Lu}\p{Ll}+)(?![\p{L}])/gu, (all, before: string, word: string) => {
      // Known as typed or in its other spelling ("Колико" is "koliko", "Imaš" "imas").
      const lower = word.toLowerCase();
      const known = r.listed.has(lower) || r.listed.has(r.lang.spellings.get(lower) ?? lower);
      return known ? `${before}${lower}` : all;
    });
  if (!typedIn(r, typed)) return question;
  return sentencesOf(typed)
    .map((s) => readSentence(r, s))
    .join(' ');
}

// A sentence: its clauses (each asks one thing), each read with its word of asking first; what it says before the
// first ("shunsi 16 week, delivery r pore koto week?") is a sentence of its own before them. A sentence in English
// ("is it possible to get a doctor on saturday?") stays as typed.
function readSentence(r: Reading, sentence: string): string {
  const own = (sentence.match(/[\p{L}]+/gu) ?? []).some((t) => {
    const w = r.spelled(t);
    return (
      w !== undefined &&
      (r.lang.markers.has(w) || r.lang.asking.has(w) || r.lang.verbs.has(w) || r.lang.words.has(w))
    );
  });
  if (!own || (ENGLISH_ASKING.test(sentence) && !typedIn(r, sentence))) return sentence;
  const end = /[?!.]+$/.exec(sentence)?.[0] ?? '';
  const body = sentence.slice(0, sentence.length - end.length).replace(r.lang.leadingJoin, '');
  const { said, clauses } = clausesOf(r, body);
  const question = clauses
    .map((c) => readClause(r, c))
    .filter(Boolean)
    .join(', and ');
  const asking = r.asked.some((a) => question.startsWith(`${a} `) || question === a);
  const story = said
    .map((c) => readClause(r, c))
    .filter(Boolean)
    .join(', ');
  if (!question) return `${story}${end}`;
  return [story && `${story}.`, `${question}${asking && !end.includes('?') ? '?' : end}`]
    .filter(Boolean)
    .join(' ');
}

// Clauses split at commas and the joining words, a part without a word of asking kept with the next one that has
// one; the parts before the first that asks are said, not asked.
function clausesOf(r: Reading, body: string): { said: string[]; clauses: string[] } {
  const pieces = body.split(r.lang.joins).filter((p) => p.trim());
  const asks = (text: string) =>
    text
      .split(/\s+/)
      .map(r.spelled)
      .some((w) => w !== undefined && r.lang.asking.has(w));
  const first = pieces.findIndex(asks);
  if (first < 0) return { said: [], clauses: [pieces.join(' ')] };
  const clauses: string[] = [];
  let pending = '';
  for (const piece of pieces.slice(first)) {
    const joined = pending ? `${pending} ${piece}` : piece;
    if (asks(piece)) {
      clauses.push(joined);
      pending = '';
    } else pending = joined;
  }
  if (pending) clauses[clauses.length - 1] = `${clauses.at(-1)} ${pending}`;
  return { said: pieces.slice(0, first), clauses };
}

// A clause as read so far: its word of asking and its words.
interface Clause {
  asked?: string;
  out: string[];
}

// One clause in English: its word of asking first, then its other words in their order.
function readClause(r: Reading, clause: string): string {
  const tokens = clause.split(/\s+/).filter(Boolean);
  const read: Clause = { out: [] };
  for (let i = 0; i < tokens.length; ) i += readAt(r, tokens, i, read);
  // "ki operation hoise unar?": whose it is, said last, goes before the thing said before it ("what his operation?").
  if (read.out.length > 1 && POSSESSIVE.has(read.out.at(-1)!))
    read.out.splice(read.out.length - 2, 0, read.out.pop()!);
  const rest = read.out.join(' ');
  return read.asked ? `${read.asked} ${rest}`.trim() : rest;
}

const POSSESSIVE = new Set(['my', 'our', 'your', 'his', 'their']);

// The phrase or word at a token, read into the clause; how many tokens it took.
function readAt(r: Reading, tokens: string[], at: number, read: Clause): number {
  const { lang } = r;
  const phrase = phraseAt(r, tokens, at);
  if (phrase) {
    if (!read.asked && r.asked.includes(phrase.english)) read.asked = phrase.english;
    else read.out.push(phrase.english);
    return phrase.length;
  }
  const token = tokens[at]!;
  const word = r.spelled(token);
  // "koto %": the sign is what "what percent" asks for.
  if (token === '%' && read.asked === 'what percent') return 1;
  if (word === undefined) read.out.push(...asTyped(r, tokens, at));
  else if (lang.asking.has(word) && !read.asked)
    read.asked = lang.askingAt(word, tokens, at, (t) => r.spelled(t) ?? '') ?? lang.asking.get(word)!;
  else if (lang.genitive.has(word) && /^\p{Lu}/u.test(read.out.at(-1) ?? ''))
    read.out.push(`${read.out.pop()}'s`);
  else if (lang.locative.has(word) && placeBefore(read.out) >= 0)
    read.out.splice(placeBefore(read.out), 0, 'at');
  else if (lang.words.has(word)) read.out.push(lang.words.get(word)!);
  else if (!lang.dropped.has(word) && !lang.asking.has(word)) read.out.push(token);
  return 1;
}

// A word kept as typed; "gaji Ibu Fransiska" is the salary of the person named after it.
function asTyped(r: Reading, tokens: string[], at: number): string[] {
  const token = tokens[at]!;
  const owned = r.lang.owned?.has(r.spelled(tokens[at - 1] ?? '') ?? '') && namesPerson(r, tokens, at);
  return owned ? ['of', token] : [token];
}

// A title and a name ("Ibu Fransiska"), or two words that can only be a name ("Fransiska Lintin"); not an
// acronym, a month or a word of the lists typed with a capital ("UMR Makassar", "Desember", "Karyawan Tetap").
function namesPerson(r: Reading, tokens: string[], at: number): boolean {
  const capitalised = (token = '') => /^\p{Lu}\p{Ll}+$/u.test(token.replace(/[^\p{L}]+$/u, ''));
  // Without a title, only a word no list or dictionary has ("Sari" after "Bu" is a name; alone, a garment).
  const nameLike = (token = '') => {
    const word = token.replace(/[^\p{L}]+$/u, '').toLowerCase();
    return capitalised(token) && !r.listed.has(word) && dictionaryCase(word) === 'unknown';
  };
  const title = r.lang.titles?.has(tokens[at]!) ?? false;
  return title ? capitalised(tokens[at + 1]) : nameLike(tokens[at]) && nameLike(tokens[at + 1]);
}

// Where the place named just before begins ("Gazipur plant", "Khulna depot"): its first word with a capital,
// with at most one word of a site after it; -1 when none is named there.
function placeBefore(out: string[]): number {
  let at = out.length - 1;
  if (at >= 0 && /^\p{Ll}/u.test(out[at]!)) at--;
  if (at < 0 || !/^\p{Lu}\p{Ll}/u.test(out[at]!)) return -1;
  // A place's name is a few words: the walk back stops there, or a run of capitals costs its square.
  const stop = Math.max(0, at - PLACE_WORDS);
  while (at > stop && /^\p{Lu}\p{Ll}/u.test(out[at - 1]!)) at--;
  return out[at - 1] === 'at' ? -1 : at;
}

const PLACE_WORDS = 4;

// The longest phrase of the word list at a token, with how many tokens it takes.
// An abbreviation in capitals ("nomoro ea ID", ID number) is a word of a phrase, not a name kept as typed.
const phraseAt = (r: Reading, tokens: string[], at: number) =>
  longestPhraseAt(r.lang.phrases, tokens, at, (t) => r.spelled(t) ?? abbreviation(t), {
    window: 4,
    minWords: 1,
  });
const abbreviation = (token: string) => {
  const word = token.replace(/[^\p{L}]/gu, '');
  return /^\p{Lu}{2,3}$/u.test(word) ? word.toLowerCase() : '';
};

// Each language's endings anchored at both ends, made once.
const ENDINGS = new WeakMap<RomanLanguage, RegExp>();
const endingOf = (lang: RomanLanguage) => {
  if (!ENDINGS.has(lang)) ENDINGS.set(lang, new RegExp(`^${lang.verbForm.source}`));
  return ENDINGS.get(lang)!;
};

/** A verb's form by a language's stems and endings ("korchi", "paincha"); not a name that only ends alike. */
export function isVerbFormOf(lang: RomanLanguage, word: string): boolean {
  // Every split: "dina" is "di" and "na", though "ina" is an ending too.
  const ending = endingOf(lang);
  for (let at = 1; at < word.length; at++)
    if (lang.verbStems.has(word.slice(0, at)) && ending.test(word.slice(at))) return true;
  return false;
}

// The forms of the language's verbs in a question read from it that neither English nor the knowledge base knows
// ("shunsi", "chilen", "pugisaknu"): dropped, so a form of a verb does not make a question unanswerable. Any other
// word stays: it may be the topic, which the checks must see.
function withoutUnknown(r: Reading, read: string, written: string, stats: TermStats): string {
  if (read === written || !typedIn(r, written)) return read;
  return dropKeepingEnd(read, (word) => {
    const verb = /^\p{Ll}{3,}$/u.test(word) && isVerbFormOf(r.lang, word);
    const known = isOrdinaryWord(word) || stopWords.has(word) || r.english.has(word);
    return verb && !known && !tokenize(word).some((t) => stats.df(t) > 0);
  });
}

/** What a reader of one language says the question is (`RomanReading`) and how it tells and finishes its reading. */
export interface ReaderParts {
  reading: ReturnType<typeof romanReading>;
  /** The question as the reading reads it (its chat spellings and marks made plain). */
  asTyped: (question: string) => string;
  /** Whether the question holds more of the language's own words than of its neighbours'. */
  outweighsNeighbours: (counted: string) => boolean;
  /** The question as the neighbours' words are counted in (`asTyped` unless the reader counts before it reads). */
  counted?: (question: string) => string;
  /** The reading put in English's order ("do" asked, the thing before what is said of it). */
  inEnglish: (read: string) => string;
}

/**
 * A reader's three doors, as every language's module exports them: whether a question is typed in it, its reading in
 * English (the question as it is when it is not, or nothing was read), and the reading without the language's verbs
 * that neither English nor the knowledge base knows.
 */
export function readerDoors(r: ReaderParts) {
  const typedIn = (question: string): boolean =>
    r.outweighsNeighbours((r.counted ?? r.asTyped)(question)) && r.reading.typedIn(r.asTyped(question));
  const read = (question: string): string => {
    if (!typedIn(question)) return question;
    const typed = r.asTyped(question);
    const reading = r.reading.read(typed);
    return reading === typed ? question : r.inEnglish(reading);
  };
  const withoutUnknown = (reading: string, written: string, stats: TermStats): string =>
    r.reading.withoutUnknown(reading, r.asTyped(written), stats);
  return { typedIn, read, withoutUnknown };
}
