/**
 * @module The edition a document's opening says it is: its year ("2026 edition", "Effective:  01/01/2025", "These
 * rules apply from 1st August 2023", "Issued: 2 February 2025") and, when the opening names the month, the day it
 * takes effect ("This edition takes effect on 1 December 2027"). Read at load into `metadata.editionSaid` and
 * `metadata.editionFrom` (see `withStatus`).
 */
import { type LoadedDocument, openingOf } from './document.js';
import { firstDayWritten } from './in-force-until.js';
import { FOREIGN_MONTH_PATTERN, MONTH_PATTERN } from './normalise/index.js';

/**
 * Whether a document is a data file's record (a CSV row, a JSON record): its cells and "status:" lines are its
 * record's, no header of its own.
 */
export const isRecords = (doc: LoadedDocument) =>
  doc.metadata.format === 'json' || doc.metadata.format === 'csv';

// The day the edition a document's opening declares takes effect ("This edition takes effect on 1 December
// 2027"), when the opening says its month; a year alone says no day.
export function editionFrom(doc: LoadedDocument, year: number | undefined): string | undefined {
  const opening = openingOf(doc, EDITION_OPENING);
  // "2027 edition. This edition takes effect on 1 December 2027": any phrase of the opening may say the day.
  const written = [...opening.matchAll(new RegExp(EDITION_LINE.source, 'gi'))].map(
    (m) => firstDayWritten(m[0]) ?? dayOfFigures(m[0]),
  );
  const fields = Object.entries(doc.metadata)
    .filter(([k]) => EDITION_FIELD.test(k))
    .map(([, v]) => isoDayOf(v));
  const header = isRecords(doc) ? undefined : opening.match(EFFECTIVE_HEADER);
  // Without an edition year of the opening's own, a field's day alone ("effective: 2027-12-01").
  if (year === undefined) return fields.find(Boolean);
  const from = isRecords(doc) ? undefined : opening.match(FROM_HEADER)?.[0];
  const inEffect = isRecords(doc) ? undefined : opening.match(IN_EFFECT_FROM)?.[0];
  const days = [
    ...written,
    ...fields,
    header ? dayOfFigures(header[0]) : undefined,
    from ? (firstDayWritten(from) ?? dayOfFigures(from)) : undefined,
    inEffect ? dayOfFigures(inEffect) : undefined,
  ];
  return days.find((day) => day?.startsWith(String(year)));
}

/**
 * Metadata fields that state an edition or when it takes effect ("benefit_year: 2027", "effective: 2027-01-01");
 * not when a document was reviewed, nor when a thing it speaks of starts.
 */
export const EDITION_FIELD =
  /^(?:edition|benefit_year|policy_year|plan_year|effective|effective_from|effective_date|valid_from|rates_from|coverage_from)$/i;

// An ISO day from a field's value: a YAML date or a string that opens with one.
function isoDayOf(value: unknown): string | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value.match(/^\d{4}-\d{2}-\d{2}/)?.[0] : undefined;
}

