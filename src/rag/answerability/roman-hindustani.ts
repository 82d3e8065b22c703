/**
 * @module A question typed in Hindi or Urdu in Latin letters, mixed with English ("H-1 hostel ka gate kitne baje
 * band hota hai raat ko?"), read as the English question it asks ("what time H-1 hostel gate closes night?"): the
 * word of asking first, as English puts it, the words of grammar left out, and everyday words in English, so the
 * English documents are searched and checked with it. English words and names are kept as typed.
 */
import { tokenize } from '../../core/index.js';
import { isOrdinaryWord } from '../wordnet/index.js';
import type { TermStats } from './assess.js';
import { isPlace, SITE_NOUNS } from './places.js';
import { PHRASES } from './roman-hindustani-phrases.js';
import { ASKED_PHRASES, ASKING, DROPPED, MARKERS, SPELLINGS, WORDS } from './roman-hindustani-words.js';
import { dropKeepingEnd, ENGLISH_ASKING, longestPhraseAt, sentencesOf } from './roman-shared.js';

// A word typed in lower case as the word lists spell it ("kia" is "kya"); none for a word with a capital, which is a
// name or an acronym ("KE", "Hai Ko", "Walid Akhtar") and is kept as typed.
const spelled = (token: string): string | undefined => {
  const word = token.replace(/[^\p{L}']/gu, '');
  if (/\p{Lu}/u.test(word)) return undefined;
  return SPELLINGS.get(word) ?? word;
};
// The words of a text typed in lower case, as the word lists spell them ("kb" as "kab" where isKab says so).
const wordsOf = (text: string) => {
  const tokens = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return tokens
    .map((t, i) => (isKab(tokens, i) ? 'kab' : spelled(t)))
    .filter((w): w is string => w !== undefined);
};

/** The question read in English when it is typed in Roman Hindi or Urdu; else the question as it is. */
export function readRomanHindustani(question: string): string {
  const typed = withOpenersLowered(question.replace(/\s+/g, ' ').trim());
  if (!typedInHindustani(typed)) return question;
  return sentencesOf(typed).map(readSentence).join(' ');
}

/**
 * The question with what only opens a sentence in capitals read in lower case: a whole question in capitals, and a
 * capitalised first word the word lists know ("Kya hostel mein AC hai?", "Is mahine salary kab ayegi?"). A
 * capital elsewhere is a name's or an acronym's and stays.
 */
function withOpenersLowered(question: string): string {
  if (!/\p{Ll}/u.test(question)) return question.toLowerCase();
  return question.replace(
    /(^|[.?!]\s*)(\p{Lu}\p{Ll}+)(?=\s+\p{Ll}|[\s?.!,]*$)/gu,
    (all, before: string, word: string) =>
      LISTED.has(SPELLINGS.get(word.toLowerCase()) ?? word.toLowerCase())
        ? `${before}${word.toLowerCase()}`
        : all,
  );
}

/** Whether Hindi's and Urdu's word lists know a word typed in lower case ("chutti", "hai", "talab"). */
export const isHindustaniListed = (word: string): boolean => LISTED.has(SPELLINGS.get(word) ?? word);

// Every word the word lists know, as they spell it.
const LISTED: ReadonlySet<string> = new Set([
  ...ASKING.keys(),
  ...MARKERS,
  ...DROPPED,
  ...WORDS.keys(),
  ...PHRASES.map(([words]) => words.split(' ')[0]!),
]);

/**
 * Whether a question is typed in Roman Hindi or Urdu: two of its words of grammar in lower case, or one said three
 * times, one of them a verb or a word of asking ("hai", "kya", "kitne"): "Se" and "Ko" in names, and a particle
 * alone, say nothing.
 */
export function typedInHindustani(question: string): boolean {
  const markers = wordsOf(withOpenersLowered(question)).filter((w) => MARKERS.has(w));
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
  const verbs = verbFormsIn(written);
  return dropKeepingEnd(
    read,
    (word) => verbs.has(word) && !isEnglish(word) && !tokenize(word).some((t) => stats.df(t) > 0),
  );
}

// The words typed as a verb's form: with a verb's ending, and before a helping verb ("nikalti hai", "pahunchega
// na") or ending a clause ("… kab nikalte?"), or in a future tense anywhere. A name or a topic with such an ending
// ("sana malik ka", "roti milti hai") is neither.
function verbFormsIn(written: string): Set<string> {
  const tokens = written.toLowerCase().split(/\s+/);
  const verbs = new Set<string>();
  for (const [i, token] of tokens.entries()) {
    const word = token.replace(/[^\p{L}]/gu, '');
    const next = tokens[i + 1]?.replace(/[^\p{L}]/gu, '');
    const ends = /[?.!,]$/.test(token) || next === undefined || HELPING.has(next);
    // A noun with a future's ending is followed by a postposition or follows "mera" ("ortega ko", "mera chalenge").
    const noun = (next !== undefined && NOUN_AFTER.has(next)) || NOUN_BEFORE.has(tokens[i - 1] ?? '');
    if ((VERB_FORM.test(word) && ends) || (FUTURE.test(word) && !noun)) verbs.add(word);
  }
  return verbs;
}

// A future tense needs no helping verb ("khula rahega kya?", "kis date ko padegi"): its ending says it is a verb's.
// Not "-aga" or "-anga" ("ganga", "omega" is English).
const FUTURE = /^\p{Ll}{2,}(?:eg[aei]|eng[ei]|ung[aei]|oong[aei]|og[aei])$/u;
const NOUN_AFTER = new Set('ko ka ki ke se ne mein me pe par tak wala wali wale'.split(' '));
const NOUN_BEFORE = new Set(
  'mera meri mere tera teri tere apna apni apne uska uski uske hamara hamari hamare'.split(' '),
);
const VERB_FORM = /^\p{Ll}{2,}(?:t[aei]|n[aei]|g[aei]|ng[ei]|ein|yen|iye|aye|ao|oon)$/u;
const HELPING = new Set(
  'hai hain hy hn ho hota hoti hote hoga hogi honge tha thi the raha rahi rahe rahay na ga gi ge sakta sakti sakte chahiye'.split(
    ' ',
  ),
);

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
  const body = sentence
    .slice(0, sentence.length - end.length)
    .replace(LEADING_JOIN, '')
    .replace(CONDITION_THEN, '$1, ');
  // A sentence of its own in English ("… and can i take my kia to site?") stays as typed.
  if (!typedInHindustani(body) && (!hasHindustaniWord(body) || ENGLISH_ASKING.test(body))) return sentence;
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

// "accident ho jaye to control room ko kab batana hai?": what happens before "to" (then) is said, not asked, and the
// whole question is about it ("an accident. when inform control room?"), every part of it.
// Not before "kya" ("agar bus late hui to kya hoga?" asks what happens then, and stays one question).
const CONDITION_THEN =
  /\b((?:ho\s+jaye|ho\s+jaaye|ho\s+jae|ho\s+gaya|ho\s+gayi|ho\s+gaye|hua|hui|hue))\s+toh?\s+(?!(?:kya|kia)\b)/gi;
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
  let pendingJoin = 'and';
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i]!;
    const join = /^(?:ya|or)$/i.test(pieces[i - 1] ?? '') ? 'or' : 'and';
    if (!pending) pendingJoin = join;
    const joined = pending ? `${pending} ${join} ${part}` : part;
    if (asksInHindustani(part)) {
      clauses.push(joined);
      pending = '';
    } else pending = joined;
  }
  if (pending && clauses.length) clauses[clauses.length - 1] = `${clauses.at(-1)} ${pendingJoin} ${pending}`;
  else if (pending) clauses.push(pending);
  return clauses.filter((c) => c.trim());
}

