/**
 * @module A question typed in Bengali in Latin letters, mixed with English ("Bogura depot er cash counter koyta
 * theke koyta khola thake?"), read as the English question it asks ("what time Bogura depot cash counter open?"):
 * the word of asking first, as English puts it, the words of grammar left out, and everyday words in English, so
 * the English documents are searched and checked with it. English words and names are kept as typed.
 */
import { stopWords, tokenize } from '../../core/index.js';
import { dictionaryCase, isOrdinaryWord } from '../wordnet/index.js';
import type { TermStats } from './assess.js';
import { ASKED_PHRASES, ASKING, DROPPED, MARKERS, PHRASES, SPELLINGS, WORDS } from './roman-bengali-words.js';
import { sentencesOf, typedInHindustani } from './roman-hindustani.js';

// A word typed in lower case as the word lists spell it; none for a word with a capital (a name or an acronym).
const spelled = (token: string): string | undefined => {
  const word = token.replace(/[^\p{L}']/gu, '');
  if (/\p{Lu}/u.test(word)) return undefined;
  return SPELLINGS.get(word) ?? word;
};

// Every word the word lists know.
const LISTED: ReadonlySet<string> = new Set([
  ...ASKING.keys(),
  ...MARKERS,
  ...DROPPED,
  ...WORDS.keys(),
  ...SPELLINGS.keys(),
]);

/** Whether the word lists know a word typed in lower case ("kobe" is "when", not the city). */
export const isBengaliListed = (word: string) => LISTED.has(word);

// A sentence's first word in capitals, when the word lists know it ("Apa, maternity leave koto din?"): typed so
// because it opens the sentence, not because it is a name.
const withOpenersLowered = (question: string) =>
  question.replace(/(^|[.?!]\s+)(\p{Lu}\p{Ll}+)\b/gu, (all, before: string, word: string) =>
    LISTED.has(word.toLowerCase()) ? `${before}${word.toLowerCase()}` : all,
  );

/**
 * Whether a question is typed in Roman Bengali, as typed (a city that opens a sentence, "Kobe office: …", is no
 * "kobe"): two words the lists know, one of them a word of asking or a verb, and a word that is plainly Bengali (no
 * English word, no name the dictionary knows: "koto", "dibe", "theke"; not "ache", "dine", "bare" or "kobe"). A
 * question Hindi's or Urdu's lists read as theirs needs two plainly Bengali words.
 */
export function typedInBengali(question: string): boolean {
  const words = (question.match(/[\p{L}]+/gu) ?? []).map(spelled).filter((w) => w !== undefined);
  const said = new Set(words.filter(isListed));
  if (said.size < 2 || ![...said].some((w) => ASKING.has(w) || VERBS.has(w))) return false;
  const plain = [...said].filter(plainlyBengali);
  return plain.length >= 2 || (plain.length === 1 && !typedInHindustani(question));
}

// A word of the lists, but the small ones English types too ("to", "a", "e", "ta").
const isListed = (w: string) =>
  MARKERS.has(w) || VERBS.has(w) || ASKING.has(w) || WORDS.has(w) || (DROPPED.has(w) && !ENGLISH_LIKE.has(w));
const ENGLISH_LIKE = new Set(
  'e o to toh na ar ba je se ke r ta ti ra ma sir madam pls plz please'.split(' '),
);
// Words Hindi and Urdu type alike ("ki", "kon", "lage", "thake"): no sign of Bengali on their own.
const SHARED = new Set([
  'ki',
  'kon',
  'kar',
  'din',
  'ma',
  'baba',
  'bhai',
  'didi',
  'dada',
  'lage',
  'thake',
  'ache',
]);
// "koto" is a zither in the dictionary, and Bengali's commonest word of asking.
const plainlyBengali = (w: string) => w === 'koto' || (!SHARED.has(w) && dictionaryCase(w) === 'unknown');

// Verbs, some typed alike in other tongues ("dey", "pai"): a sign only beside a word only Bengali has.
const VERBS = new Set(
  'ache achhe hobe hoy hoise hoyeche hocche lagbe lage korbo korte korle korchi kore dey dibe dite pai pabo paben parbe thake thakbe jay jabe'.split(
    ' ',
  ),
);

/** The question read in English when it is typed in Roman Bengali; else the question as it is. */
export function readRomanBengali(question: string): string {
  if (!typedInBengali(question)) return question;
  const typed = withOpenersLowered(question.replace(/\s+/g, ' ').trim());
  return sentencesOf(typed).map(readSentence).join(' ');
}

// A sentence: its clauses (each asks one thing, joined by "ar" or "and"), each read with its word of asking first;
// what it says before the first ("shunsi 16 week, delivery r pore koto week?") is a sentence of its own before
// them. A sentence in English ("is it possible to get a doctor on saturday?") stays as typed.
function readSentence(sentence: string): string {
  if (!hasBengaliWord(sentence) || (ENGLISH_ASKING.test(sentence) && !typedInBengali(sentence)))
    return sentence;
  const end = /[?!.]+$/.exec(sentence)?.[0] ?? '';
  const body = sentence.slice(0, sentence.length - end.length).replace(LEADING_JOIN, '');
  const { said, clauses } = clausesOf(body);
  const question = clauses.map(readClause).filter(Boolean).join(', and ');
  const asked = ASKED_PHRASES.some((a) => question.startsWith(`${a} `) || question === a);
  const story = said.map(readClause).filter(Boolean).join(', ');
  if (!question) return `${story}${end}`;
  return [story && `${story}.`, `${question}${asked && !end.includes('?') ? '?' : end}`]
    .filter(Boolean)
    .join(' ');
}

const ENGLISH_ASKING =
  /\b(?:what|how|when|where|who|which|why|can|could|do|does|did|is|are|was|were|will|would|should|may|must)\b/i;
const hasBengaliWord = (text: string) =>
  (text.match(/[\p{L}]+/gu) ?? []).some((t) => {
    const w = spelled(t);
    return w !== undefined && (MARKERS.has(w) || ASKING.has(w) || VERBS.has(w) || WORDS.has(w));
  });

// "r" or "ar" opening a sentence joins it to the one before ("… koto? r late er grace time koto?"): it says nothing.
const LEADING_JOIN = /^\s*(?:ar|r|and|abar)\s+/i;

// Clauses split at commas, "ar" and "and", a part without a word of asking kept with the next one that has one;
// the parts before the first that asks are said, not asked.
function clausesOf(body: string): { said: string[]; clauses: string[] } {
  const pieces = body.split(/\s*,\s*|\s+(?:ar|and)\s+/i).filter((p) => p.trim());
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

const asks = (text: string) =>
  text
    .split(/\s+/)
    .map(spelled)
    .some((w) => w !== undefined && ASKING.has(w));

// One clause in English: its word of asking first, then its other words in their order.
function readClause(clause: string): string {
  const tokens = clause.split(/\s+/).filter(Boolean);
  const read: Reading = { out: [] };
  for (let i = 0; i < tokens.length; ) i += readAt(tokens, i, read);
  // "ki operation hoise unar?": whose it is, said last, goes before the thing said before it ("what his operation?").
  if (read.out.length > 1 && POSSESSIVE.has(read.out.at(-1)!))
    read.out.splice(read.out.length - 2, 0, read.out.pop()!);
  const rest = read.out.join(' ');
  return read.asked ? `${read.asked} ${rest}`.trim() : rest;
}

const POSSESSIVE = new Set(['my', 'our', 'your', 'his', 'their']);

interface Reading {
  asked?: string;
  out: string[];
}

// The phrase or word at a token, read into the clause; how many tokens it took.
function readAt(tokens: string[], at: number, read: Reading): number {
  const phrase = phraseAt(tokens, at);
  if (phrase) {
    if (!read.asked && ASKED_PHRASES.includes(phrase.english)) read.asked = phrase.english;
    else read.out.push(phrase.english);
    return phrase.length;
  }
  const token = tokens[at]!;
  const word = spelled(token);
  // "koto %": the sign is what "what percent" asks for.
  if (token === '%' && read.asked === 'what percent') return 1;
  if (word === undefined) read.out.push(token);
  else if (ASKING.has(word) && !read.asked) read.asked = askingOf(word, tokens, at);
  else if (GENITIVE.has(word) && /^\p{Lu}/u.test(read.out.at(-1) ?? '')) read.out.push(`${read.out.pop()}'s`);
  else if (LOCATIVE.has(word) && placeBefore(read.out) >= 0) read.out.splice(placeBefore(read.out), 0, 'at');
  else if (WORDS.has(word)) read.out.push(WORDS.get(word)!);
  else if (!DROPPED.has(word) && !ASKING.has(word)) read.out.push(token);
  return 1;
}

// "Rezaul Karim sir er salary": the name's "'s" (a title between them is left out).
const GENITIVE = new Set(['er', 'r']);
// "Gazipur plant e", "Chattogram depot te": at the place named before.
const LOCATIVE = new Set(['e', 'te']);

// Where the place named just before begins ("Gazipur plant", "Khulna depot"): its first word with a capital,
// with at most one word of a site after it; -1 when none is named there.
function placeBefore(out: string[]): number {
  let at = out.length - 1;
  if (at >= 0 && /^\p{Ll}/u.test(out[at]!)) at--;
  if (at < 0 || !/^\p{Lu}\p{Ll}/u.test(out[at]!)) return -1;
  while (at > 0 && /^\p{Lu}\p{Ll}/u.test(out[at - 1]!)) at--;
  return out[at - 1] === 'at' ? -1 : at;
}

// "koto" asks how much, but how many of what is counted and what percent before "%"; "koyta" before a time's
// word asks what time; "ki" may ask whether (kiAsksWhether).
function askingOf(word: string, tokens: string[], at: number): string {
  const next = spelled(tokens[at + 1] ?? '') ?? '';
  if (word === 'koto' && COUNTED.test(next)) return 'how many';
  if (word === 'koto' && /^%/.test(tokens[at + 1] ?? '')) return 'what percent';
  if ((word === 'koyta' || word === 'koita') && TIME_AFTER.has(next)) return 'what time';
  if (word === 'ki' && kiAsksWhether(tokens, at)) return 'is';
  return ASKING.get(word)!;
}

// "ki" after a verb asks whether ("bonus dey ki?"), and before what is said of a thing ("madam ki married?") or
// before a thing and then a verb that ends the clause ("ami ki maternity leave pabo?": will I get it?); right
// before the verb, or before a thing alone, it asks what ("ki korbo?", "process ta ki?", "ki operation?").
function kiAsksWhether(tokens: string[], at: number): boolean {
  if (VERBS.has(spelled(tokens[at - 1] ?? '') ?? '') || SAID_OF.test(tokens[at + 1] ?? '')) return true;
  const last = spelled(tokens.at(-1) ?? '') ?? '';
  return at < tokens.length - 2 && (VERBS.has(last) || isVerbForm(last));
}

const SAID_OF = /^(?:\p{Ll}{3,}ed|possible|open|closed|available|allowed|true|free)[?.!]*$/u;
const COUNTED =
  /^(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|times?|pieces?|pcs|coats?|sets?|persons?)$/;
const TIME_AFTER = new Set(['baje', 'y', 'te', 'tay', 'theke', 'porjonto']);

// The longest phrase of the word list at a token, with how many tokens it takes.
function phraseAt(tokens: string[], at: number): { english: string; length: number } | undefined {
  const lower = tokens.slice(at, at + 4).map((t) => spelled(t) ?? '');
  let best: { english: string; length: number } | undefined;
  for (const [words, english] of PHRASES) {
    const parts = words.split(' ');
    if (parts.every((p, j) => lower[j] === p) && (!best || parts.length > best.length))
      best = { english, length: parts.length };
  }
  return best;
}

/**
 * The forms of Bengali verbs in a question read from it that neither English nor the knowledge base knows
 * ("shunsi", "chilen", "dhore"): dropped, so a form of a verb does not make a question unanswerable. Any other
 * word stays: it may be the topic, which the checks must see.
 */
export function withoutUnknownBengali(read: string, written: string, stats: TermStats): string {
  if (read === written || !typedInBengali(written)) return read;
  const kept: string[] = [];
  for (const w of read.split(/\s+/)) {
    const word = w.replace(/[^\p{L}]/gu, '');
    const verb = /^\p{Ll}{3,}$/u.test(word) && isVerbForm(word);
    const english = isOrdinaryWord(word) || stopWords.has(word) || ENGLISH_KEPT.has(word);
    if (!verb || english || tokenize(word).some((t) => stats.df(t) > 0)) kept.push(w);
    else if (kept.length && /[?.!]$/.test(w)) kept.push(`${kept.pop()}${/[?.!]+$/.exec(w)![0]}`);
  }
  return kept.join(' ');
}

// Every word the reading puts in ("when", "often"): English by the word lists' making.
const ENGLISH_KEPT = new Set(
  [...ASKED_PHRASES, ...ASKING.values(), ...WORDS.values(), ...PHRASES.map(([, english]) => english)]
    .join(' ')
    .split(/[^\p{L}']+/u),
);

// A form of a Bengali verb: a common verb's stem and one of its endings ("korchi", "shunsi", "chilen", "dhute",
// "bolben"); not a name or a word that only ends alike ("shaheen", "google").
const isVerbForm = (word: string) => {
  const m = word.match(VERB_FORM);
  return m !== null && VERB_STEMS.has(word.slice(0, m.index));
};

// The endings of Bengali verbs' forms: future ("korbe", "pabo", "dilen"), present and past ("korchi", "hoise",
// "chilen", "shunsi"), the infinitive and the conditional ("dhute", "korle"), the polite imperative ("bolben").
const VERB_FORM = /(?:be|bo|ben|bi|chi|che|chen|cchi|cche|sen|se|si|lam|len|lo|ilo|te|le|en|un|i|e)$/;
const VERB_STEMS = new Set(
  'kor kora ho hoi hoy de di dei pa pai ja jai tha thak la lag par bol jan jana dekh shun sun kha ne ni nil an ana chal chala khul khol cha chai dhu dhuk dhor chil chhil ash as aish ber bera ghum por pora lekh likh dau daw bosh bos uth kin kine jom rakh rekh fer fir chher chhar chad'.split(
    ' ',
  ),
);
