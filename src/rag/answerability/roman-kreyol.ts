/**
 * @module A question typed in Haitian Creole (Kreyòl ayisyen) in chat, mostly without accents and mixed with French
 * and English ("konbyen jou konje mwen genyen?", "eske m ka pran day off demen?"), read as the English question it
 * asks ("how many days leave I have?"). The reading is roman-reading.ts's; Haitian's own rules are here: "konbyen"
 * of what is counted asks how many, "ki" asks what only where a clause opens (after a thing it is "that", "moun ki
 * malad"), verbs take no endings, and a question with Mauritian Kreol's or French's own words ("mo", "zour",
 * "konze", "je", "combien") is theirs, not Haitian, though the three share many words ("ki", "pou", "travay").
 * The word lists were written from general knowledge of the language, without reading any organisation's
 * documents or questions.
 */
import type { TermStats } from './assess.js';
import {
  ASKING,
  DROPPED,
  FRENCH_MARKERS,
  MARKERS,
  MAURITIAN_MARKERS,
  PHRASES,
  SPELLINGS,
  WORDS,
} from './roman-kreyol-words.js';
import { type RomanLanguage, romanReading } from './roman-reading.js';

// Haitian's word lists and rules.
const KREYOL: RomanLanguage = {
  asking: ASKING,
  phrases: PHRASES,
  dropped: DROPPED,
  words: WORDS,
  markers: MARKERS,
  // Can, must, need, want, have, and the verbs of pay, leave and shifts.
  verbs: new Set(
    'gen genyen ka kab kapab dwe fok fo oblije bezwen vle jwenn peye pran bay rele voye mande siyen travay komanse fini ouvri femen antre soti rive retounen chanje resevwa depoze ranpli achte mete'.split(
      ' ',
    ),
  ),
  spellings: SPELLINGS,
  // Words Mauritian Kreol, French, Hindi or Urdu, or Albanian type alike ("ki", "ka", "sa", "pou", "travay",
  // "samdi"): no sign of Haitian on their own.
  shared: new Set(
    'ki ka sa se pa te la a an e li nou ou pou travay malad maladi mwa lane samdi madi vandredi vakans lekol nouvo bis kas moto papa manman pran fini pase depo repo peye'.split(
      ' ',
    ),
  ),
  // Words the dictionary has that are plainly Haitian in a question ("gen", "semen", "ane").
  plainly: new Set(['gen', 'semen', 'ane', 'kob']),
  // Haitian has no case endings: whose a thing is follows it as a word ("salè Madan Joseph").
  genitive: new Set(),
  locative: new Set(),
  owned: new Set('sale nimewo telefon adres kay lakay madanm mari pitit kontra'.split(' ')),
  titles: new Set('Mesye Msye Madan Manmzel Manmzèl Mis Doktè Dokte Dr Met Mèt'.split(' ')),
  joins: /\s*,\s*|\s+(?:epi|e|and)\s+/i,
  // "epi …" (and …), a greeting, and "èske w ka di m …" (can you tell me …) or "m vle konnen …" (I want to know …)
  // opening a sentence say nothing.
  leadingJoin:
    /^(?:\s*(?:epi|e|and|bonjou|bonswa|alo|m[eè]si|tanpri|souple|svp|(?:[eè]ske\s+)?(?:ou|w)\s+(?:ka|kab|kapab)\s+di\s+(?:m|mwen)|(?:m|mwen)\s+(?:vle|ta\s+vle|ta\s+renmen)\s+konnen)[\s,]+)+/i,
  askingAt,
  // Haitian verbs take no endings ("peye" is pay, paid and paying): no form to drop.
  verbForm: /(?!)$/,
  verbStems: new Set(),
};

// "konbyen" asks how much, but how many of what is counted and what percent before "%"; "ki" asks what where a
// clause opens, and after a thing says "that", which English leaves out ("moun ki malad": people who are sick).
function askingAt(
  word: string,
  tokens: string[],
  at: number,
  spelled: (t: string) => string,
): string | undefined {
  const next = spelled(tokens[at + 1] ?? '');
  if (word === 'konbyen' && /^%/.test(tokens[at + 1] ?? '')) return 'what percent';
  if (word === 'konbyen' && COUNTED.test(WORDS.get(next) ?? next)) return 'how many';
  if (word === 'ki') return tokens.slice(0, at).every((t) => OPENING.has(spelled(t))) ? 'what' : '';
  // "èske" asks nothing English says: it only tells that a question follows.
  if (word === 'eske') return '';
  return undefined;
}

