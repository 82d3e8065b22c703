/**
 * @module Quantities a question names ("6 years' service", "joined two years ago", "the first 10,000 miles") and
 * the bands tables put them in ("Under 3 years", "5 to 10 years", "10 years or more", "over 10,000 miles"): a
 * table row whose band holds the question's quantity answers it, one whose bands all miss it does not, and a
 * row with a band per column ("Under 3 years: 25 · 3 to 5 years: 26") is cut down to the column that holds it.
 */
import { clockAt } from './answer-shapes.js';

/** An amount of one unit, in that unit's base (days for lengths of time). */
export interface Quantity {
  value: number;
  /** A unit's kind, or a series of grade codes by their letter (`code:E` for E1, E2…). */
  dimension: 'time' | 'hours' | 'miles' | 'km' | 'people' | `code:${string}`;
}

interface Band {
  dimension: Quantity['dimension'];
  low: number;
  high: number;
  /** Whether `high` itself is in the band ("up to 5" yes, "under 5" no). */
  closed: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

const UNITS: Record<string, [Quantity['dimension'], number]> = {
  year: ['time', 365],
  yr: ['time', 365],
  month: ['time', 30.4],
  week: ['time', 7],
  day: ['time', 1],
  hour: ['hours', 1],
  hr: ['hours', 1],
  mile: ['miles', 1],
  km: ['km', 1],
  kilometre: ['km', 1],
  kilometer: ['km', 1],
  // How many a plan, a room or a booking is for ("for six people" is no "for four people" plan).
  people: ['people', 1],
  person: ['people', 1],
  adult: ['people', 1],
  guest: ['people', 1],
};

const NUM = `(\\d[\\d,]*(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = `(years?|yrs?|months?|weeks?|days?|hours?|hrs?|miles?|km|kilomet(?:re|er)s?|people|persons?|adults?|guests?)\\b`;

/** The first quantity with a unit in a text, as written ("35 years"). */
export const QUANTITY_WORDS = new RegExp(`\\b${NUM}[\\s-]*${UNIT}`, 'i');

function numberOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word.replace(/,/g, ''));
}

function unitOf(word: string): [Quantity['dimension'], number] {
  const w = word.toLowerCase().replace(/s$/, '');
  return UNITS[w] ?? UNITS[w.replace(/e$/, '')] ?? ['time', 1];
}

const WORK_PATTERN = /^\s+(?:a|per|each|every)\s+(?:week|fortnight|month|year)\b/i;

/** The quantities with a unit a question names, each in its unit's base. */
export function questionQuantities(question: string): Quantity[] {
  const out: Quantity[] = [];
  // "3 days a week" is a pattern of work, not a length of time: no band of service holds it ("20 hours a week"
  // and "12,000 miles a year" stay quantities: bands of hours and miles hold them).
  for (const m of question.matchAll(new RegExp(`\\b${NUM}[\\s-]*${UNIT}`, 'gi'))) {
    if (/^(?:days?|weeks?)$/i.test(m[2]!) && WORK_PATTERN.test(question.slice(m.index! + m[0].length)))
      continue;
    // "from Saturday 2200hrs" is a time of day on the 24-hour clock, not 2200 hours.
    if (clockAt(question, m.index!)) continue;
    // "the most overtime in one month" asks for a rate, per month: one of the unit is no length asked about.
    if (numberOf(m[1]!) === 1 && RATE_BEFORE.test(question.slice(Math.max(0, m.index! - 24), m.index!)))
      continue;
    const [dimension, factor] = unitOf(m[2]!);
    out.push({ value: numberOf(m[1]!) * factor, dimension });
  }
  return [...out, ...gradeCodes(question)];
}

const RATE_BEFORE = /\b(?:in|per|each|every)\s+(?:a\s+single\s+)?$/i;

// A grade or band: up to three capitals and a number ("I'm an E2", "band TM3"): a table's range of the same
// letters holds it ("E1–E3"), one of other numbers does not ("E4–E6"), and another letter's says nothing.
function gradeCodes(text: string): Quantity[] {
  return [...text.matchAll(GRADE_CODE)].map((m) => ({
    dimension: `code:${m[1]!.toUpperCase()}` as const,
    value: Number(m[2]),
  }));
}

// Only where the text says it is one: after "grade", "band" or "level", after "I'm (an)", "as an", or in
// brackets ("(O1, 37.5 hrs)"): "A4 paper", "Q3", "a B1 visa" and "the M6 toll" are no grades.
const GRADE_CODE =
  /(?:\b(?:grade|band|level)\s*:?\s*|\b(?:i['’]?m|i am|as)\s+(?:an?\s+)?|\(\s*)([A-Z]{1,3})(\d{1,2})(?![\p{L}\d]|\s*(?:–|—|-|to)\s*[A-Z]?\d)/giu;

// Bands in a piece of a table row, most specific pattern first; each match is blanked so it is read once.
// Each pattern's groups are numbers and units in the order `band` reads them.
const BAND_PATTERNS: Array<[RegExp, (g: string[]) => Band]> = [
  [
    new RegExp(`\\b${NUM}[\\s-]*${UNIT}\\s*(?:to|–|—|-)\\s*${NUM}[\\s-]*${UNIT}`, 'gi'),
    ([a, u, b, v]) => span(a!, u!, b!, v!),
  ],
  [new RegExp(`\\bbetween ${NUM} and ${NUM}[\\s-]*${UNIT}`, 'gi'), ([a, b, u]) => span(a!, u!, b!, u!)],
  [
    new RegExp(`\\b${NUM}\\s*(?:to|–|—|-)\\s*${NUM}[\\s-]*${UNIT}`, 'gi'),
    ([a, b, u]) => span(a!, u!, b!, u!),
  ],
  // A range of grade codes ("E1–E3", "W1-W2", "G1 to G3"), and one open above ("M3 and above", "M3+").
  [
    /\b([A-Z]{1,3})(\d{1,2})\s*(?:–|—|-|to)\s*\1(\d{1,2})\b/g,
    ([letter, a, b]) => ({ dimension: `code:${letter}`, low: Number(a), high: Number(b), closed: true }),
  ],
  [
    /\b([A-Z]{1,3})(\d{1,2})\s*(?:\+|\b(?:and above|or above|and over)\b)/g,
    ([letter, a]) => ({
      dimension: `code:${letter}`,
      low: Number(a),
      high: Number.POSITIVE_INFINITY,
      closed: true,
    }),
  ],
  // One grade in a cell that names its column ("Grade: E2"), read once the ranges are: a band of its own.
  [
    /\b(?:grade|band|level)\s*:\s*([A-Z]{1,3})(\d{1,2})\b/gi,
    ([letter, a]) => ({
      dimension: `code:${letter!.toUpperCase()}`,
      low: Number(a),
      high: Number(a),
      closed: true,
    }),
  ],
  [
    new RegExp(`\\b(?:under|less than|fewer than|below)\\s+${NUM}[\\s-]*${UNIT}`, 'gi'),
    ([a, u]) => ({ ...span('0', u!, a!, u!), closed: false }),
  ],
  [
    new RegExp(`\\b(?:up to|first|no more than|not more than)\\s+${NUM}[\\s-]*${UNIT}`, 'gi'),
    ([a, u]) => span('0', u!, a!, u!),
  ],
  [
    new RegExp(`\\b(?:over|more than|above|after|beyond)\\s+${NUM}[\\s-]*${UNIT}`, 'gi'),
    ([a, u]) => ({ ...span(a!, u!, 'Infinity', u!), closed: false }),
  ],
  [
    new RegExp(`\\b${NUM}\\+?[\\s-]*${UNIT}\\s*(?:or more|or over|and over|plus|\\+)`, 'gi'),
    ([a, u]) => span(a!, u!, 'Infinity', u!),
  ],
];

// A closed band from two amounts, each with its unit ("6 months to 5 years").
function span(low: string, lowUnit: string, high: string, highUnit: string): Band {
  const [dimension, lowFactor] = unitOf(lowUnit);
  const highFactor = unitOf(highUnit)[1];
  const value = (w: string) => (w === 'Infinity' ? Number.POSITIVE_INFINITY : numberOf(w));
  return { dimension, low: value(low) * lowFactor, high: value(high) * highFactor, closed: true };
}

/** The bands a piece of text states, and the text left once they are read. */
function bandsIn(text: string): Band[] {
  return readBands(text).bands;
}

function readBands(text: string): { bands: Band[]; rest: string } {
  let rest = text;
  const bands: Band[] = [];
  for (const [re, band] of BAND_PATTERNS) {
    rest = rest.replace(re, (...m: string[]) => {
      bands.push(band(m.slice(1, -2)));
      return ' ';
    });
  }
  return { bands, rest };
}

const holds = (b: Band, q: Quantity) =>
  b.dimension === q.dimension && q.value >= b.low && (b.closed ? q.value <= b.high : q.value < b.high);

/**
 * How a table row's bands fit the question's quantities: 1 when one of its bands holds one, -1 when it states
 * bands of that kind and none holds it, 0 when it states none (or is not a table row).
 */
export function rangeFit(rowText: string, quantities: Quantity[]): -1 | 0 | 1 {
  if (!quantities.length || !rowText.includes(' · ')) return 0;
  const bands = bandsIn(withColumnUnits(rowText)).filter((b) =>
    quantities.some((q) => q.dimension === b.dimension),
  );
  if (!bands.length) return 0;
  return bands.some((b) => quantities.some((q) => holds(b, q))) ? 1 : -1;
}

// "Completed years: 10 or more": a band of service whose unit only its column names is read with that unit
// ("10 years or more"), after its last number.
function withColumnUnits(rowText: string): string {
  return rowText
    .split(' · ')
    .map((cell) => {
      const m = cell.match(COLUMN_UNIT);
      if (!m || UNIT_WORD.test(m[3]!)) return cell;
      return `${m[1]}: ${m[3]!.replace(/(\d[\d.,]*)(?!.*\d)/, `$1 ${m[2]}`)}`;
    })
    .join(' · ');
}

// Only a column of length of service ("Completed years", "Years of service", "Continuous service (months)"):
// "Miles per year: first 10,000" is no band of years.
const COLUMN_UNIT =
  /^((?=[^:]*\b(?:completed|service|continuous|employed|tenure)\b)(?![^:]*\b(?:per|a)\s+(?:years?|months?)\b)[^:]*\b(years?|months?)\b[^:]*):\s*(.*\d.*)$/i;
// A value that names its own unit keeps it.
const UNIT_WORD = new RegExp(`\\b${UNIT}`, 'i');

/**
 * A table row with a band per column ("Grade: G4 · Under 3 years: 25 · 3 to 5 years: 26"), cut down to the cells
 * whose band holds the question's quantity and the cells without a band; unchanged unless exactly one band fits.
 */
export function narrowRow(rowText: string, quantities: Quantity[]): string {
  if (!quantities.length) return rowText;
  const cells = rowText.split(' · ');
  const banded = cells.map((cell) => {
    const label = cell.includes(': ') ? cell.slice(0, cell.indexOf(': ')) : '';
    const bands = bandsIn(label).filter((b) => quantities.some((q) => q.dimension === b.dimension));
    return bands.length ? bands.some((b) => quantities.some((q) => holds(b, q))) : undefined;
  });
  if (banded.filter((fit) => fit !== undefined).length < 2 || banded.filter(Boolean).length !== 1)
    return rowText;
  return cells.filter((_, i) => banded[i] !== false).join(' · ');
}

/**
 * Whether a piece of text speaks of the question's quantities: 1 when it states one of them or a band that
 * holds one ("10 years or more" for "25 years"), -1 when it states amounts of that kind and none fits
 * ("35 hours every 5 years" is not about "35 years' service"; "25 years" is not "35 years"), 0 when it states none.
 */
export function quantityFit(text: string, quantities: Quantity[]): -1 | 0 | 1 {
  if (!quantities.length) return 0;
  const { bands, rest } = readBands(text);
  const same = (d: Quantity['dimension']) => quantities.some((q) => q.dimension === d);
  const stated = [
    ...bands.filter((b) => same(b.dimension)),
    ...questionQuantities(rest)
      .filter((v) => same(v.dimension))
      .map(exactBand),
  ];
  if (!stated.length) return 0;
  return stated.some((b) => quantities.some((q) => holds(b, q))) ? 1 : -1;
}

// One amount as a band of its own, with a little room for rounding ("12 months" is 365 days, near enough).
const exactBand = (q: Quantity): Band => ({
  dimension: q.dimension,
  low: q.value * 0.97,
  high: q.value * 1.03,
  closed: true,
});
