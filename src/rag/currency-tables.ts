/**
 * @module Copies of one table under two names: "oncall-rates.csv" and "standby-and-callout-rates.csv" list the
 * same columns and the same rows (SB-01, SB-02, …) saying the same things, with other figures. A column that holds
 * one date in every row (`review_date: 2027-03-31` against `2028-03-31`, `effective_from:`) says which copy is
 * later; the later one that has begun, and applies, replaces the other. Read at load (`tableShapeOf`), judged
 * across documents (`olderTables`).
 */
import { createHash } from 'node:crypto';
import { groupBy } from '../core/index.js';
import { fileName, folderOf, stem } from './currency-copies.js';
import { applies, YEAR, YEARS } from './currency-editions.js';
import { dateOf, isoDay } from './in-force-until.js';
import type { IndexedDocument } from './knowledge-index.js';
import { placeOf } from './wordnet/index.js';

/** Where a table's rows keep its columns and row keys, hashed: copies of one table share it. */
export const TABLE_SHAPE = 'tableShape';
/** Where a table's row keeps its key (its first cell) and what its cells of words say, hashed. */
export const TABLE_ROW = 'tableRow';
/**
 * Where a table's row keeps its key when that is a code ("TX-01", "SB-2"), hashed with its column's name: a table
 * redrawn with other columns still lists the same coded items.
 */
export const TABLE_CODE = 'tableCode';
/** Where a coded row keeps the name of its table's key column ("code", "grade"). */
export const TABLE_KEY = 'tableKey';
/** Where a table's rows keep the day its date column says it begins (`effective_from`). */
export const TABLE_FROM = 'tableFrom';
/** Where a table's rows keep the day its date column says it runs to or is next reviewed (`review_date`). */
export const TABLE_UNTIL = 'tableUntil';

type Row = Record<string, unknown>;

const hash = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** The metadata each row of a table carries: the table's shape and day, and the row's key and words. */
export function tableShapeOf(rows: Row[]): Array<Record<string, string>> {
  const columns = rows[0] ? Object.keys(rows[0]) : [];
  // One row is no table to have copies of; nor is one column.
  if (rows.length < 2 || columns.length < 2) return rows.map(() => ({}));
  const key = (r: Row) => String(r[columns[0]!] ?? '').trim();
  const shape = { [TABLE_SHAPE]: hash([columns, rows.map(key).sort()]), ...tableDay(rows, columns) };
  // A copy changes figures, dates and notes; what its cells that name say (a site, a person, a payment) stays.
  const naming = columns.slice(1).filter((c) => !NOTES_COLUMN.test(c));
  const words = (r: Row) => naming.map((c) => (isFigure(r[c]) || isProse(r[c]) ? '' : String(r[c]).trim()));
  // Only a table whose every row is keyed by a code lists coded items (a table of some codes lists other things).
  const coded = rows.every((r) => isCode(key(r)));
  // A printable separator: PostgreSQL's jsonb holds no NUL.
  return rows.map((r) => ({
    ...shape,
    [TABLE_ROW]: `${hash(key(r))}:${hash(words(r))}`,
    ...(coded ? { [TABLE_CODE]: hash([columns[0], key(r)]), [TABLE_KEY]: columns[0]! } : {}),
  }));
}

// A code names an item: capitals then digits ("TX-01", "SB2", "HR09", "G1"); not a month, a quarter, a financial
// year or a date ("Jan-2026", "Q1", "FY2027").
const isCode = (key: string) => CODE.test(key) && !NOT_CODE.test(key) && dateOf(key) === undefined;
const CODE = /^\p{Lu}{1,4}[-_./]?\d{1,4}\p{Lu}?$/u;
const NOT_CODE = /^(?:FY|Q|H|W|WK)[-_./]?\d/i;

// A cell that holds a figure ("25.00", "Time and a half, minimum 2 hours") or a date is what a copy changes.
const isFigure = (value: unknown) => {
  const text = String(value ?? '').trim();
  return !text || /\d/.test(text) || dateOf(text) !== undefined;
};
const isProse = (value: unknown) =>
  String(value ?? '')
    .trim()
    .split(/\s+/).length > PROSE_WORDS;
const PROSE_WORDS = 8;
const NOTES_COLUMN = /^(?:notes?|comments?|remarks?|descriptions?|details|explanation|guidance)$/i;

