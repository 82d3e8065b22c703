/**
 * @module Copies of one table under two names: "oncall-rates.csv" and "standby-and-callout-rates.csv" list the
 * same columns and the same rows (SB-01, SB-02, …) with other figures. A column that holds one date in every row
 * (`review_date: 2027-03-31` against `2028-03-31`, `effective_from:`) says which copy is later; the later one
 * that has begun replaces the other. Read at load (`tableShapeOf`), judged across documents (`olderTables`).
 */
import { createHash } from 'node:crypto';
import { groupBy } from '../core/index.js';
import { dateOf, isoDay } from './in-force-until.js';
import type { IndexedDocument } from './knowledge-index.js';

/** Where a table's rows keep its columns and row keys, hashed: copies of one table share it. */
export const TABLE_SHAPE = 'tableShape';
/** Where a table's rows keep the day its date column says it begins (`effective_from`). */
export const TABLE_FROM = 'tableFrom';
/** Where a table's rows keep the day its date column says it runs to or is next reviewed (`review_date`). */
export const TABLE_UNTIL = 'tableUntil';

type Row = Record<string, unknown>;

/** The metadata every row of a table carries: its shape, and the day its date column gives, if one does. */
export function tableShapeOf(rows: Row[]): Record<string, string> {
  const columns = rows[0] ? Object.keys(rows[0]) : [];
  // One row is no table to have copies of; nor is one column.
  if (rows.length < 2 || columns.length < 2) return {};
  const keys = rows.map((r) => String(r[columns[0]!] ?? '').trim()).sort();
  const shape = createHash('sha1')
    .update(JSON.stringify([columns, keys]))
    .digest('hex')
    .slice(0, 16);
  return { [TABLE_SHAPE]: shape, ...tableDay(rows, columns) };
}

// The one date a column named for when the table applies holds in every row.
function tableDay(rows: Row[], columns: string[]): Record<string, string> {
  for (const column of columns) {
    const kind = FROM_COLUMN.test(column) ? TABLE_FROM : UNTIL_COLUMN.test(column) ? TABLE_UNTIL : undefined;
    if (!kind) continue;
    const days = new Set(rows.map((r) => dateOf(r[column])));
    const [day] = days;
    if (days.size === 1 && day) return { [kind]: day };
  }
  return {};
}

const FROM_COLUMN =
  /^(?:effective|effective[_ -]?(?:from|date)|valid[_ -]?from|applies[_ -]?from|in[_ -]?force[_ -]?from|rates?[_ -]?from|start[_ -]?date|issued|issue[_ -]?date|as[_ -]?of)$/i;
const UNTIL_COLUMN =
  /^(?:review|review[_ -]?date|next[_ -]?review(?:[_ -]?date)?|review[_ -]?by|valid[_ -]?(?:until|to)|effective[_ -]?(?:until|to)|expires|expiry(?:[_ -]?date)?|end[_ -]?date)$/i;

/**
 * The rows of older copies of one table, each with the source of the copy that replaces it: among files of one
 * shape that each give a day, the one of the latest day replaces the rest, once it has begun (a review or an end
 * day has always begun: it is the later copy's). Two copies of the same day decide nothing.
 */
export function olderTables(docs: IndexedDocument[], now: Date): Map<string, string> {
  const today = isoDay(now);
  const older = new Map<string, string>();
  const shaped = docs.filter((d) => typeof d.metadata[TABLE_SHAPE] === 'string');
  for (const group of groupBy(shaped, (d) => d.metadata[TABLE_SHAPE] as string).values()) {
    const files = [...groupBy(group, (d) => d.source)].map(([source, rows]) => ({
      source,
      rows,
      day: dayOf(rows[0]!),
    }));
    // A start day and a review day are not compared.
    const kinds = new Set(
      files.map((f) => (f.rows[0]!.metadata[TABLE_FROM] === undefined ? 'until' : 'from')),
    );
    if (files.length < 2 || files.some((f) => !f.day) || kinds.size > 1) continue;
    const begun = files.filter((f) => f.rows[0]!.metadata[TABLE_FROM] === undefined || f.day! <= today);
    const latest = begun.reduce<(typeof files)[number] | undefined>(
      (a, f) => (!a || f.day! > a.day! ? f : a),
      undefined,
    );
    if (!latest || files.some((f) => f !== latest && f.day === latest.day)) continue;
    for (const f of files)
      if (f.day! < latest.day!) for (const row of f.rows) older.set(row.id, latest.source);
  }
  return older;
}

const dayOf = (doc: IndexedDocument) =>
  (doc.metadata[TABLE_FROM] ?? doc.metadata[TABLE_UNTIL]) as string | undefined;
