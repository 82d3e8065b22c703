/**
 * @module A question typed without capitals ("what is helen okafor's date of birth?", "whats the hotel rate in
 * tokyo") read with its names capitalised, as the checks that tell a person or a place by its capitals need:
 * otherwise a lower-case question would pass the private-data check that its capitalised twin fails.
 */
import { stopWords } from '../../core/index.js';
import { dictionaryCase, isPersonNoun, lowerParts } from '../wordnet/index.js';
import { isChatWord } from './chat-words.js';
import { isBengaliListed, typedInBengali } from './roman-bengali.js';
import { isBislamaListed, typedInBislama } from './roman-bislama.js';
import { isDhivehiListed, typedInDhivehi } from './roman-dhivehi.js';
import { isGilberteseListed, typedInGilbertese } from './roman-gilbertese.js';
import { isLuxembourgishListed, typedInLuxembourgish } from './roman-luxembourgish.js';
import { isPijinListed, typedInPijin } from './roman-pijin.js';
import { isSamoanListed, typedInSamoan } from './roman-samoan.js';
import { isSeselwaListed, typedInSeselwa } from './roman-seselwa.js';
import { isSesothoListed, typedInSesotho } from './roman-sesotho.js';
import { isShikomoriListed, typedInShikomori } from './roman-shikomori.js';
import { isSomaliListed, typedInSomali } from './roman-somali.js';
import { isSwatiListed, typedInSwati } from './roman-swati.js';
import { isTonganListed, typedInTongan } from './roman-tongan.js';
import { isWolofListed, typedInWolof } from './roman-wolof.js';

// Languages whose chat a question may be typed in, whose own words are no names ("kobe" asks when in Bengali, "dama
// feebar" is "I am sick" in Wolof, not a person): each with the test that a question is typed in it and its words.
const OWN_WORDS_KEPT = [
  { typedIn: typedInBengali, listed: isBengaliListed },
  { typedIn: typedInDhivehi, listed: isDhivehiListed },
  { typedIn: typedInWolof, listed: isWolofListed },
  { typedIn: typedInSamoan, listed: isSamoanListed },
  { typedIn: typedInTongan, listed: isTonganListed },
  // Solomons Pijin before Bislama, which claims many of its questions (the first language that claims one counts).
  { typedIn: typedInPijin, listed: isPijinListed },
  { typedIn: typedInBislama, listed: isBislamaListed },
  { typedIn: typedInSesotho, listed: isSesothoListed },
  { typedIn: typedInSwati, listed: isSwatiListed },
  { typedIn: typedInSeselwa, listed: isSeselwaListed },
  { typedIn: typedInSomali, listed: isSomaliListed },
  { typedIn: typedInLuxembourgish, listed: isLuxembourgishListed },
  // Gilbertese's "tera" (what) and Shikomori's "hapvi" (where) are no names.
  { typedIn: typedInGilbertese, listed: isGilberteseListed },
  { typedIn: typedInShikomori, listed: isShikomoriListed },
];

/**
 * The question with the capitals of its names restored when it is written without them (no capitalised word
 * past a sentence's first but "I"): a word the dictionary knows only capitalised ("tokyo", "helen"), and a word
 * it does not know at all beside such a word ("helen okafor"). Unknown words alone or side by side stay as typed
 * ("brekkie", "expence reciepts"): slips and slang are likelier than names, and a slip must still be corrected.
 */