// The day a column named for when the table applies gives most of its rows, when it dates every row.
function tableDay(rows: Row[], columns: string[]): Record<string, string> {
  for (const column of columns) {
    const kind = FROM_COLUMN.test(column) ? TABLE_FROM : UNTIL_COLUMN.test(column) ? TABLE_UNTIL : undefined;
    if (!kind) continue;
    const days = rows.map((r) => dateOf(r[column]));
    // Every row dated: the table's day is the one most of its rows give ("effective_from: 2030-01-01" but for a
    // row added on 2030-10-01, which carries its own day).
    const day = days.every(Boolean) ? mostRows(days as string[]) : undefined;
    if (day) return { [kind]: day };
  }
  return {};
}

// The value more than half of the values are; undefined when none is.
function mostRows(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].find(([, n]) => n * 2 > values.length)?.[0];
}

const FROM_COLUMN =
  /^(?:effective|effective[_ -]?(?:from|date)|valid[_ -]?from|applies[_ -]?from|in[_ -]?force[_ -]?from|rates?[_ -]?from|start[_ -]?date|issued|issue[_ -]?date|as[_ -]?of)$/i;
const UNTIL_COLUMN =
  /^(?:review|review[_ -]?date|next[_ -]?review(?:[_ -]?date)?|review[_ -]?by|valid[_ -]?(?:until|to)|effective[_ -]?(?:until|to)|expires|expiry(?:[_ -]?date)?|end[_ -]?date)$/i;

/**
 * The rows of older copies of one table, and of tables redrawn with other columns (`redrawnTables`), each with the
 * source of the copy that replaces it: among files of one
 * shape that each give a day of one kind, the one of the latest day replaces the rest, once it has begun (a review
 * or an end day has always begun: it is the later copy's) and if it applies, when most of their rows say in words
 * what its rows say. Copies of one day decide nothing; nor do files in other folders, files whose names carry
 * years (`earlierYears` judges those) or name other places ("rates-leeds.csv", "rates-glasgow.csv").
 */
export function olderTables(docs: IndexedDocument[], now: Date): Map<string, string> {
  const older = new Map<string, string>();
  const shaped = docs.filter((d) => typeof d.metadata[TABLE_SHAPE] === 'string');
  for (const group of groupBy(shaped, (d) => d.metadata[TABLE_SHAPE] as string).values()) {
    const files = [...groupBy(group, (d) => d.source)].map(([source, rows]) => ({ source, rows }));
    const latest = latestCopy(files, isoDay(now));
    if (!latest) continue;
    for (const f of files)
      if (f !== latest && sameTable(f, latest)) for (const row of f.rows) older.set(row.id, latest.source);
  }
  for (const [id, source] of redrawnTables(shaped, now)) if (!older.has(id)) older.set(id, source);
  return older;
}

/**
 * Tables redrawn with other columns or rows ("item, amount_sgd, valid_from" against "claim, rate_sgd, cap_sgd,
 * effective_from") in one folder: when most coded items of one (TX-01, TX-02, …) are listed by another whose start
 * day is later, has begun and applies, whose name shares a word for what they list and names a later year, the
 * later one replaces it. Items named in words say too little across other columns; codes say which item is which,
 * and the year in the name that it is a new edition, not another table of the same items.
 */
function redrawnTables(shaped: IndexedDocument[], now: Date): Map<string, string> {
  const older = new Map<string, string>();
  // Only a day a table begins on says which drawing came later: a review day is no edition's.
  const coded = shaped.filter(
    (d) => typeof d.metadata[TABLE_CODE] === 'string' && typeof d.metadata[TABLE_FROM] === 'string',
  );
  const files = [...groupBy(coded, (d) => d.source)].map(([source, rows]) => ({ source, rows }));
  for (const folder of groupBy(files, (f) => folderOf(f.source)).values())
    for (const f of folder) {
      const later = folder.filter(
        (g) => g !== f && sameItems(f, g) && namedAlike(f, g) && namesEdition(g, f),
      );
      const latest = latestCopy([f, ...later], isoDay(now));
      if (latest && latest !== f && !placesApart(...names(f, latest)))
        for (const row of f.rows) older.set(row.id, latest.source);
    }
  return older;
}

// Whether most of one file's coded items (at least MIN_CODED) are listed by another.
function sameItems(a: TableFile, b: TableFile): boolean {
  if (a.rows.length < MIN_CODED || a.rows[0]!.metadata[TABLE_SHAPE] === b.rows[0]!.metadata[TABLE_SHAPE])
    return false;
  const listed = new Set(b.rows.map((r) => r.metadata[TABLE_CODE]));
  return a.rows.filter((r) => listed.has(r.metadata[TABLE_CODE])).length >= a.rows.length * SAME_ROWS;
}

