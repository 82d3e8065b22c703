/**
 * @module A question typed in Hindi or Urdu in Latin letters, mixed with English ("H-1 hostel ka gate kitne baje
 * band hota hai raat ko?"), read as the English question it asks ("what time H-1 hostel gate closes night?"): the
 * word of asking first, as English puts it, the words of grammar left out, and everyday words in English, so the
 * English documents are searched and checked with it. English words and names are kept as typed.
 */
import { tokenize } from '../../core/index.js';
import { isOrdinaryWord } from '../wordnet/index.js';
import type { TermStats } from './assess.js';
import {
  ASKED_PHRASES,
  ASKING,
  DROPPED,
  MARKERS,
  PHRASES,
  SPELLINGS,
  WORDS,
} from './roman-hindustani-words.js';

// A word typed in lower case as the word lists spell it ("kia" is "kya"); none for a word with a capital, which is a
// name or an acronym ("KE", "Hai Ko", "Walid Akhtar") and is kept as typed.
const spelled = (token: string): string | undefined => {
  const word = token.replace(/[^\p{L}']/gu, '');
  if (/\p{Lu}/u.test(word)) return undefined;
  return SPELLINGS.get(word) ?? word;
};
// The words of a text typed in lower case, as the word lists spell them.
const wordsOf = (text: string) =>
  (text.match(/\p{L}+/gu) ?? []).map(spelled).filter((w): w is string => w !== undefined);

/** The question read in English when it is typed in Roman Hindi or Urdu; else the question as it is. */
export function readRomanHindustani(question: string): string {
  if (!typedInHindustani(question)) return question;
  return sentencesOf(question.replace(/\s+/g, ' ').trim()).map(readSentence).join(' ');
}

// Sentences end at ? or !, and at a full stop that ends no amount, time or title ("Rs. 2,000", "10.30", "Mr.").
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[?!]|(?<![\d]|\b(?:Rs|Mr|Mrs|Ms|Dr|No|St|Sr|Jr|vs|etc))\.) /i)
    .filter((s) => s.trim());
}

/**
 * Whether a question is typed in Roman Hindi or Urdu: two of its words of grammar in lower case, or one said three
 * times, one of them a verb or a word of asking ("hai", "kya", "kitne"): "Se" and "Ko" in names, and a particle
 * alone, say nothing.
 */
export function typedInHindustani(question: string): boolean {
  const markers = wordsOf(question).filter((w) => MARKERS.has(w));
  if (!markers.some((w) => ASKS_OR_IS.has(w))) return false;
  return new Set(markers).size >= 2 || markers.length >= 3;
}

const ASKS_OR_IS = new Set([
  ...ASKING.keys(),
  ...'hai hain hota hoti hoga hogi milta milti milega milegi sakta sakti sakte chahiye ayegi aayegi ayega aayega'.split(
    ' ',
  ),
]);

/**
 * The forms of Hindi or Urdu verbs in a question read from it that neither English nor the knowledge base knows
 * ("nikalte", "pahunchenge"): dropped, so a form of a verb does not make a question unanswerable. Any other word
 * stays ("covid", a name): it may be the topic, which the checks must see.
 */
export function withoutUnknownHindustani(read: string, written: string, stats: TermStats): string {
  if (read === written || !typedInHindustani(written)) return read;
  const kept: string[] = [];
  for (const w of read.split(/\s+/)) {
    const word = w.replace(/[^\p{L}]/gu, '');
    if (!VERB_FORM.test(w) || isEnglish(word) || tokenize(word).some((t) => stats.df(t) > 0)) kept.push(w);
    // The sentence's end stays where the dropped word had it ("… nikalte hain?").
    else if (kept.length && /[?.!]$/.test(w)) kept.push(`${kept.pop()}${/[?.!]+$/.exec(w)![0]}`);
  }
  return kept.join(' ');
}

// A word of four letters or more in lower case with the ending of a Hindi or Urdu verb's form, and no "'s".
const VERB_FORM = /^\p{Ll}{2,}(?:t[aei]|n[aei]|g[aei]|ng[ei]|ein|yen|iye|aye|ao|oon)[?.!,]*$/u;

// An English word, or a form of one ("closes", "deducted"), or one the reading put in.
const isEnglish = (word: string) =>
  ENGLISH_KEPT.has(word) || [word, ...INFLECTIONS.map((re) => word.replace(re, ''))].some(isOrdinaryWord);
const INFLECTIONS = [/s$/, /es$/, /ed$/, /d$/, /ing$/];
// Every word the reading puts in ("often" of "how often"): English by the word list's making.
const ENGLISH_KEPT = new Set(
  [...ASKED_PHRASES, ...ASKING.values(), ...WORDS.values(), ...PHRASES.map(([, english]) => english), 'is']
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}']+/u),
);