const asksInHindustani = (text: string) => wordsOf(text).some((w) => ASKING.has(w));
const asks = (clause: string) => ASKED_PHRASES.some((a) => clause.startsWith(`${a} `) || clause === a);

// One clause in English: its word of asking first, then its other words in their order.
function readClause(clause: string): string {
  const tokens = clause.split(/\s+/).filter(Boolean);
  const read: Reading = { out: [], from: 0 };
  for (let i = 0; i < tokens.length; ) i += readAt(tokens, i, read);
  const rest = read.out.join(' ');
  return read.asked ? `${read.asked} ${rest}`.trim() : rest;
}

// The phrase or word at a token, read into the clause (its first word of asking as what it asks); how many
// tokens it took.
function readAt(tokens: string[], at: number, read: Reading): number {
  const phrase = phraseAt(tokens, at);
  if (phrase) {
    if (!read.asked && ASKED_PHRASES.includes(phrase.english)) read.asked = phrase.english;
    else read.out.push(phrase.english);
    read.from = read.out.length;
    return phrase.length;
  }
  const word = isKab(tokens, at) ? 'kab' : spelled(tokens[at]!);
  const question = word === undefined ? undefined : ASKING.get(word);
  if (question && !read.asked) read.asked = askingOf(word!, question, tokens, at);
  else if (!question) readWord(tokens, at, word, read.out);
  if (word !== undefined && LOCATIVE.has(word)) placeAt(read);
  if (question || (word !== undefined && DROPPED.has(word))) read.from = read.out.length;
  return 1;
}

