/**
 * @module How a document's currency is kept in its metadata and read back: the statuses a filter reads, where a
 * judgement names the document it comes from (or the day that passed), and the status a reader must be shown.
 */

/** The status of a document that declares none (or a word tandem does not know), as a filter on `status` reads it. */
export const STATUS_UNSAID = 'current';

/** The statuses a filter reads as stored; any other value, or none, is `STATUS_UNSAID`. */
export const STATUSES_KEPT = ['superseded', 'draft'];

/** Where a status judged from another document (`currency-across.ts`) keeps that document's source. */
export const JUDGED_FROM = 'supersededByDocument';
/** What a judgement comes from when no document replaced the one judged: the day it said it applied until passed. */
export const EXPIRED = 'expired:';

/** The document another one says replaced this one (judged across documents at ingest), if any. */
export function replacedBy(metadata: Record<string, unknown>): string | undefined {
  const from = judgedFrom(metadata);
  return from?.startsWith(EXPIRED) ? undefined : from;
}

/** The last day a document said it applies, once it has passed and the document is judged superseded for it. */
export function expiredAfter(metadata: Record<string, unknown>): string | undefined {
  const from = judgedFrom(metadata);
  return from?.startsWith(EXPIRED) ? from.slice(EXPIRED.length) : undefined;
}

/** What a judgement of a document's status comes from, as stored: a document, or `expired:` and a day. */
export function judgedFrom(metadata: Record<string, unknown>): string | undefined {
  const from = metadata[JUDGED_FROM];
  return typeof from === 'string' ? from : undefined;
}

/**
 * How a reader is told where a judgement comes from: "replaced by docs/travel.md", or for a register's row (a data
 * file's record lists the document; it replaces nothing) "marked so in docs/data/register.json".
 */
export function judgedFromLabel(from: string): string {
  // A register's record (a row of a data file, "register.json#6") marks a document; a whole data file of a later
  // year ("rents-2026-27.csv") replaces one.
  const file = from.replace(/#.*$/, '');
  return DATA_FILE.test(file) && file !== from ? `marked so in ${file}` : `replaced by ${from}`;
}

/** A data file's name: its records list documents; they are not documents of their own. */
export const DATA_FILE = /\.(?:json|jsonl|ndjson|csv)$/i;

/** The status a reader must be warned of (`superseded` or `draft`); a current document needs no label. */
export function statusToShow(metadata: Record<string, unknown>): 'superseded' | 'draft' | undefined {
  const status = metadata.status;
  return status === 'superseded' || status === 'draft' ? status : undefined;
}