// A sentence: its clauses (each asks one thing), each read with its word of asking first; a part between commas
// that asks nothing ("meri shadi hai next month, kitni chutti milegi") stays a sentence of its own before them.
function readSentence(sentence: string): string {
  const end = /[?!.]+$/.exec(sentence)?.[0] ?? '';
  // "… kab hai? aur …": a sentence that opens with "and" asks on; the word joins nothing.
  const body = sentence.slice(0, sentence.length - end.length).replace(LEADING_JOIN, '');
  if (!typedInHindustani(body) && !hasHindustaniWord(body)) return sentence;
  const said: string[] = [];
  const asked: string[] = [];
  for (const part of body
    .split(/\s*,(?!\d)\s*/)
    .map((p) => p.replace(LEADING_JOIN, ''))
    .filter((p) => p.trim())) {
    const read = clausesOf(part).map(readClause).filter(Boolean);
    if (asksInHindustani(part) || asked.length) asked.push(...read);
    else said.push(read.join(' and '));
  }
  const question = asked.length
    ? `${asked.join(', and ')}${end.includes('?') || asked.some(asks) ? '?' : end}`
    : '';
  const story = said.length ? `${said.join(', ')}${question ? '.' : end}` : '';
  return [story, question].filter(Boolean).join(' ');
}

const LEADING_JOIN = /^\s*(?:aur|and|ya|or)\s+/i;

const hasHindustaniWord = (text: string) =>
  wordsOf(text).some((w) => WORDS.has(w) || ASKING.has(w) || MARKERS.has(w));

// Clauses split at "aur", "and", "ya" and "or", a part without a word of asking kept with the next one that has
// one ("dye house aur chemical godown walon ko allowance kitna milta hai" is one question about both), joined by
// the word that joined them ("10.30 baje ya 11 baje": or).
function clausesOf(body: string): string[] {
  const pieces = body.split(/\s+(aur|and|ya|or)\s+/i);
  const clauses: string[] = [];
  let pending = '';
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i]!;
    const join = /^(?:ya|or)$/i.test(pieces[i - 1] ?? '') ? 'or' : 'and';
    const joined = pending ? `${pending} ${join} ${part}` : part;
    if (asksInHindustani(part)) {
      clauses.push(joined);
      pending = '';
    } else pending = joined;
  }
  if (pending && clauses.length) clauses[clauses.length - 1] = `${clauses.at(-1)} and ${pending}`;
  else if (pending) clauses.push(pending);
  return clauses.filter((c) => c.trim());
}

const asksInHindustani = (text: string) => wordsOf(text).some((w) => ASKING.has(w));
const asks = (clause: string) => ASKED_PHRASES.some((a) => clause.startsWith(`${a} `) || clause === a);

// One clause in English: its word of asking first, then its other words in their order.
function readClause(clause: string): string {
  const tokens = clause.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let asked: string | undefined;
  for (let i = 0; i < tokens.length; ) {
    const phrase = phraseAt(tokens, i);
    if (phrase) {
      if (!asked && ASKED_PHRASES.includes(phrase.english)) asked = phrase.english;
      else out.push(phrase.english);
      i += phrase.length;
      continue;
    }
    const token = tokens[i]!;
    const word = isKab(tokens, i) ? 'kab' : spelled(token);
    if (word === undefined) {
      out.push(token);
      i++;
      continue;
    }
    const question = ASKING.get(word);
    if (question && !asked) asked = askingOf(word, question, tokens, i);
    else if (GENITIVE.has(word) && i > 0 && isName(tokens[i - 1]!) && out.at(-1) === tokens[i - 1])
      out.push(`${out.pop()}'s`);
    else if (WORDS.has(word)) out.push(WORDS.get(word)!);
    else if (!DROPPED.has(word) && !question) out.push(token);
    i++;
  }
  const rest = out.join(' ');
  return asked ? `${asked} ${rest}`.trim() : rest;
}

// "salary kb ayegi": "kb" is "kab" (when), but not after a number or "kitne" ("500 kb", "kitne kb"), where it is a
// size.
const isKab = (tokens: string[], at: number) =>
  /^kb[?.!,]*$/.test(tokens[at]!) && !/(?:\d|^kitn\w*)$/i.test(tokens[at - 1] ?? '');

// "Ahmed Raza ka CNIC number", "shabbir hussain ki salary": the name's "'s".
const GENITIVE = new Set(['ka', 'ki', 'ke']);

// A word typed with a capital, or in lower case one that neither language's word lists know ("hussain").
function isName(token: string): boolean {
  const word = spelled(token);
  if (word === undefined) return /^\p{Lu}/u.test(token);
  return (
    /^\p{Ll}+$/u.test(token) &&
    !WORDS.has(word) &&
    !DROPPED.has(word) &&
    !ASKING.has(word) &&
    !isEnglish(word)
  );
}

// "kitne" asks how many, but how much of money; "kya" opening or closing a clause asks whether ("kya X milta
// hai?", "X milta hai kya?").
function askingOf(word: string, english: string, tokens: string[], at: number): string {
  const next = tokens[at + 1];
  if (word === 'kitne' && next && MONEY.test(next)) return 'how much';
  if (word === 'kya' && (at === 0 || at === tokens.length - 1)) return 'is';
  return english;
}

const MONEY = /^(?:paise|paisay|rupay|rupaye|rupees|rs\.?|pkr|salary|tankhwah|advance|loan|allowance)$/i;

// The longest phrase of the word list at a token, with how many tokens it takes.
function phraseAt(tokens: string[], at: number): { english: string; length: number } | undefined {
  const lower = tokens.slice(at, at + 5).map((t) => spelled(t) ?? '');
  let best: { english: string; length: number } | undefined;
  for (const [words, english] of PHRASES) {
    const parts = words.split(' ');
    if (parts.length > 1 && parts.every((p, j) => lower[j] === p) && (!best || parts.length > best.length))
      best = { english, length: parts.length };
  }
  return best;
}
