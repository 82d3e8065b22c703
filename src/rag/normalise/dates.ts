/**
 * @module Dates read in the ways people write them (2026-05-25, 25/05/2026, 25-05-2026, 25th May 2026, May 25,
 * 2026, 1. März 2024, 25 de mayo de 2026, May 2026) and written out in one set of forms: "25 May 2026", the
 * weekday, and compact tokens for the day (d20260525), the day of the year (md0525) and the month (ym202605), so a question
 * that names a date in any of these ways meets a text that names it in another.
 */
import { FOREIGN_MONTH_PATTERN, MONTH_PATTERN, MONTHS, monthNumber, WEEKDAYS } from './month-names.js';
import { AFTER, BEFORE, NUMBER_START, type Reader } from './spans.js';

const MONTH = `(${MONTH_PATTERN})\\.?`;
// A month name before a number, seen from the number (see NUMBER_START): trying the long alternation of
// month names only where a digit follows is several times faster than trying it at every letter.
const MONTH_BEFORE = (gap: string) => `(?=\\d)(?<=${BEFORE}(?<pre>${MONTH}${gap}))`;

/** Readers of dates, the most specific first. */
export const dateReaders: Reader[] = [
  // ISO and its slashed or dotted variants: year first is never ambiguous.
  {
    pattern: new RegExp(`${NUMBER_START}(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${AFTER}`, 'gu'),
    read: (m) => fullDate(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  // "2029. 12. 21.", as Hungary writes it: year first, each part closed by a dot and a space.
  {
    pattern: new RegExp(`${NUMBER_START}(\\d{4})\\.\\s(\\d{1,2})\\.\\s(\\d{1,2})\\.?${AFTER}`, 'gu'),
    read: (m) => fullDate(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    pattern: new RegExp(`${NUMBER_START}(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})${AFTER}`, 'gu'),
    read: numericDate,
  },
  // 18-09-2026, as Chile, the Netherlands and India write it: with hyphens only in full, a year of this era, and
  // not inside a longer code ("12-05-26", "3-4-1000", "PN-04-11-2003-B", "12-10-2019-0042" are left alone).
  {
    pattern: new RegExp(
      `${NUMBER_START}(?<![\\p{L}\\p{N}]-)(\\d{1,2})(-)(\\d{1,2})-((?:19|20)\\d{2})(?!-[\\p{L}\\p{N}])${AFTER}`,
      'gu',
    ),
    read: numericDate,
  },
  {
    pattern: new RegExp(
      `${NUMBER_START}(\\d{1,2})(?:st|nd|rd|th|er|e|\\.)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?${AFTER}`,
      'giu',
    ),
    read: (m) => namedDate(Number(m[1]), m[2]!, m[3]),
  },
  {
    pattern: new RegExp(
      `${MONTH_BEFORE('\\s+')}(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${AFTER}`,
      'giu',
    ),
    read: (m) => namedDate(Number(m[3]), m[2]!, m[4]),
  },
  {
    pattern: new RegExp(`${MONTH_BEFORE(',?\\s+')}(\\d{4})${AFTER}`, 'giu'),
    read: (m) => monthOfYear(monthNumber.get(m[2]!.toLowerCase())!, Number(m[3])),
  },
  // "18 de septiembre de 2026", "1º de março", "3 maart 2027": a day, then "de" or a year with the name.
  {
    pattern: new RegExp(
      `${NUMBER_START}(\\d{1,2})[º°.]?\\s+(?:(?:de\\s+)(${FOREIGN_MONTH_PATTERN})(?:\\s+(?:de|del)\\s+(\\d{4}))?|(${FOREIGN_MONTH_PATTERN})\\s+(\\d{4}))${AFTER}`,
      'giu',
    ),
    read: (m) => namedDate(Number(m[1]), (m[2] ?? m[4])!, m[3] ?? m[5]),
  },
  // "septiembre de 2026", "março de 2027": a month of a year.
  {
    pattern: new RegExp(`(?<![\\p{L}])(${FOREIGN_MONTH_PATTERN})\\s+(?:de|del)\\s+(\\d{4})${AFTER}`, 'giu'),
    read: (m) => monthOfYear(monthNumber.get(m[1]!.toLowerCase())!, Number(m[2])),
  },
];

// 25/05/2026 is read day first; 05/25/2026 month first, since day first is impossible. A two-digit year is
// taken only with slashes (1.2.26 is more often a section number than a date).
function numericDate(m: RegExpExecArray): string[] | undefined {
  const [a, b] = [Number(m[1]), Number(m[3])];
  const raw = m[4]!;
  if (raw.length === 2 && m[2] === '.') return undefined;
  const year = raw.length === 4 ? Number(raw) : 2000 + Number(raw);
  if (isDate(year, b, a)) return fullDate(year, b, a);
  return isDate(year, a, b) ? fullDate(year, a, b) : undefined;
}

function namedDate(day: number, name: string, year: string | undefined): string[] | undefined {
  const month = monthNumber.get(name.toLowerCase())!;
  if (year) return fullDate(Number(year), month, day);
  if (!isDate(2000, month, day)) return undefined; // 2000 was a leap year: 29 February is a day of the year
  return [`${day} ${MONTHS[month - 1]}`, `md${pad(month)}${pad(day)}`];
}

function fullDate(year: number, month: number, day: number): string[] | undefined {
  if (!isDate(year, month, day)) return undefined;
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  return [
    `${day} ${MONTHS[month - 1]} ${year}`,
    weekday,
    `d${year}${pad(month)}${pad(day)}`,
    `md${pad(month)}${pad(day)}`,
    ...monthOfYear(month, year),
  ];
}

function monthOfYear(month: number, year: number): string[] {
  return [`${MONTHS[month - 1]} ${year}`, `ym${year}${pad(month)}`];
}

function isDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');
