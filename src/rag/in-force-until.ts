/**
 * @module How long a document says it applies: "These rates apply from 1 April 2025 and are effective until 31
 * March 2026", `valid_until: 2026-03-31`, `expires:`. Read at load into `metadata.inForceUntil` (an ISO date);
 * the judgement across documents (`currency-across.ts`) marks the document superseded once that day has passed,
 * at every ingest, so a notice that runs out while nothing changes is judged on the next one.
 */
import { type LoadedDocument, openingOf } from './document.js';
import { withEnglishFieldNames } from './field-names.js';
import { localDateOf, localUntilSaid, localUntilSaidOfSubject } from './in-force-until-local.js';
import { MONTH_PATTERN, monthNumber } from './normalise/index.js';

/** Where a document keeps the last day it says it applies (an ISO date). */
export const IN_FORCE_UNTIL = 'inForceUntil';

/** The last day `doc` says it applies, as an ISO date: from a field, or said of it in its opening lines. */
export function inForceUntil(doc: LoadedDocument): string | undefined {
  const field = fieldsInForceUntil(doc.metadata, UNTIL_FIELDS);
  if (field) return field;
  const clauses = clausesOf(doc);
  for (const clause of clauses) {
    if (clause.length > MAX_CLAUSE || EARLIER.test(clause)) continue;
    const said = clause.match(UNTIL_SAID)?.[1];
    if (said) return dateOf(said) ?? numericDateOf(said, clauses.join(' '));
  }
  return saidInLocalWords(doc, clauses);
}

/**
 * The last day a table's row says it applies, from its cell under a column of its own validity (`valid_until`,
 * `gyldig_til`, …). Not a column of expiry, nor a register's row that lists a document's version or what a person
 * holds (a certificate, a permit): a register's certificates and documents expire, the register does not.
 */
export function rowInForceUntil(row: Record<string, unknown>): string | undefined {
  const fields = withEnglishFieldNames(row);
  const names = Object.keys(fields).map((f) => f.toLowerCase());
  if (names.some((name) => VERSION_FIELDS.has(name) || HOLDER_FIELD.test(name))) return undefined;
  return fieldsInForceUntil(fields, ROW_UNTIL_FIELDS);
}

const VERSION_FIELDS = new Set(['version', 'revision', 'rev', 'edition']);
// A register of what people hold: its rows' validity is the certificate's or the permit's, not the table's.
const HOLDER_FIELD =
  /^(?:employee|employee_name|name|full_name|holder|worker|staff|person|certificate|certification|licen[cs]e|permit|card|badge|passport|visa|contract|training|course)(?:_\w+)?$/;

// A field of `names` that holds a date: ISO, written out, or with dots or a month's name in another language
// ("31.12.2027", "31 de diciembre de 2027"); a date with slashes says too little of its order alone.
function fieldsInForceUntil(fields: Record<string, unknown>, names: Set<string>): string | undefined {
  for (const [field, value] of Object.entries(fields)) {
    if (!names.has(field.toLowerCase().replace(/[\s-]+/g, '_'))) continue;
    const date =
      dateOf(value) ?? (typeof value === 'string' && !value.includes('/') ? localDateOf(value) : undefined);
    if (date) return date;
  }
  return undefined;
}

// A clause or a whole line of the opening in the site's language: a line, as "Gültig bis 31. März 2028" and
// "Galioja iki 2028 m. kovo 31 d." break into clauses at their dots; or a sentence of a line, told by a word's full
// stop before a capital ("… Banja Luka. Vozni red važi od 1. juna 2030. do 31. maja 2031.", not "d.o.o. Banja").
function saidInLocalWords(doc: LoadedDocument, clauses: string[]): string | undefined {
  const lines = openingOf(doc, OPENING).split('\n');
  for (const clause of [...clauses, ...lines]) {
    const said = clause.length <= MAX_CLAUSE ? localUntilSaid(clause) : undefined;
    if (said) return said;
  }
  for (const sentence of lines.flatMap((line) => line.split(SENTENCE_BREAK).slice(1))) {
    const said = sentence.length <= MAX_CLAUSE ? localUntilSaidOfSubject(sentence) : undefined;
    if (said) return said;
  }
  return undefined;
}

