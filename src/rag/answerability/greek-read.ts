/**
 * @module A question typed in Greeklish (Greek in Latin letters: "posa meres adeia dikeoumaste?") over Greek
 * documents: each word the base never writes read as its Greek key where the base has it (crosslingual/greek-keys.ts
 * says how a key is made), its words of asking in English and its small words left out.
 */
import { escapeRegExp, tokenize } from '../../core/index.js';
import { GREEK_KEYED, greeklishKey } from '../crosslingual/index.js';
import type { KnowledgeIndex } from '../knowledge-index.js';
import { isDictionaryWord } from '../wordnet/index.js';
import type { TermStats } from './assess.js';
import { keysTheBaseHas } from './keys-known.js';

/** The question with each Greeklish word the base never writes replaced by its Greek key, where the base has it. */
export async function withGreeklishRead(
  index: Pick<KnowledgeIndex, 'termStats'>,
  question: string,
  stats: TermStats,
): Promise<string> {
  const keys = keysOfUnwritten(question, stats);
  const marks = new Set(
    (question.toLowerCase().match(/[a-z8]+/g) ?? []).filter((w) => GREEKLISH_ONLY.has(w)),
  );
  if (!keys.size && marks.size < 2) return question;
  // Only a base with Greek text has keys.
  const known = await keysTheBaseHas(index, keys, KEYED_TERM);
  if (!known) return question;
  // Greeklish, not an English question with a word keyed by chance ("POS", "Pia"): two keyed words that are no
  // English words, or two of Greeklish's own small words ("pote einai to fire drill?" keys nothing, and is Greek).
  const foreign = known.filter(([word]) => !isDictionaryWord(word.toLowerCase()));
  if (foreign.length < 2 && marks.size < 2) return question;
  let read = ASKING.reduce((text, [asked, english]) => text.replace(asked, english), question);
  for (const [word, key] of known) read = read.replace(wordAt(word), key);
  return read.replace(SMALL_WORDS, '').replace(/\s+/g, ' ').trim();
}

const KEYED_TERM = tokenize(GREEK_KEYED)[0]!;

const wordAt = (word: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'gu');

// Each word of the question the base never writes (one term, not a name in capitals past the first word, not a
// small word nor a word of asking) with its key.
function keysOfUnwritten(question: string, stats: TermStats): Map<string, string> {
  const keys = new Map<string, string>();
  const first = question.match(/\p{L}+/u)?.[0];
  const words = question.replace(SMALL_WORDS, ' ').match(/[a-zA-Z8]+/g) ?? [];
  for (const word of new Set(words)) {
    const terms = tokenize(word);
    if (terms.length !== 1 || stats.df(terms[0]!) > 0) continue;
    if (word !== first && /^[A-Z][a-z]/.test(word)) continue;
    if (ASKING.some(([asked]) => new RegExp(`^(?:${asked.source})$`, 'i').test(word))) continue;
    const key = greeklishKey(word);
    if (key && key !== word.toLowerCase()) keys.set(word, key);
  }
  return keys;
}

// Greek's words of asking as Greeklish types them, with what they ask in English.
const ASKING: Array<[RegExp, string]> = [
  [/(?<![\p{L}])ti\s+(?:wra|ora|8ra)(?![\p{L}])/giu, 'what time'],
  [/(?<![\p{L}])(?:posa|poso|posi|posh|poses|posous|posoi|poson)(?![\p{L}])/giu, 'how much'],
  [/(?<![\p{L}])(?:pote|pot[eé])(?![\p{L}])/giu, 'when'],
  [/(?<![\p{L}])(?:pou|pu)(?![\p{L}])/giu, 'where'],
  [/(?<![\p{L}])(?:giati|giat[ií])(?![\p{L}])/giu, 'why'],
  [/(?<![\p{L}])(?:pws|p[oó]s)(?![\p{L}])/giu, 'how'],
  [/(?<![\p{L}])(?:poio|poia|poios|poioi|poies|poiou|poion)(?![\p{L}])/giu, 'which'],
  [/(?<![\p{L}])(?:inta|ti)(?![\p{L}])/giu, 'what'],
];

// Greeklish's own small words and words of asking, none an English word ("to", "me", "pos", "ton" and "tin" are).
const GREEKLISH_ONLY: ReadonlySet<string> = new Set(
  'einai ine stin sti sto ston sta stis tou tis twn posa poso posi posh pote giati poio poia poios pws exw exoume exei pairnw pairnoume pairnei dikeoume dikeoumaste dikaioumaste mporw mporoume prepei xreiazomai mou mas sou sas kai gia apo den tha afto kathe ena pou wra'.split(
    ' ',
  ),
);

// Greek's articles, prepositions, pronouns and the verbs a question is framed with, as Greeklish types them.
const SMALL_WORDS =
  /(?<![\p{L}])(?:o|i|to|ta|tou|tis|tin|ton|twn|ton|oi|stin|sti|sto|ston|sta|stis|stous|kai|ke|tze|tzai|me|se|na|gia|apo|den|tha|einai|ine|exw|exo|exoume|exei|exoun|eshei|esiei|pairnw|pairnoume|pairnei|dikaioumai|dikeoume|dikaioumaste|dikeoumaste|mporw|mporoume|prepei|xreiazomai|mou|mas|sou|sas|afto|auto|kathe|ena|enan|mia)(?![\p{L}])/giu;
