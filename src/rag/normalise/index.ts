/**
 * @module Normalised forms of dates, times of day and amounts, for the text that goes into the lexical index and
 * for queries (never for the text shown or quoted): "2026-05-25" is also indexed as "25 May 2026", "Monday"
 * and compact date tokens, "21:00" also as "t2100 9pm", "£1,800" also as "1800 GBP pounds gbp1800", "401(k)" also as
 * "401k", so a question's wording finds them.
 */
import { amountReaders } from './amounts.js';
import { withBaseForms } from './base-forms.js';
import { boundWords } from './bounds.js';
import { dateReaders } from './dates.js';
import { joinedCodes } from './joined-codes.js';
import { mayHoldNumberWord, numberWordReaders } from './number-words.js';
import { readAll } from './spans.js';
import { timeReaders } from './times.js';

export { WORD_CODE_AFTER_FIGURE } from './amounts.js';
export {
  CURRENCIES,
  CURRENCY_COLUMN,
  currenciesAsked,
  currencyAfterSource,
  currencyBeforeSource,
  currencyHeaderSource,
  currencyOf,
  holdsMoneyIn,
  WORD_LIKE_CODES,
} from './currencies.js';
export { joinedCodes, numberOfJoined } from './joined-codes.js';
export { FOREIGN_MONTH_PATTERN, MONTH_PATTERN, monthNumber } from './month-names.js';
export { HOUR_H_MINUTES } from './times.js';

const READERS = [...dateReaders, ...timeReaders, ...amountReaders];

/**
 * Increases whenever the forms written for the same text change: a lexical index built with another
 * version must be rebuilt, or a query's forms would miss the stored ones.
 */
export const NORMALISE_VERSION = 36;

/** The words of the normalised forms of every date and amount in `text` that the text does not already hold. */
export function lexicalEquivalents(text: string): string {
  if (!/\d/.test(text)) return ''; // every form read starts from a digit
  const out: string[] = [];
  for (const { surface, forms } of readAll(text, READERS)) {
    const have = new Set(words(surface));
    for (const w of words(forms.join(' '))) {
      if (have.has(w)) continue;
      have.add(w);
      out.push(w);
    }
  }
  // "up to 35 hours" is also the maximum, so a question asking for "the max" finds it; "401(k)" is also "401k".
  const said = new Set(words(text));
  const added = new Set(out);
  for (const w of [...boundWords(text), ...joinedCodes(text)])
    if (!said.has(w) && !added.has(w)) {
      added.add(w);
      out.push(w);
    }
  return out.join(' ');
}

/**
 * A question's counts written in words followed by their figures ("once I've done five years" and "5"), so it meets
 * a document's "5 years or more". Only for what is asked: a document's own "three years" is not indexed as "3",
 * which would make every figure a question mentions in passing ("tried 3 times") a word the base uses.
 */
export function withCountsInFigures(question: string): string {
  if (!mayHoldNumberWord(question)) return question;
  const figures = readAll(question, numberWordReaders).flatMap((r) => r.forms);
  // Set apart, so the figures read as no date with the words before them ("ten days in March" is not 10 March).
  return figures.length ? `${question} ; ${figures.join(' ')}` : question;
}

/** What a question is searched with: its counts in figures and its irregular verbs in their base forms. */
export function asSearched(question: string): string {
  return withBaseForms(withCountsInFigures(question));
}

/** `text` followed by its normalised equivalents (the text to index or to search with). */
export function withEquivalents(text: string): string {
  const extra = lexicalEquivalents(text);
  return extra ? `${text}\n${extra}` : text;
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
