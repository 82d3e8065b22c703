/**
 * @module Rows that run from one day to another ("picking_from: 2026-04-06 · picking_to: 2026-04-17"): a day a
 * question asks about ("on 8 April", "April 10") falls inside such a row's range without the row saying it, so the
 * row says that day too, for the coverage of the question and for the sentence chosen to answer it.
 */

import { tokenize } from '../../core/index.js';
import { MONTH_PATTERN, monthNumber, withEquivalents } from '../normalise/index.js';
import { rowsIn, type TableRow } from './table-rows.js';

/** A day a question names: its month and day, its ISO date when it gives the year, and the words it is said in. */
export interface AskedDate {
  md: string;
  day?: string;
  words: string[];
  /** The day as the question writes it, and where. */
  surface: string;
  at: number;
}

/** The first day a question names unmistakably (by its month's name, or year first), if it names one. */
export function askedDate(question: string): AskedDate | undefined {
  const m = NAMED_DAY.exec(question) ?? ISO_DAY.exec(question);
  if (!m) return undefined;
  const iso = m[0].match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const month = iso ? Number(iso[2]) : monthNumber.get((m[2] ?? m[3])!.toLowerCase().replace(/\.$/, ''));
  const dayOfMonth = Number(iso ? iso[3] : (m[1] ?? m[4]));
  if (!month || !dayOfMonth || dayOfMonth > 31) return undefined;
  const md = `${pad(month)}${pad(dayOfMonth)}`;
  const year = iso?.[1] ?? m[5];
  return {
    md,
    ...(year ? { day: `${year}-${md.slice(0, 2)}-${md.slice(2)}` } : {}),
    words: tokenize(withEquivalents(m[0])),
    surface: m[0],
    at: m.index,
  };
}

const NAMED_DAY = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\.?|(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?!\\d)(?:,?\\s+((?:19|20)\\d\\d))?\\b`,
  'i',
);
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
const pad = (n: number) => String(n).padStart(2, '0');

/** The days a row runs from and to, by its columns named for a start and an end. */
export function rangeOf(row: TableRow): { from?: string; to?: string } {
  const headers = [...row.cells.keys()];
  const start = headers.find((h) => RANGE_START.test(h) && !RANGE_END.test(h));
  const end = headers.find((h) => RANGE_END.test(h) && h !== start);
  const dayIn = (h: string | undefined) => (h ? [...row.cells.get(h)!].flatMap(compactDay)[0] : undefined);
  const from = dayIn(start);
  const to = dayIn(end);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** Whether a row's range of days holds the day asked (by month and day alone when the question gives no year). */
export function rowHoldsDate(row: TableRow, asked: AskedDate): boolean {
  const { from, to } = rangeOf(row);
  if (!from || !to) return false;
  if (asked.day) return from <= asked.day && asked.day <= to;
  // No year asked: a range within one year holds the month and day between its own.
  const md = (iso: string) => iso.slice(5).replace('-', '');
  return from.slice(0, 4) === to.slice(0, 4) && md(from) <= asked.md && asked.md <= md(to);
}

const RANGE_START = /\b(?:from|start|starts|begins?|effective(?:_from)?|valid_from)\b|_from$|^from/i;
const RANGE_END = /\b(?:to|until|till|end|ends|expires?|through)\b|_(?:to|until|end)$/i;

/** A row's date cell as the index reads it: "2027-10-02" is also the word "d20271002". */
export const compactDay = (word: string): string[] => {
  const m = word.match(/^d(\d{4})(\d{2})(\d{2})$/);
  return m ? [`${m[1]}-${m[2]}-${m[3]}`] : [];
};

/** Whether a text holds a table row whose range of days holds the day asked. */
export function saysDayAsked(text: string, asked: AskedDate): boolean {
  return rowsIn({ text }).some((row) => rowHoldsDate(row, asked));
}