// A header's day in figures ("Effective:  15/12/2027"), when the figures tell day from month (one is over 12), or
// written with dots, day first as every country that writes them so does ("Effective 01.11.2028").
function dayOfFigures(line: string): string | undefined {
  const m = line.match(/(\d{1,2})([/.-])(\d{1,2})[/.-]((?:19|20)\d\d)/);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[3])];
  const [day, month] = a > 12 || m[2] === '.' ? [a, b] : b > 12 ? [b, a] : [0, 0];
  // A day the calendar has: not 31.02 nor a month 00.
  const real = new Date(Date.UTC(Number(m[4]), month - 1, day)).getUTCDate() === day;
  return day && month >= 1 && month <= 12 && real
    ? `${m[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    : undefined;
}

// The year of the edition a document's opening declares: "2026 edition", "Edition: 2026", "effective September 1,
// 2026", "Vigente desde el 1 de febrero de 2031", "in force from 1 March 2027", "These rules are in effect from 01/09/2035", "This edition takes effect on 1 March 2027", "Edition 3 · March 2023", "comes into force on…", "Rates from January 1, 2027", "Effective:  01/01/2025", "These rules apply
// from 1st August 2023". Read in its first lines only, where a document says what it is.
export function editionSaid(doc: LoadedDocument): number | undefined {
  const opening = openingOf(doc, EDITION_OPENING);
  const m = opening.match(EDITION_LINE);
  const year = m && Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
  if (year) return year;
  if (isRecords(doc)) return undefined;
  return (
    Number(
      opening.match(EFFECTIVE_HEADER)?.[1] ??
        opening.match(IN_EFFECT_FROM)?.[1] ??
        opening.match(ISSUED_HEADER)?.[1] ??
        opening.match(FROM_HEADER)?.[1],
    ) || undefined
  );
}

// A header line that says when the document was issued ("Issued: 2 February 2025", "Date of issue: 03/02/2025",
// "Published: March 2025"): the edition it is, when it names no other.
const ISSUED_HEADER = new RegExp(
  `(?:^|\\n)[^\\S\\n]*(?:issued|date issued|issue date|date of issue|published)[^\\S\\n]*:[^\\S\\n]*(?:\\d{1,2}[/.-]\\d{1,2}[/.-]|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH_PATTERN})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+)((?:19|20)\\d\\d)\\b`,
  'i',
);

// A schedule's header line "From: 1 July 2028" (a date, not a sender: "From: Payroll Team" says none); not a period
// with its end on the next line ("From: 3 March 2019 / To: 7 March 2019").
const FROM_HEADER = new RegExp(
  `(?:^|\\n)[^\\S\\n]*(?:from|valid from|applies from|in force from)[^\\S\\n]*:[^\\S\\n]*(?:\\d{1,2}[/.-]\\d{1,2}[/.-]|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_PATTERN})\\.?\\s+|(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+)((?:19|20)\\d\\d)\\b(?![^\\n]*\\n[^\\S\\n]*to[^\\S\\n]*:)`,
  'i',
);

// A sentence saying the document is in effect from a day in figures ("These rules are in effect from
// 01/09/2035"), not a table's cell ("effective: 01/04/2027"), which a header line or a phrase of words must say.
const IN_EFFECT_FROM =
  /\b(?:is|are)\s+in\s+(?:effect|force)\s+(?:from|as\s+of|on)\s+\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d\d)\b/i;

const EDITION_OPENING = 800;
const EDITION_LINE = new RegExp(
  `\\b((?:19|20)\\d\\d)\\s+edition\\b|(?:\\b(?:edition|edisi|edici[oó]n|edi[cç][aã]o|edizione|ausgabe)|(?<![\\wÀ-ɏ])[Éé]dition)\\s*:?\\s*(?:(?:${MONTH_PATTERN}|${FOREIGN_MONTH_PATTERN})\\s+)?((?:19|20)\\d\\d)\\b|\\b(?:(?:effective|in\\s+(?:force|effect)|valid|(?:takes?|took|comes?|came)\\s+(?:into\\s+)?effect|(?:comes?|came|enters?|entered)\\s+into\\s+force)(?:\\s+(?:from|as\\s+of|on))?|(?:rates|applies|apply|with\\s+effect)\\s+(?:from|as\\s+of))\\s*:?\\s+(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH_PATTERN})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+|\\d{1,2}\\.\\d{1,2}\\.)?((?:19|20)\\d\\d)\\b|\\bedition\\s+\\d{1,2}\\s*[·,|:–—-]\\s*(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH_PATTERN})\\s+)?((?:19|20)\\d\\d)\\b|\\b(?:vigente desde|en vigor desde|em vigor desde|em vigor a partir de|en vigueur (?:depuis|à compter du|le)|in vigore dal|g(?:æ|ae|a)lder fra|gjelder fra|g(?:ä|a)ller fr(?:å|a)n|velja od|vrijedi od|va(?:ž|z)i od)(?:\\s+(?:el|o|le|du|(?:[a-zæøå]+dag\\s+)?den))?\\s+\\d{1,2}(?:º|°|er|\\.)?\\s+(?:de\\s+)?(?:${FOREIGN_MONTH_PATTERN}|${MONTH_PATTERN})\\s+(?:de\\s+)?((?:19|20)\\d\\d)\\b`,
  'i',
);
// A circular's header line "Effective:  01/01/2025" (a line of its own, not a table's or a record's cell), or
// after the date a header line opens with ("Date: 14/02/2028 · Effective: 01/03/2028"); not a table row read as
// cells ("Allowance: Breakfast · Effective: 15/03/2019"); labelled in the site's language too ("Vigência:",
// "Berlaku:", "Yürürlük tarihi:", "Date d'application :", "Gültig ab:").
const EFFECTIVE_HEADER =
  /(?:^|\n)[^\S\n]*(?:(?:date|dated|issued|date of issue)[^\S\n]*:[^\S\n]*[\d/.-]{6,10}[^\S\n]*·[^\S\n]*)?(?:effective(?:[^\S\n]+(?:date|from))?|vig[eê]ncia|vigente desde|berlaku|y[üu]r[üu]rl[üu]k tarihi|date d['’]application|g[üu]ltig ab)[^\S\n]*:[^\S\n]*\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d\d)\b/i;
