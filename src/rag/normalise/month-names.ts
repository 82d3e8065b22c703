/**
 * @module Month and weekday names: English, French, German, Spanish, Portuguese, Italian and Dutch month names
 * (full and the usual abbreviations) read as month numbers; English names written out.
 */

const NAMES: Array<[number, string]> = [
  [1, 'january jan janvier januar jänner enero janeiro gennaio januari'],
  [2, 'february feb février fevrier februar febrero fevereiro febbraio februari'],
  [3, 'march mar mars märz maerz marzo março maart'],
  [4, 'april apr avril abril aprile'],
  [5, 'may mai mayo maio maggio mei'],
  [6, 'june jun juin juni junio junho giugno'],
  [7, 'july jul juillet juli julio julho luglio'],
  [8, 'august aug août aout agosto augustus'],
  [9, 'september sep sept septembre septiembre setiembre setembro settembre'],
  [10, 'october oct octobre oktober octubre outubro ottobre'],
  [11, 'november nov novembre noviembre novembro'],
  [12, 'december dec décembre decembre dezember diciembre dezembro dicembre'],
];

/** Month number of a lower-cased month name or abbreviation. */
export const monthNumber: ReadonlyMap<string, number> = new Map(
  NAMES.flatMap(([n, words]) => words.split(' ').map((w) => [w, n] as [string, number])),
);

/** A regex alternation of every month name, longest first (so "sept" wins over "sep"). */
export const MONTH_PATTERN = [...monthNumber.keys()].sort((a, b) => b.length - a.length).join('|');

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** English weekday names, Sunday first (as Date.getUTCDay counts). */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