export function withNamesCapitalised(question: string): string {
  if (!writtenWithoutCapitals(question)) return question;
  // A question typed in Roman Bengali, Dhivehi, Wolof, Samoan, Tongan, Solomons Pijin, Bislama, Sesotho, Somali,
  // Luxembourgish, Gilbertese or Shikomori keeps its own words as typed: "kobe" asks when, it is no city.
  const own = OWN_WORDS_KEPT.find((l) => l.typedIn(question));
  const words = [...question.matchAll(WORD)].map((m) => ({
    at: m.index,
    text: m[0],
    kind: own?.listed(m[0]) ? undefined : nameKind(m[0]),
  }));
  // Two words of one name: only a space between them, and no possessive ending the first ("nair's nric").
  const joined = (i: number) => {
    const next = words[i + 1];
    const gap = question.slice(words[i]!.at + words[i]!.text.length, next?.at);
    return next !== undefined && /^\s+$/.test(gap) && !/['’]s$/i.test(words[i]!.text);
  };
  // Whether the name-like word next to word i, in the direction `step` (past the small words names carry, "ní",
  // "bin"), is one the dictionary has only capitalised.
  const besideCapital = (i: number, step: 1 | -1): boolean => {
    for (let at = i + step; at >= 0 && at < words.length; at += step) {
      if (!joined(step === 1 ? at - 1 : at)) return false;
      if (!PARTICLES.has(words[at]!.text.toLowerCase())) return words[at]!.kind === 'capital';
    }
    return false;
  };
  const starts = words
    .filter(
      (w, i) =>
        w.kind === 'capital' || (w.kind === 'unknown' && (besideCapital(i, -1) || besideCapital(i, 1))),
    )
    .map((w) => w.at);
  return capitalisedAt(question, starts);
}

// The text with the letters at `starts` in capitals, built in one pass.
function capitalisedAt(text: string, starts: number[]): string {
  if (!starts.length) return text;
  const chars: string[] = [];
  let from = 0;
  for (const at of [...starts].sort((a, b) => a - b)) {
    chars.push(text.slice(from, at), text[at]!.toUpperCase());
    from = at + 1;
  }
  chars.push(text.slice(from));
  return chars.join('');
}

// A word, with a possessive or a hyphen inside it ("okafor's", "ní-bhriain").
const WORD = /\p{L}[\p{L}'’-]*/gu;

/**
 * Whether a question is written without capitals where English writes them: no word past a sentence's first is
 * capitalised but "I", an acronym ("PTO") or a word the dictionary has only capitalised or not at all ("Thomas",
 * "Okafor": what restoring the names' capitals gives). "Where does Jasmine Cole live?" writes "Cole" capitalised.
 */
export function writtenWithoutCapitals(question: string): boolean {
  const words = [...question.matchAll(WORD)];
  const capitalisedWord = (m: RegExpMatchArray) => {
    const at = m.index ?? 0;
    const first = at === 0 || /[.?!]\s+$/.test(question.slice(Math.max(0, at - 8), at));
    if (first || !/^\p{Lu}\p{Ll}/u.test(m[0]) || /^I(?:['’]\p{L}+)?$/u.test(m[0])) return false;
    return dictionaryCase(m[0].replace(/['’]s$/i, '').toLowerCase()) === 'lower';
  };
  return !words.some(capitalisedWord) && words.some((m) => /\p{Ll}/u.test(m[0]));
}

// Whether a word may be part of a name: one the dictionary knows only capitalised, or one it does not know (not
// a stop word, a chat contraction, a word of three letters or fewer, or a word with a capital already).
function nameKind(word: string): 'capital' | 'unknown' | undefined {
  const bare = word.replace(/['’]s$/i, '');
  if (/\p{Lu}/u.test(bare) || bare.length < 4 || stopWords.has(bare) || isChat(bare)) return undefined;
  const found = dictionaryCase(bare.toLowerCase().replace(/-/g, '_'));
  return found === 'lower' ? undefined : found;
}

// The small words inside names ("siobhán ní bhriain", "faizal bin hashim", "anna de vries"), left as typed.
const PARTICLES = new Set(
  'ní ni nic mac mc ó o de da di van von der den bin binti bte al el la le'.split(' '),
);

// Words chat writes without their apostrophe (the stop words hold the rest: "dont", "im"), and chat's own words.
const APOSTROPHE_DROPPED = new Set(
  'whats hows wheres whos thats theres heres lets youve weve theyve shes hes itll youll theyll wasnt werent hasnt havent shouldnt wouldnt couldnt pls thanks cheers'.split(
    ' ',
  ),
);
const isChat = (word: string) => APOSTROPHE_DROPPED.has(word) || isChatWord(word);

/** The small words names carry between their parts ("Anna de Vries", "Siti Aminah binti Yusof"), in lower case. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'van de der den von da di du le la bin binti ibn al el dos das del della ní nic mac ap'.split(' '),
);

/**
 * The question with every word capitalised that could be part of a person's name as people type it without
 * capitals ("where does hannah greaves live?": "Hannah Greaves"), for checks that must not miss one: a word the
 * dictionary has only as a noun (not a kind of person: "driver", "manager") or not in lower case at all, or whose
 * detail is asked for ("parry's"); and a noun beside a word the dictionary does not have in lower case ("nanna
 * friis", "rukhsana malik's"). Never a stop word, nor one of `keep` (the words the check itself reads).
 */
export function namesGuessed(question: string, keep: ReadonlySet<string>): string {
  const words = [...question.matchAll(WORD)].map((m) => ({ at: m.index, text: m[0], ...guess(m[0], keep) }));
  const nameLike = (w: (typeof words)[number] | undefined) =>
    w?.kind === 'unknown' || w?.kind === 'capital' || (w !== undefined && NAME_PARTICLES.has(w.text));
  const nextTo = (i: number) => nameLike(words[i - 1]) || nameLike(words[i + 1]);
  // A word between two words no dictionary has in lower case is a name's too ("nurul ain binti zakaria").
  const between = (i: number) => nameLike(words[i - 1]) && nameLike(words[i + 1]);
  return capitalisedAt(
    question,
    words
      .filter((w, i) => w.name || ((w.noun || w.guessable) && (w.noun ? nextTo(i) : between(i))))
      .map((w) => w.at),
  );
}

// Whether a word may be a name's, and whether it is a noun that may be one beside a name ("nanna", "malik").
function guess(word: string, keep: ReadonlySet<string>) {
  const bare = word.replace(/['’]s$/i, '').toLowerCase();
  if (/\p{Lu}/u.test(word) || bare.length < 3 || stopWords.has(bare) || isChat(bare) || keep.has(bare))
    return { name: false, noun: false, guessable: false };
  const lemma = bare.replace(/-/g, '_');
  const parts = lowerParts(lemma);
  const person = isPersonNoun(bare);
  // A word another's detail is asked of ("julie harries's mobile") is as likely a surname as a verb.
  const possessive = /['’]s$/i.test(word) && !person;
  const nounOnly = parts.size === 1 && parts.has('noun') && !person;
  const kind = parts.size ? undefined : dictionaryCase(lemma);
  return { name: !parts.size || nounOnly || possessive, noun: parts.has('noun'), kind, guessable: true };
}
