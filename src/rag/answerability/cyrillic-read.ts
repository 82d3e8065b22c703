/**
 * @module A question's words that the base never writes, read as their Cyrillic keys where the base has them:
 * "otpusk skolko dnei" typed in Latin letters over Russian documents, or "отпуска" where they write "отпуск"
 * (crosslingual/cyrillic-keys.ts says how a key is made).
 */
import { escapeRegExp, tokenize } from '../../core/index.js';
import {
  cyrillicKey,
  KEYED,
  latinKey,
  serbianInLatin,
  writtenInSerbianCyrillic,
} from '../crosslingual/index.js';
import type { KnowledgeIndex } from '../knowledge-index.js';
import { isDictionaryWord } from '../wordnet/index.js';
import type { TermStats } from './assess.js';
import { keysTheBaseHas } from './keys-known.js';

/**
 * The question with each word the base never writes replaced by its Cyrillic key, where the base has that key; read
 * so, its words of asking in English ("skolko": "how much") and its small words in Latin letters left out.
 */
export async function withCyrillicKeysRead(
  index: Pick<KnowledgeIndex, 'termStats'>,
  question: string,
  stats: TermStats,
): Promise<string> {
  const keys = keysOfUnwritten(question, stats);
  if (!keys.size) return question;
  // Only a base with Cyrillic text has keys.
  const known = await keysTheBaseHas(index, keys, KEYED_TERM);
  if (!known) return question;
  // Russian chat, not an English question with a word keyed by chance: two keyed words that are no English words, or
  // a Russian word of asking. Only then are English-looking words ("god", a year) read as keys too.
  const foreign = known.filter(([word]) => !isEnglishLooking(word));
  const chat = foreign.length >= 2 || ASKED_ANYWHERE.some((asked) => asked.test(question));
  if (!known.length || !chat) return question;
  let read = askedInEnglish(question);
  for (const [word, key] of known) read = read.replace(wordAt(word), key);
  return read;
}

/**
 * A question asked in Serbian Cyrillic, in Latin letters, when the base writes more of its words more often in Latin
 * letters than in Cyrillic: Bosnian, Croatian or Serbian documents in Latin letters, maybe beside a notice in Cyrillic. Read
 * whole, not word by word: a question half in one alphabet reads as neither.
 */
export async function withSerbianInLatin(
  index: Pick<KnowledgeIndex, 'termStats'>,
  question: string,
): Promise<string> {
  if (!writtenInSerbianCyrillic(question)) return question;
  const words = [...new Set(question.match(/\p{Script=Cyrillic}+/gu) ?? [])];
  const termOf = (word: string) => tokenize(word)[0];
  const terms = words.flatMap((w) => [termOf(w), termOf(serbianInLatin(w))]).filter((t) => t !== undefined);
  const { df } = await index.termStats(terms);
  const count = (word: string) => df.get(termOf(word) ?? '') ?? 0;
  const moreInLatin = words.filter((w) => count(serbianInLatin(w)) > count(w)).length;
  const moreInCyrillic = words.filter((w) => count(w) > count(serbianInLatin(w))).length;
  return moreInLatin > moreInCyrillic ? serbianInLatin(question) : question;
}

// A word in Latin letters English has ("area", "party", "god"): the asker's English unless the question is chat.
const isEnglishLooking = (word: string) =>
  !/\p{Script=Cyrillic}/u.test(word) && isDictionaryWord(word.toLowerCase());

// The word that marks a base with keys, as the index counts it.
const KEYED_TERM = tokenize(KEYED)[0]!;

const wordAt = (word: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'gu');

// Russian's words of asking as chat types them (in Latin or Cyrillic letters), with what they ask in English.
const ASKING: Array<[RegExp, string]> = [
  [/(?<![\p{L}])(?:vo|в[оo]) (?:skolko|skolka|сколько)(?![\p{L}])/giu, 'what time'],
  [/(?<![\p{L}])(?:do|до) (?:kakogo|какого) (?:chisla|числа)(?![\p{L}])/giu, 'until what date'],
  [/(?<![\p{L}])(?:skolko|skolka|skoka|сколько)(?![\p{L}])/giu, 'how much'],
  [/(?<![\p{L}])(?:kogda|когда)(?![\p{L}])/giu, 'when'],
  [/(?<![\p{L}])(?:gde|где)(?![\p{L}])/giu, 'where'],
  [/(?<![\p{L}])(?:kuda|куда)(?![\p{L}])/giu, 'where'],
  [/(?<![\p{L}])(?:pochemu|почему)(?![\p{L}])/giu, 'why'],
  [/(?<![\p{L}])(?:kto|кто)(?![\p{L}])/giu, 'who'],
  [/(?<![\p{L}])(?:kak|как)(?![\p{L}])/giu, 'how'],
  [
    /(?<![\p{L}])(?:kakoi|kakoy|kakaya|kakaia|kakie|kakoe|kakogo|kakuyu|какой|какая|какие|какое|какого|какую)(?![\p{L}])/giu,
    'what',
  ],
];
// The words of asking without the global flag, for a test that keeps no state between questions.
const ASKED_ANYWHERE = ASKING.map(([asked]) => new RegExp(asked.source, 'iu'));
const askedInEnglish = (question: string) =>
  ASKING.reduce((read, [asked, english]) => read.replace(asked, english), question)
    .replace(SMALL_WORDS, '')
    .trim();

// Each word of the question the base never writes (one term, not a name in capitals past the first word, not a
// small word) with its key.
function keysOfUnwritten(question: string, stats: TermStats): Map<string, string> {
  const keys = new Map<string, string>();
  const first = question.match(/\p{L}+/u)?.[0];
  for (const word of new Set(question.replace(SMALL_WORDS, ' ').match(/[\p{L}'’]+/gu) ?? [])) {
    const terms = tokenize(word);
    if (terms.length !== 1 || stats.df(terms[0]!) > 0) continue;
    if (word !== first && /^\p{Lu}\p{Ll}/u.test(word)) continue;
    const key = /\p{Script=Cyrillic}/u.test(word) ? cyrillicKey(word) : latinKey(word);
    if (key && key !== word.toLowerCase()) keys.set(word, key);
  }
  return keys;
}

// Russian's prepositions, conjunctions and particles as chat types them in Latin letters.
const SMALL_WORDS =
  /(?<![\p{L}'’])(?:v|vo|na|za|iz|po|s|so|k|ko|u|o|ob|ot|do|pod|nad|pri|dlya|dlia|bez|i|a|no|ne|ni|li|by|to|chto|shto|eto|ili|esli|uzhe|eshe|eshche|budet|mne|menya|nam|nas|my|ya)(?![\p{L}'’])\s*/giu;