const MIN_CODED = 3;

// Whether two files' names share a word for what they list ("transport-and-meal-claims", "staff-claim-rates"): not
// the key's own word ("grades" and "leave-by-grade" both list grades, of different things), nor a word any file
// may carry.
function namedAlike(a: TableFile, b: TableFile): boolean {
  const keyWords = new Set(singular(String(a.rows[0]!.metadata[TABLE_KEY] ?? '')));
  const [wa, wb] = names(a, b).map(
    (n) => new Set(singular(n).filter((w) => !keyWords.has(w) && !GENERIC.has(w))),
  );
  return [...wa!].some((w) => wb!.has(w));
}

// Whether the later drawing's name says which edition it is, a year later than any the other's name gives
// ("staff-claim-rates-fy2027" against "transport-and-meal-claims"): two live tables of the same items
// ("annual-leave-by-grade", "leave-carry-over-by-grade") name none.
function namesEdition(later: TableFile, earlier: TableFile): boolean {
  const [own, other] = names(later, earlier).map(yearsIn);
  return own!.length > 0 && Math.max(...own!) > Math.max(0, ...other!);
}

// The years a file name gives: "2027", "fy2027", and a financial year's two digits, "fy27".
const yearsIn = (name: string) => [
  ...[...name.matchAll(YEARS)].map((m) => Number(m[0])),
  ...[...name.toLowerCase().matchAll(/fy(\d\d)(?!\d)/g)].map((m) => 2000 + Number(m[1])),
];

// The words of a name that may say what it lists: four letters or more (not "by", "and", "of"), a plural's "s"
// taken off so "claims" meets "claim" (not a double "ss": "class").
const singular = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4)
    .map((w) => w.replace(/(?<=[^s])s$/, ''));
const GENERIC = new Set([
  'staff',
  'data',
  'table',
  'list',
  'export',
  'current',
  'final',
  'copy',
  'rate',
  'file',
]);
const names = (a: TableFile, b: TableFile): [string, string] => [
  stem(fileName(a.source)),
  stem(fileName(b.source)),
];

interface TableFile {
  source: string;
  rows: IndexedDocument[];
}

const dayOf = (f: TableFile) =>
  (f.rows[0]!.metadata[TABLE_FROM] ?? f.rows[0]!.metadata[TABLE_UNTIL]) as string;

// The copy of the latest day, when every copy gives a day of one kind, that day has begun, no other copy gives it,
// and the copy applies.
function latestCopy(files: TableFile[], today: string): TableFile | undefined {
  const kinds = new Set(files.map((f) => (f.rows[0]!.metadata[TABLE_FROM] === undefined ? 'until' : 'from')));
  if (files.length < 2 || kinds.size > 1 || files.some((f) => !dayOf(f))) return undefined;
  // A later copy that does not apply (a draft) is passed over for the latest that does.
  const begun = files.filter(
    (f) => (f.rows[0]!.metadata[TABLE_FROM] === undefined || dayOf(f) <= today) && f.rows.every(applies),
  );
  const latest = begun.reduce<TableFile | undefined>(
    (a, f) => (!a || dayOf(f) > dayOf(a) ? f : a),
    undefined,
  );
  if (!latest || files.some((f) => f !== latest && dayOf(f) === dayOf(latest))) return undefined;
  return latest;
}

// Two files are copies of one table when they sit in one folder, neither name carries a year or a place the other
// does not, and most rows say the same in words.
function sameTable(a: TableFile, b: TableFile): boolean {
  if (dayOf(a) >= dayOf(b) || folderOf(a.source) !== folderOf(b.source)) return false;
  const [nameA, nameB] = names(a, b);
  if (YEAR.test(nameA!) || YEAR.test(nameB!) || placesApart(nameA!, nameB!)) return false;
  const said = new Set(b.rows.map((r) => r.metadata[TABLE_ROW]));
  const same = a.rows.filter((r) => said.has(r.metadata[TABLE_ROW])).length;
  return same >= a.rows.length * SAME_ROWS;
}

const SAME_ROWS = 0.75;

// A place one file's name gives and the other's does not ("leeds" of "rates-leeds").
function placesApart(a: string, b: string): boolean {
  const words = (name: string) => new Set(name.split(/[^\p{L}]+/u).filter(Boolean));
  const [wa, wb] = [words(a), words(b)];
  const only = [...[...wa].filter((w) => !wb.has(w)), ...[...wb].filter((w) => !wa.has(w))];
  return only.some((w) => w.length > 2 && placeOf(w) !== undefined);
}