// Words that may come before a clause's word of asking: its grammar, and "èske".
const OPENING: ReadonlySet<string> = new Set([...DROPPED, 'eske']);

const COUNTED =
  /^(?:days?|nights?|weeks?|months?|years?|hours?|minutes?|times?|people|persons?|employees?|workers?|child(?:ren)?|pieces?|boots|gloves|uniforms?)$/;

const kreyol = romanReading(KREYOL);

// "ki lè", "ki kote", "ki jan", "ki sa", "ki moun" as the one word of asking each is typed as too ("kilè",
// "kikote"): so each opens a clause that asks, and a clause of "ki lè" ("when"), which Mauritius types "ki ler", is
// plainly Haitian.
const withAskingJoined = (question: string) =>
  question.replace(/(?<![\p{L}'’])([Kk]i)\s+(l[eè]|kote|jan|sa|moun)(?![\p{L}'’])/gu, '$1$2');

// A sentence's first word as a phone capitalises it ("Konbyen", "M ka", "Èske"), in lower case when the lists know
// it: the reading's own lowering misses a word of one letter, and the check of French and Kreol needs it too.
const withOpenersLowered = (question: string) =>
  question.replace(/(^|[.?!]\s+)(\p{Lu}\p{Ll}*)(?=[\s,?!.]|$)/gu, (all, before: string, word: string) => {
    const lower = word.toLowerCase();
    return kreyol.isListed(SPELLINGS.get(lower) ?? lower) ? `${before}${lower}` : all;
  });

// More of Haitian's own words than of Mauritian Kreol's or of French's: the three share "ki", "pou", "travay",
// "malad", "mwa", so only the words each writes alone tell them apart ("konbyen" and "konbien", "jou" and "zour").
function outweighsNeighbours(question: string): boolean {
  let own = 0;
  let mauritian = 0;
  let french = 0;
  const tokens = question
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  for (const token of tokens) {
    const plain = token.normalize('NFD').replace(/\p{M}/gu, '');
    if (isFrenchElided(token) || FRENCH_MARKERS.has(plain)) french++;
    else if (MAURITIAN_MARKERS.has(plain)) mauritian++;
    else if (isHaitianOwn(token)) own++;
  }
  return own >= 1 && own > mauritian && own > french;
}

// A word only Haitian writes: listed as one, or a listed word with Haitian's "è" or "ò" ("lè", "kòb"), which
// neither Mauritius nor chat's French types on those words.
function isHaitianOwn(token: string): boolean {
  const word = SPELLINGS.get(token) ?? token;
  return MARKERS.has(word) || (/[èò]/.test(token) && kreyol.isListed(word));
}

// French's "j'ai", "l'usine", "qu'il": a pronoun or article elided before a word Haitian does not have ("l'ap",
// "m'ka" are Haitian's own).
const isFrenchElided = (token: string) => {
  const rest = /^(?:j|l|d|c|qu|n|s|m|t)['’](\p{L}+)$/u.exec(token)?.[1];
  return rest !== undefined && !kreyol.isListed(SPELLINGS.get(rest) ?? rest);
};

// The question as the lists spell it: its words of asking joined, its first words in lower case.
const asTyped = (question: string) => withOpenersLowered(withAskingJoined(question));

/** Whether a question is typed in Haitian Creole (words the lists know, more Haitian's own than French's or Kreol's). */
export const typedInKreyol = (question: string): boolean => {
  const typed = asTyped(question);
  return kreyol.typedIn(typed) && outweighsNeighbours(typed);
};

/** The question read in English when it is typed in Haitian Creole; else the question as it is. */
export const readKreyol = (question: string): string => {
  if (!typedInKreyol(question)) return question;
  const typed = asTyped(question);
  const read = kreyol.read(typed);
  return read === typed ? question : read;
};

/** The reading as it is: Haitian verbs take no endings, so no unknown form of one is left to drop. */
export const withoutUnknownKreyol = (read: string, written: string, stats: TermStats): string =>
  kreyol.withoutUnknown(read, asTyped(written), stats);