// A clause as read so far: its word of asking, its words, and where the words since the last word of grammar begin.
interface Reading {
  asked?: string;
  out: string[];
  from: number;
}

// "Bengaluru head office mein canteen coupon": Hindi puts "in" after a place, English before it. Only a named
// place, one the gazetteer knows ("Pune mein") or a name before a kind of site ("Okara canteen mein"), and "at"
// right before it ("Raju ka transfer Pune mein": Raju's transfer at Pune). Not an acronym, an app or a festival
// ("PF account mein", "WhatsApp pe", "Diwali pe"), nor a place without a name ("hostel mein AC").
const LOCATIVE = new Set(['mein', 'me', 'mei', 'pe']);
function placeAt(read: Reading): void {
  const at = read.out.findIndex((_, i) => i >= read.from && namesPlaceAt(read.out, i));
  if (at >= 0 && read.out[at - 1] !== 'at') read.out.splice(at, 0, 'at');
}

const namesPlaceAt = (words: string[], i: number) =>
  /^\p{Lu}\p{Ll}+$/u.test(words[i]!) && (isPlace(words[i]!) || SITE.test(words[i + 1] ?? ''));
const SITE = new RegExp(
  `^(?:${SITE_NOUNS}|hub|camp|canteen|unit|mill|yard|workshop|terminal|station|head)$`,
  'i',
);

// A word of a clause, as read into `out`: a name's "ka" as its "'s", a listed word in English (unless a name's),
// a word of grammar left out, any other word as typed.
function readWord(tokens: string[], at: number, word: string | undefined, out: string[]): void {
  const token = tokens[at]!;
  if (word === undefined) out.push(token);
  else if (GENITIVE.has(word) && namedBefore(tokens, at) && out.at(-1) === tokens[at - 1])
    out.push(`${out.pop()}'s`);
  else if (WORDS.has(word))
    out.push(NAME_WORDS.has(word) && nextToName(tokens, at) ? token : WORDS.get(word)!);
  else if (!DROPPED.has(word)) out.push(token);
}

// "salary kb ayegi": "kb" is "kab" (when), but not after a number or "kitne" ("500 kb", "kitne kb"), where it is a
// size.
const isKab = (tokens: string[], at: number) =>
  /^kb[?.!,]*$/.test(tokens[at]!) && !/(?:\d|^kitn\w*)$/i.test(tokens[at - 1] ?? '');

// "Ahmed Raza ka CNIC number", "shabbir hussain ki salary", "ayesha khan ka": the name's "'s". A surname the
// dictionary knows ("khan", "malik") is a name's after a first name it does not.
const GENITIVE = new Set(['ka', 'ki', 'ke']);
const namedBefore = (tokens: string[], at: number) =>
  at > 0 &&
  (isName(tokens[at - 1]!) ||
    (at > 1 && isName(tokens[at - 2]!) && surnameToo(spelled(tokens[at - 1]!) ?? '')));
const surnameToo = (word: string) => !LISTED.has(word) || NAME_WORDS.has(word);

// Words of the lists that are names too ("Walid", "Begum", "Inam"): a name's when typed beside one ("walid akhtar",
// "fatima begum").
const NAME_WORDS = new Set(['walid', 'walida', 'begum', 'inam', 'inaam', 'abba']);
const nextToName = (tokens: string[], at: number) =>
  [tokens[at - 1], tokens[at + 1]].some((t) => t !== undefined && isName(t) && /^\p{Ll}/u.test(t));

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
  // "kitna rest", "kitni der": how long, as English asks of time.
  if ((word === 'kitna' || word === 'kitni') && next && SPAN.test(next)) return 'how long';
  if (word === 'kya' && (at === 0 || at === tokens.length - 1)) return 'is';
  return english;
}

const SPAN = /^(?:rest|aaram|aram|break|time|der|samay|waqt)$/i;
const MONEY = /^(?:paise|paisay|rupay|rupaye|rupees|rs\.?|pkr|salary|tankhwah|advance|loan|allowance)$/i;

// The longest phrase of the word list at a token (of two words or more), with how many tokens it takes.
const phraseAt = (tokens: string[], at: number) =>
  longestPhraseAt(PHRASES, tokens, at, (t) => spelled(t) ?? '', { window: 5, minWords: 2 });
