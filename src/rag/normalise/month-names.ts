/**
 * @module Month and weekday names: English, French and German month names (full and the usual abbreviations),
 * and Spanish, Portuguese, Italian, Dutch, Indonesian, Catalan, Danish and Slovene ones in full, read as month numbers;
 * English names written out.
 */

// English, French and German: read in every form a date takes ("2 May", "May 2", "Mai 2026").
const NAMES: Array<[number, string]> = [
  [1, 'january jan janvier januar jänner'],
  [2, 'february feb février fevrier februar'],
  [3, 'march mar mars märz maerz'],
  [4, 'april apr avril'],
  [5, 'may mai'],
  [6, 'june jun juin juni'],
  [7, 'july jul juillet juli'],
  [8, 'august aug août aout'],
  [9, 'september sep sept septembre'],
  [10, 'october oct octobre oktober'],
  [11, 'november nov novembre'],
  [12, 'december dec décembre decembre dezember'],
];

// Spanish, Portuguese, Italian, Dutch, Indonesian, Catalan, Danish and Slovene names (Slovene's as a date writes
// them too: "1. septembra 2031"), in full (Catalan's "abril", "octubre" and
// "novembre" are Spanish's or French's): read only in a date that cannot be anything
// else, after "de" or before a year ("18 de septiembre", "3 maart 2027"), as "2 mayo sachets", "Wang Mei 12" and
// "Julio 12" are no dates.
const FOREIGN_NAMES: Array<[number, string]> = [
  [1, 'enero janeiro gennaio januari gener januarja'],
  [2, 'febrero fevereiro febbraio februari febrer februarja'],
  [3, 'marzo março maart maret març marts marec'],
  [4, 'abril aprile aprila'],
  [5, 'mayo maio maggio mei maig maj maja'],
  [6, 'junio junho giugno juny junij junija'],
  [7, 'julio julho luglio juliol julij julija'],
  [8, 'agosto augustus agustus agost avgust avgusta'],
  [9, 'septiembre setiembre setembro settembre setembre septembra'],
  [10, 'octubre outubro ottobre oktobra'],
  [11, 'noviembre novembro novembra'],
  [12, 'diciembre dezembro dicembre desember desembre decembra'],
];

const numbered = (names: Array<[number, string]>) =>
  names.flatMap(([n, words]) => words.split(' ').map((w) => [w, n] as [string, number]));

/** Month number of a lower-cased month name or abbreviation, in any of the languages read. */
export const monthNumber: ReadonlyMap<string, number> = new Map([
  ...numbered(NAMES),
  ...numbered(FOREIGN_NAMES),
]);

const alternation = (names: Array<[number, string]>) =>
  numbered(names)
    .map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .join('|');

/** A regex alternation of the English, French and German month names, longest first ("sept" wins over "sep"). */
export const MONTH_PATTERN = alternation(NAMES);

/** A regex alternation of the other languages' month names (FOREIGN_NAMES), longest first. */
export const FOREIGN_MONTH_PATTERN = alternation(FOREIGN_NAMES);

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