// "27/03/2027" is the 27th of March: a date written in figures, read day first or month first as the document's
// own figures show ("03/01/2027 to 27/03/2027": one of them has a day past 12). When none shows it, no date.
function numericDateOf(said: string, opening: string): string | undefined {
  const m = said.match(NUMERIC_DATE_WHOLE);
  if (!m) return undefined;
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dayFirst = numericOrder(opening);
  if (dayFirst === undefined) return undefined;
  return dayFirst ? validDate(year, b, a) : validDate(year, a, b);
}

// Whether a document writes its dates in figures day first (true), month first (false), or cannot be told: a
// figure past 12 in the first place says day first, in the second month first; both, or neither, tells nothing.
function numericOrder(text: string): boolean | undefined {
  const dates = [...text.matchAll(NUMERIC_DATES)];
  const dayFirst = dates.some((d) => Number(d[1]) > 12);
  const monthFirst = dates.some((d) => Number(d[2]) > 12);
  return dayFirst === monthFirst ? undefined : dayFirst;
}

const NUMERIC_DATE = '(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/.-])';
const NUMERIC_DATE_WHOLE = new RegExp(`^${NUMERIC_DATE}$`);
const NUMERIC_DATES = new RegExp(NUMERIC_DATE, 'g');

// The opening's clauses line by line ("Effective until 31 March 2026" under a title), then block by block and
// paragraph by paragraph with wrapped lines joined: plain text breaks a sentence where its line is full ("…are
// effective until\n31 December 2026").
function clausesOf(doc: LoadedDocument): string[] {
  const opening = openingOf(doc, OPENING);
  // A header's field is a clause of its own ("Effective:  Sunday, November 1, 2026 until…" under "To: All
  // agents"); a wrapped line of prose ("…stay\nvalid until 30 June") is not.
  const lines = opening.split('\n');
  const fields = lines.filter((line) => HEADER_FIELD.test(line));
  const byLine = [...opening.split(CLAUSE_END), ...fields, ...lines.flatMap(lineOfForce)];
  const blocks: string[] = [];
  for (let i = 0, length = 0; i < doc.blocks.length && length < OPENING; i++) {
    blocks.push(doc.blocks[i]!.text.slice(0, OPENING - length));
    length += doc.blocks[i]!.text.length;
  }
  const byParagraph = blocks
    .flatMap((block) => block.split(/\n\s*\n/))
    .flatMap((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').split(SENTENCE_END));
  return [...byLine, ...byParagraph];
}

const SENTENCE_END = /[.;!?]+(?:\s|$)/;
const SENTENCE_BREAK = /(?<=[^\d\s.]{2}[.!?])\s+(?=\p{Lu})/u;

const OPENING = 800;
const MAX_CLAUSE = 300;
// The validity of a row of a table: not its expiry (see `rowInForceUntil`).
const ROW_UNTIL_FIELDS = new Set([
  'valid_until',
  'valid_to',
  'valid_through',
  'in_force_until',
  'effective_until',
  'effective_to',
]);
const UNTIL_FIELDS = new Set(
  [
    ...ROW_UNTIL_FIELDS,
    'validuntil',
    'effectiveuntil',
    'effectiveto',
    'expires',
    'expiry',
    'expiry_date',
    'expirydate',
  ].map((f) => f.toLowerCase()),
);

const CLAUSE_END = /[.;!?\n]+(?:\s|$)/;
// A line of a memo's or notice's header: a field's name of a word or two, a colon, its value.
const HEADER_FIELD = /^\s*\p{L}[\p{L} ]{0,20}:\s+\S/u;
// A clause about what came before ("The previous rates were effective until…", "the interim arrangement, which
// was in force until…") dates that, not this document.
const EARLIER =
  /\b(?:was|were|had been|previous|previously|old|older|former|formerly|interim|replaced|replaces|prior)\b/i;
const SUBJECTS =
  'policy|policies|notice|document|procedure|guidance|guidelines|memo|circular|agreement|arrangements?|rates?|allowances?|terms|rules|schedule|scheme|page|version|edition|standard|instruction|summary|overview|booklet|leaflet|factsheet';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DATE = `\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|${DAY}\\s+(?:${MONTH_PATTERN})\\.?,?\\s+\\d{4}|(?:${MONTH_PATTERN})\\.?\\s+${DAY},?\\s+\\d{4}`;
// A day's name before a date ("Saturday, March 13, 2027").
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
// Said of the document or what it sets, in a clause that opens with it ("These rates apply from 1 April 2025 and
// are effective until 31 March 2026", "This notice remains in force until…") or with the words of force alone
// ("Effective until 31 March 2026", "Valid from 1 April 2025 to 31 March 2026", "Effective: Sunday, November 1, 2026
// until Saturday, March 13, 2027", "Applies from 01/11/2025 to 31/10/2028", "These rules applied to tickets sold from March 1, 2027 to December 31, 2029"; not "This policy applies to employees
// hired from 1 January 2015 to 31 December 2019", who it covers, nor "These rates apply to 31 March 2026
// year-end accounts"). Not "Your discount code is
// valid until…", nor "applies to all staff".
const UNTIL_SAID = new RegExp(
  `^\\W*(?:(?:this|these)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${SUBJECTS})\\b[^]{0,200}?\\b)?(?:(?:effective|valid|in force|in effect)(?:\\s+for\\s+(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+){0,2}?(?:plan|policy|benefit|financial|school|tax|calendar)\\s+years?)?(?:\\s*:?\\s+(?:from\\s+)?${WEEKDAY}(?:${DATE}))?|appl(?:y|ies|ied)\\s+(?:to\\s+(?:(?!\\b(?:hired|joined|employed|recruited|born|started|appointed|engaged|who|whose)\\b)[^.\\n]){1,60}?\\s+)?from\\s+${WEEKDAY}(?:${DATE})|appl(?:y|ies)(?=\\s+(?:until|till|through|up to and including)\\s))\\s+(?:until|till|to|through|up to and including)(?:\\s*:)?\\s+${WEEKDAY}(${DATE})\\b`,
  'iu',
);

// A line of its own that says only when what it names applies, under a title or a memo's header: "Rates valid
// 01/01/2032 through 12/31/2032", "Valid from 03/11/2035 to 30/04/2036", "(Applies from … to …)"; read without
// what it names. Not a wrapped line that goes on a sentence ("…the hotel\nrates are valid until…", lower case),
// nor one that goes on past its date ("Valid until 31 March 2033 with your staff card": an offer's).
function lineOfForce(line: string): string[] {
  // "Previous rates valid …" dates the rates before, not this document.
  if (!/^\W*[\p{Lu}\d]/u.test(line) || EARLIER.test(line)) return [];
  const clause = line.replace(/^\W+/, '').replace(NAMED_FIRST, '');
  const said = clause.match(UNTIL_SAID);
  const after = said ? clause.slice(said.index! + said[0].length) : '';
  return said && /^[\s.;:)\]]*$/.test(after) ? [clause] : [];
}

