/**
 * @module One JSON object that is a document in itself (a payroll calendar, a settings sheet): its scalar
 * fields read as "key: value" lines, each nested object as a section under its key, and each list of objects
 * as a table whose rows keep their field names ("Pay dates · month: January · pay date: 2026-01-23"), so a
 * row is found and quoted on its own instead of inside one long run of text.
 */
import type { DocumentBlock, LoadedDocument } from '../document.js';
import { withEnglishFieldNames } from '../field-names.js';
import { STATUS_WORDS } from '../status-words.js';

type Row = Record<string, unknown>;

// Fields a document states about itself, kept as metadata so currency and filters can read them.
const ABOUT = [
  'status',
  'effective',
  'supersedes',
  'replaces',
  'superseded_by',
  'replaced_by',
  'in_force',
  'previous_version',
  'owner',
  'updated',
  'version',
];

/** A JSON object as one document of sections and rows. */
export function objectToDocument(value: Row, source: string): LoadedDocument {
  const title = value.title ?? value.name;
  const metadata: Record<string, unknown> = { format: 'json', ...declaredCurrency(value) };
  for (const key of ABOUT) if (isScalar(value[key])) metadata[key] = value[key];
  return {
    id: source,
    source,
    ...(typeof title === 'string' && title ? { title } : {}),
    blocks: objectBlocks(value, typeof title === 'string' && title ? [title] : []),
    metadata,
  };
}

/**
 * What an object declares about its own currency, in whatever language its fields are named ("status":
 * "superseded", "statut": "abrogé", "valid_to", "remplace_par"): its own fields, and those of an object inside it that
 * says a status or what replaced it ({ "policy": { "record_status": "replaced", "replaced_by": … } }). Each
 * record of a list inside the object inherits them: a table marked superseded is superseded row by row.
 */
export function declaredCurrency(value: Row): Row {
  const inner = (named: RegExp) =>
    Object.entries(value)
      .filter(([key, v]) => named.test(key) && isPlainObject(v))
      .map(([, v]) => v as Row)
      .filter((v) => Object.keys(v).some((k) => STATUS_OR_REPLACEMENT.test(k)));
  const declared: Row = {};
  const take = (fields: Row, wanted: RegExp, known = (_: unknown) => true) => {
    const named = withEnglishFieldNames(scalarsOf(fields));
    for (const [key, field] of Object.entries(named))
      if (wanted.test(key) && known(field)) declared[key] = field;
  };
  // The table or export a file holds says only a status tandem knows and what replaced it: its dates and other
  // words may be the export's own ("expires": the download link's; "status": "complete").
  for (const fields of inner(HOLDING_THE_DATA)) take(fields, STATUS_FIELD, knownStatus);
  for (const fields of [...inner(ABOUT_THE_FILE), value]) take(fields, CURRENCY_FIELD);
  return declared;
}

const scalarsOf = (value: Row): Row =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => isScalar(v)));
// A status, what replaced the document, or when it stopped applying, as a field says it.
const STATUS_OR_REPLACEMENT =
  /^(?:(?:record|doc|document)_?)?(?:status|statut|estado|stato|state)$|^(?:superseded|replaced|remplac[ée]|sustituido|reemplazado|substitu[íi]do)_?(?:by|par|por)$|^(?:superseded|replaced)By$/i;
// An object inside whose name says it describes the file itself ("policy", "document", "metadata"): not a
// predecessor's ("supersedes", "previous"), a person's or a supplier's, whose status is their own.
const ABOUT_THE_FILE =
  /^(?:policy|document|doc|doc_?info|document_?info|meta|metadata|header|about|record|file|control|document_?control|dokument|datei|fichier)$/i;
// An object inside that says what the file holds: a table, an export of one.
const HOLDING_THE_DATA = /^(?:table|export|dataset|data_?set|register|sheet|tabelle|tableau)$/i;
const knownStatus = (v: unknown) =>
  typeof v !== 'string' || Object.hasOwn(STATUS_WORDS, v.trim().toLowerCase());
// Of those, the fields read: a status and what replaced it.
const STATUS_FIELD =
  /^(?:(?:record|doc|document)_?)?(?:status|statut|estado|stato|state)$|^(?:superseded_by|supersededBy|replaced_by|replacedBy)$/;
// The fields the knowledge base reads a document's currency from, named in English (others are read as those).
const CURRENCY_FIELD =
  /^(?:(?:record|doc|document)_?)?(?:status|statut|estado|stato|state)$|^(?:superseded_by|supersededBy|replaced_by|replacedBy|supersedes|replaces|in_force|inForce|is_current|isCurrent|effective(?:_from|_date)?|valid_from|valid_until|valid_to|expires|expiry(?:_date)?|effective_until|in_force_until)$/;

function objectBlocks(value: Row, headings: string[]): DocumentBlock[] {
  const lines: string[] = [];
  const blocks: DocumentBlock[] = [];
  for (const [key, field] of Object.entries(value)) {
    if (key === 'title' || key === 'name') continue;
    if (isRecordList(field)) blocks.push({ headings, text: rowsText(label(key), field) });
    else if (isPlainObject(field)) blocks.push(...objectBlocks(field, [...headings, label(key)]));
    else lines.push(`${label(key)}: ${flat(field)}`);
  }
  // The object's own fields come first, as the section's opening paragraph.
  return lines.length ? [{ headings, text: lines.join('\n') }, ...blocks] : blocks;
}

// Each record a paragraph of its own, as a table row is: "Caption · field: value · field: value".
function rowsText(caption: string, rows: Row[]): string {
  return rows
    .map((row) => [caption, ...Object.entries(row).map(([k, v]) => `${label(k)}: ${flat(v)}`)].join(' · '))
    .join('\n\n');
}

// "pay_dates" → "pay dates", "cutOff" → "cut off": field names read as words.
const label = (key: string) =>
  key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim();

function flat(value: unknown): string {
  if (Array.isArray(value)) return value.map(flat).join(', ');
  if (isPlainObject(value))
    return Object.entries(value)
      .map(([k, v]) => `${label(k)}: ${flat(v)}`)
      .join('; ');
  return String(value);
}

const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isPlainObject = (v: unknown): v is Row => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
/** Whether a value is a non-empty list of objects: records. */
export const isRecordList = (v: unknown): v is Row[] =>
  Array.isArray(v) && v.length > 0 && v.every(isPlainObject);

/** Whether an object is a document of its own: it nests objects or lists of them (a flat object is a record). */
export function isStructuredObject(value: Row): boolean {
  return Object.values(value).some((v) => isPlainObject(v) || isRecordList(v));
}
