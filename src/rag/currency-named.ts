/**
 * @module Dated copies under another name: a file whose name carries a year and whose title is another file's name
 * ("allowances-2025.txt", titled "CLAIMS AND ALLOWANCES", beside "claims-and-allowances.csv") is an older copy of
 * that file, when that file carries no year, applies, and took effect later than the dated one says it did (and
 * has taken effect). Days are ISO dates ("2027-10-01"), compared as written.
 */
import { groupBy } from '../core/index.js';
import { EDITION_FROM } from './currency.js';
import { fileName, stem, TITLE_SEPARATOR } from './currency-copies.js';
import { applies, ownStatus, YEAR, YEARS } from './currency-editions.js';
import { TABLE_FROM } from './currency-tables.js';
import { isoDay } from './in-force-until.js';
import type { IndexedDocument } from './knowledge-index.js';

/** The dated copies among documents whose title names an undated file that took effect later, each with its source. */
export function olderNamedCopies(docs: IndexedDocument[], now: Date): Map<string, string> {
  const today = isoDay(now);
  const bySource = groupBy(docs, (d) => d.source);
  const undated = [...bySource].filter(
    ([source, ds]) => !YEAR.test(stem(fileName(source))) && ds.every(applies),
  );
  const older = new Map<string, string>();
  for (const [source, ds] of bySource) {
    const first = ds[0]!;
    if (!YEAR.test(stem(fileName(source))) || ownStatus(first) !== undefined || !ds.every(applies)) continue;
    const name = nameInTitle(first.title);
    const since = takesEffect(first);
    if (!name || !since) continue;
    // Only a copy already in effect replaces it: one that takes effect next year replaces nothing yet.
    const newer = undated.filter(([s, other]) => {
      const from = takesEffect(other[0]!);
      return nameOfFile(s) === name && from !== undefined && from > since && from <= today;
    });
    if (newer.length !== 1) continue;
    for (const d of ds) older.set(d.id, newer[0]![0]);
  }
  return older;
}

// The name a title gives after the organisation's name or a code ("JADE HARBOUR … — CLAIMS AND ALLOWANCES" is
// "claims and allowances"), without years; none for a name of one word, which names no file on its own.
function nameInTitle(title: string | undefined): string | undefined {
  const last = title?.split(TITLE_SEPARATOR).pop();
  const name = words(last?.replace(YEARS, ' ') ?? '');
  return name.includes(' ') ? name : undefined;
}

const nameOfFile = (source: string) => words(stem(fileName(source)));
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();

// The day a document says it took effect: its opening's, or its table's (an ISO date), if it says one.
function takesEffect(doc: IndexedDocument): string | undefined {
  const day = doc.metadata[EDITION_FROM] ?? doc.metadata[TABLE_FROM];
  return typeof day === 'string' ? day : undefined;
}
