/**
 * @module How long a document says it applies: "These rates apply from 1 April 2025 and are effective until 31
 * March 2026", `valid_until: 2026-03-31`, `expires:`. Read at load into `metadata.inForceUntil` (an ISO date);
 * the judgement across documents (`currency-across.ts`) marks the document superseded once that day has passed,
 * at every ingest, so a notice that runs out while nothing changes is judged on the next one.
 */
import type { LoadedDocument } from './document.js';
import { MONTH_PATTERN, monthNumber } from './normalise/index.js';

/** Where a document keeps the last day it says it applies (an ISO date). */
export const IN_FORCE_UNTIL = 'inForceUntil';

/** The last day `doc` says it applies, as an ISO date: from a field, or said in its opening lines. */
export function inForceUntil(doc: LoadedDocument): string | undefined {
  for (const field of UNTIL_FIELDS) {
    const date = dateOf(doc.metadata[field]);
    if (date) return date;
  }
  const said = openingOf(doc, OPENING).match(UNTIL_SAID)?.[1];
  return said ? dateOf(said) : undefined;
}

/** The text a document opens with, up to `length` characters: where it says what it is and when it applies. */
export function openingOf(doc: LoadedDocument, length: number): string {
  let opening = '';
  for (const b of doc.blocks) {
    if (opening.length >= length) break;
    opening += `${b.text}\n`;
  }
  return opening.slice(0, length);
}

const OPENING = 800;
const UNTIL_FIELDS = [
  'valid_until',
  'validUntil',
  'valid_to',
  'in_force_until',
  'effective_until',
  'effectiveUntil',
  'effective_to',
  'effectiveTo',
  'expires',
  'expiry',
  'expiry_date',
  'expiryDate',
];

const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DATE = `\\d{4}-\\d{2}-\\d{2}|${DAY}\\s+(?:${MONTH_PATTERN})\\.?,?\\s+\\d{4}|(?:${MONTH_PATTERN})\\.?\\s+${DAY},?\\s+\\d{4}`;
// Said of the document or what it sets ("are effective until", "remain in force until", "valid to"); a date
// must follow, so "applies to all staff" is no end.
const UNTIL_SAID = new RegExp(
  `\\b(?:effective|valid|in force|in effect|appl(?:y|ies))\\s+(?:until|till|to|through|up to and including)\\s+(${DATE})\\b`,
  'i',
);

// An ISO date from a field's value (a string or a YAML date) or a date written out ("31 March 2026").
function dateOf(value: unknown): string | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = text.match(
    new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})$`),
  );
  if (dayFirst) return validDate(Number(dayFirst[3]), monthNumber.get(dayFirst[2]!)!, Number(dayFirst[1]));
  const monthFirst = text.match(
    new RegExp(`^(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`),
  );
  if (monthFirst)
    return validDate(Number(monthFirst[3]), monthNumber.get(monthFirst[1]!)!, Number(monthFirst[2]));
  return undefined;
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