// What a line of force names before its words of force ("Mileage rates remain", "2032 mileage rates are").
const NAMED_FIRST = new RegExp(
  `^(?:[\\p{L}\\d-]+\\s+){0,3}?(?:${SUBJECTS})(?:\\s+below)?\\s+(?:(?:are|is|remain|remains|stay|stays|will be)\\s+)?(?=(?:effective|valid|in force|in effect)\\b)`,
  'iu',
);

/** An ISO date from a field's value (a string or a YAML date) or a date written out ("31 March 2026"). */
export function dateOf(value: unknown): string | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = text.match(DAY_FIRST);
  if (dayFirst) return validDate(Number(dayFirst[3]), monthNumber.get(dayFirst[2]!)!, Number(dayFirst[1]));
  const monthFirst = text.match(MONTH_FIRST);
  if (monthFirst)
    return validDate(Number(monthFirst[3]), monthNumber.get(monthFirst[1]!)!, Number(monthFirst[2]));
  return undefined;
}

/**
 * The first day a written date falls on, as an ISO date: "1 December 2027", "December 1st, 2027", or a month alone
 * ("March 2027", its first day); undefined when the text writes no month.
 */
export function firstDayWritten(text: string): string | undefined {
  const m = text.toLowerCase().match(WRITTEN_DAY);
  if (!m) return undefined;
  return validDate(Number(m[4]), monthNumber.get(m[2]!)!, Number(m[1] ?? m[3] ?? 1));
}

const WRITTEN_DAY = new RegExp(
  `(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?\\b(${MONTH_PATTERN})\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(\\d{4})\\b`,
);

/** A moment's day where the ingest runs, as an ISO date ("2027-03-01"). */
export function isoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})$`);
const MONTH_FIRST = new RegExp(`^(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`);

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
