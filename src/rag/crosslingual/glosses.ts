/**
 * @module English words for what a text says in another language: the glossary's words and phrases of the
 * text's own language, appended after the text (never in place of it), without English stop words; in English
 * text, the words it keeps from another language.
 */
import { stopWords } from '../../core/index.js';
import { isDictionaryWord } from '../wordnet/index.js';
import { cyrillicKeys } from './cyrillic-keys.js';
import {
  foldedWords,
  glossWords,
  loanPhraseGlosses,
  loanWordGlosses,
  MIN_LOAN_WORD,
  mayBeInLoanPhrase,
  mayBeLoanWord,
  namedDayFirstWords,
  namedDayWords,
} from './glossary.js';
import { RU_FUNCTION_WORDS } from './glossary-ru.js';
import { greekKeys } from './greek-keys.js';
import { languagesOf } from './language.js';
import { ownStems } from './own-stems.js';

/**
 * Increases whenever the glossary or its matching changes: a lexical index built with another version holds
 * other glosses and must be rebuilt.
 */
export const GLOSSARY_VERSION = 22;

/**
 * The English words for what `text` says in another language, and for the holidays it names in one ("Corpo de
 * Deus"), each word once ('' when there are none).
 */
export function englishGlosses(text: string, languages = languagesOf(text)): string {
  // A holiday named in its own language is glossed in any text: an English calendar row says "Corpo de Deus".
  const namesDay = mayNameDay(text);
  // English that keeps the site's words for things ("the lunsj in the kantina"): those words are glossed, after
  // the names of days, which read a phrase whole ("Jueves Santo" is Maundy Thursday). Most English text keeps
  // none, and indexing reads every chunk, so its lower-case words are looked up first, and nothing else is read.
  const loans = languages.length ? [] : loanWordsIn(text);
  if (!languages.length && !namesDay && !loans.length) return '';
  const words = foldedWords(text);
  const glossed = [
    ...languages.flatMap((lang) => glossWords(words, lang)),
    ...(namesDay ? namedDayWords(words) : []),
    ...(words.length < MIN_LOAN_CONTEXT
      ? []
      : [...loanWordGlosses(loans), ...loanPhraseGlosses(words, loans)]),
  ];
  if (!glossed.length) return '';
  const have = new Set(words);
  const out = new Set<string>();
  for (const w of glossed) if (!have.has(w) && !stopWords.has(w)) out.add(w);
  return [...out].join(' ');
}

// Named days are looked for only in a text with a capitalised word that opens one ("Corpo", "Jueves"), as a
// name is written: most text names none, and indexing reads every chunk, so the capitalised words alone are read.
let namedDayStarts: Set<string> | undefined;
function mayNameDay(text: string): boolean {
  namedDayStarts ??= new Set(namedDayFirstWords());
  for (const m of text.matchAll(CAPITALISED)) if (namedDayStarts.has(foldedWords(m[0])[0]!)) return true;
  return false;
}

const CAPITALISED = /\p{Lu}\p{Ll}+/gu;

// A word on its own (a term's count asked for, a slip's candidate) has no text around it to be English in: it is
// read as written, so "anual" alone stays a slip of "annual" and is not taken for Spanish.
const MIN_LOAN_CONTEXT = 4;

// The words written in lower case, folded: a capitalised word in English text is a name or a name's part ("Lunes
// de Pascua", "Bybanen"), which the names of days read, or no loan word.
function loanWordsIn(text: string): string[] {
  const found: string[] = [];
  // Split at what is no letter (a plain split is several times faster than a match with a lookbehind, and indexing
  // reads every chunk); a word that opens with a capital is a name, but for a table's column named in the site's
  // language ("Obed: 12:00–13:00"), read in lower case.
  const read = text.includes(':') ? text.replace(COLUMN_NAME, (w) => w.toLowerCase()) : text;
  for (const written of read.split(NOT_LETTERS)) {
    if (written.length < MIN_LOAN_WORD || !startsLowerCase(written)) continue;
    // Looked up as written first; folded ("lønn", "días") only when it has a letter outside ASCII.
    const word =
      mayBeLoanWord(written) || mayBeInLoanPhrase(written)
        ? written
        : NOT_ASCII.test(written)
          ? foldedWords(written)[0]
          : undefined;
    if (word && (mayBeLoanWord(word) || mayBeInLoanPhrase(word)) && !isEnglishWord(word)) found.push(word);
  }
  // An address's parts are read only when a loan word was found at all (most text has none).
  if (!found.length || !ADDRESS_CHARS.test(read)) return found;
  const outside = new Set(foldedWords((read.replace(ADDRESS, ' ').match(LOWER_WORD) ?? []).join(' ')));
  return found.filter((w) => outside.has(w));
}
// A capitalised word that names a field, before its colon and value ("· Obed: 12:00", "Smena: Day").
const COLUMN_NAME = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{3,}(?=: \S)/gu;
const ADDRESS_CHARS = /[@/]|\S\.\S/;
const NOT_ASCII = /[^\x00-\x7f]/;
const NOT_LETTERS = /[^\p{L}]+/u;
// By the first letter's code for ASCII (no string made for each word), by its case otherwise.
function startsLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  const first = word[0]!;
  return first !== first.toUpperCase();
}
// An address's parts are no words kept from a language ("ferie.kvitbrim.no", "lonn@firma.no", "/kantine/meny").
const ADDRESS = /\S*[@/]\S*|\S+\.\S+/g;
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}]*/gu;

// A word English has, in any form the dictionary knows, or one of its small words: never a loan word. Asked only
// of the glossary's words, so the answers are kept ("risk" and "time" are in every English text).
const englishOrNot = new Map<string, boolean>();
function isEnglishWord(word: string): boolean {
  let english = englishOrNot.get(word);
  if (english === undefined) {
    english = stopWords.has(word) || isDictionaryWord(word);
    englishOrNot.set(word, english);
  }
  return english;
}

/**
 * `text` followed by the English words for what it says in another language, its Cyrillic words' keys in Latin
 * letters, and its words' stems in their own language (for indexing and matching).
 */
export function withGlosses(text: string, languages = languagesOf(text)): string {
  const extra = [
    englishGlosses(text, languages),
    cyrillicKeys(text, CYRILLIC_SMALL_WORDS, isEnglishWord),
    greekKeys(text, isEnglishWord),
    ownStems(text, languages),
  ]
    .filter(Boolean)
    .join(' ');
  return extra ? `${text}\n${extra}` : text;
}

// Russian's small words (and, in, on, not, what, …) have no key: a key is for a word that says what a text is about.
const CYRILLIC_SMALL_WORDS: ReadonlySet<string> = new Set([
  ...RU_FUNCTION_WORDS.split(' '),
  ...'и в во на не по с со к ко у о об от до за из под над а но же ли бы то так все всё как что это'.split(
    ' ',
  ),
]);
