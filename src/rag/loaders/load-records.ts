/**
 * @module JSON, JSONL and CSV: records mapped to documents by the knowledge base's field mapping.
 */

import type { KnowledgeBaseConfig } from '../../core/index.js';
import { tableShapeOf } from '../currency-tables.js';
import type { LoadedDocument } from '../document.js';
import { IN_FORCE_UNTIL, rowInForceUntil } from '../in-force-until.js';
import { sniffDelimiter } from './csv-delimiter.js';
import { type SkipError, skippedRowWarning } from './csv-skipped.js';
import { declaredCurrency, isRecordList, isStructuredObject, objectToDocument } from './json-object.js';

type Row = Record<string, unknown>;
type Mapping = { text?: string | string[]; title?: string; id?: string; metadata: string[] };

/** JSON (an array of objects, or one object) and JSONL files, a document per record. */
export function parseJsonRecords(
  text: string,
  source: string,
  jsonl: boolean,
  cfg: KnowledgeBaseConfig['json'],
): LoadedDocument[] {
  const rows: Row[] = [];
  if (jsonl) {
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      try {
        rows.push(JSON.parse(line));
      } catch (err) {
        throw new Error(`line ${i + 1} is not valid JSON: ${(err as Error).message}`);
      }
    });
  } else {
    const value = JSON.parse(text);
    if (Array.isArray(value)) rows.push(...value);
    else if (value && typeof value === 'object') {
      const nested = nestedRecords(value as Row);
      // Without a field mapping, an object that nests sections (and holds no list of records) is one
      // document of sections and rows.
      if (!cfg?.text && !nested && isStructuredObject(value as Row))
        return [objectToDocument(value as Row, source)];
      if (nested) {
        // What the object says of its currency ("status": "superseded") holds for every record it lists.
        const declared = declaredCurrency(value as Row);
        const docs = nested.rows.map((row, i) =>
          withDeclared(recordToDocument(row, i, source, 'json', cfg ?? { metadata: [] }), declared),
        );
        return nested.heading ? docs.map((d) => withHeading(d, nested.heading!)) : docs;
      }
      rows.push(value);
    } else throw new Error('expected an array of objects or an object');
  }
  return rows.map((row, i) => recordToDocument(row, i, source, 'json', cfg ?? { metadata: [] }));
}

/**
 * One object that holds a list of records (`{ "title": "FAQ", "questions": [{ "q": …, "a": … }, …] }`): the
 * records of its longest such list, each a document under the object's title, instead of one document whose
 * text is "[object Object],[object Object]".
 */
function nestedRecords(value: Row): { rows: Row[]; heading?: string } | undefined {
  const lists = Object.values(value).filter(isRecordList);
  if (!lists.length) return undefined;
  const rows = lists.reduce((a, b) => (b.length > a.length ? b : a));
  const title = value.title ?? value.name;
  return { rows, ...(typeof title === 'string' && title ? { heading: title } : {}) };
}

// A record's document with what its container declares of its currency; the record's own fields win.
function withDeclared(doc: LoadedDocument, declared: Row): LoadedDocument {
  if (!Object.keys(declared).length) return doc;
  const until = doc.metadata?.[IN_FORCE_UNTIL] === undefined ? rowInForceUntil(declared) : undefined;
  return {
    ...doc,
    metadata: { ...declared, ...doc.metadata, ...(until ? { [IN_FORCE_UNTIL]: until } : {}) },
  };
}

function withHeading(doc: LoadedDocument, heading: string): LoadedDocument {
  return { ...doc, blocks: doc.blocks.map((b) => ({ ...b, headings: [heading, ...b.headings] })) };
}

/** CSV: a document per row (columns mapped), or the whole table as one document. */
export async function parseCsvRecords(
  text: string,
  source: string,
  cfg: KnowledgeBaseConfig['csv'],
): Promise<LoadedDocument[]> {
  const { parse } = await import('csv-parse/sync');
  const options = cfg ?? { mode: 'row' as const, metadata: [] };
  const skipped: SkipError[] = [];
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const rows = parse(text, {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
    delimiter,
    skip_records_with_error: true,
    on_skip: (err: SkipError | undefined) => {
      if (err) skipped.push(err);
    },
  }) as Row[];
  const columns = rows[0] ? Object.keys(rows[0]).length : undefined;
  const guessed = options.delimiter === undefined && delimiter !== ',';
  const warnings = skipped.map((err) => skippedRowWarning(err, text, columns, delimiter, guessed));
  // Nothing read at all: the file is no table this reader can read, and says so as an error.
  if (!rows.length && warnings.length) throw new Error(warnings[0]!);
  return withWarnings(recordsOf(rows, source, options), warnings);
}

// The file's first document carries the warnings of the rows left out, so every ingest reports them.
function withWarnings(docs: LoadedDocument[], warnings: string[]): LoadedDocument[] {
  if (!warnings.length || !docs.length) return docs;
  const [first, ...rest] = docs;
  return [{ ...first!, warnings: [...(first!.warnings ?? []), ...warnings] }, ...rest];
}

// A document per row, or the whole table as one document.
function recordsOf(
  rows: Row[],
  source: string,
  options: NonNullable<KnowledgeBaseConfig['csv']>,
): LoadedDocument[] {
  if (options.mode === 'document') {
    const lines = rows.map((r) =>
      Object.entries(r)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; '),
    );
    return [
      {
        id: source,
        source,
        blocks: [{ text: lines.join('\n\n'), headings: [] }],
        metadata: { format: 'csv', rows: rows.length },
      },
    ];
  }
  // Every row carries its table's shape, so a copy of the table under another name is known for one.
  const shapes = tableShapeOf(rows);
  return rows.map((row, i) => {
    const doc = recordToDocument(row, i, source, 'csv', options);
    return { ...doc, metadata: { ...doc.metadata, ...shapes[i] } };
  });
}

function recordToDocument(
  row: Row,
  index: number,
  source: string,
  format: string,
  map: Mapping,
): LoadedDocument {
  if (!row || typeof row !== 'object' || Array.isArray(row))
    throw new Error(`record ${index + 1} is not an object`);
  const fields =
    map.text === undefined ? defaultTextFields(row) : Array.isArray(map.text) ? map.text : [map.text];
  const missing = fields.filter((f) => row[f] === undefined);
  if (map.text !== undefined && missing.length === fields.length) {
    throw new Error(
      `record ${index + 1} has no ${fields.map((f) => `"${f}"`).join(' or ')} field (see knowledge.*.${format}.text)`,
    );
  }
  // A question and its answer, mapped so or found so, read as such: the answer, not "question: … answer: …".
  const qa = map.text === undefined || isQuestionAnswer(fields) ? questionAndAnswer(row) : undefined;
  const text = qa ? `${qa.question}\n${qa.answer}` : fieldsText(row, fields);
  const id = map.id && row[map.id] !== undefined ? String(row[map.id]) : String(index + 1);
  const metadata: Record<string, unknown> = { format };
  for (const m of map.metadata) if (row[m] !== undefined) metadata[m] = row[m];
  // A row that says it applied until a day that has passed ("valid_until: 2027-12-31", "gyldig_til") is judged so.
  const until = rowInForceUntil(row);
  if (until) metadata[IN_FORCE_UNTIL] = until;
  const title = map.title ? row[map.title] : (row.title ?? row.name ?? qa?.question);
  return {
    id: `${source}#${id}`,
    source,
    ...(title !== undefined && title !== '' ? { title: String(title) } : {}),
    blocks: [{ text, headings: [] }],
    metadata,
  };
}

// One field's value, or several as "field: value" lines.
function fieldsText(row: Row, fields: string[]): string {
  if (fields.length === 1) return valueText(row[fields[0]!] ?? '');
  return fields
    .filter((f) => row[f] !== undefined && row[f] !== '')
    .map((f) => `${f}: ${valueText(row[f])}`)
    .join('\n');
}

// A question-and-answer record (FAQ): the question, then its answer, without field labels.
// A mapping of exactly a question field and an answer field (`text: [question, answer]`).
const isQuestionAnswer = (fields: string[]) =>
  fields.length === 2 &&
  ['question', 'q'].includes(fields[0]!.toLowerCase()) &&
  ['answer', 'a'].includes(fields[1]!.toLowerCase());

function questionAndAnswer(row: Row): { question: string; answer: string } | undefined {
  const question = row.question ?? row.q;
  const answer = row.answer ?? row.a;
  return typeof question === 'string' && typeof answer === 'string' ? { question, answer } : undefined;
}

// A field's value as text: lists joined, nested objects as "key: value" pairs, never "[object Object]".
function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${valueText(v)}`)
      .join('; ');
  return String(value);
}

// Without a mapping: the usual text field if there is one and it holds the record's prose, else every field. A
// table's column that happens to be named so ("body: Aerolift AL-80", a truck's body among its fleet number, its
// aircraft and its permit) is one cell among many: indexed alone, it would hide the rest of the row.
function defaultTextFields(row: Row): string[] {
  const usual = USUAL_TEXT_FIELDS.find((f) => typeof row[f] === 'string');
  return usual && holdsProse(row, usual) ? [usual] : Object.keys(row);
}

const USUAL_TEXT_FIELDS = ['text', 'content', 'body', 'answer'];

// Prose: a sentence's worth of words. A short value ("Closed on Monday.") is read with the record's other fields,
// which lose nothing by being indexed with it.
function holdsProse(row: Row, field: string): boolean {
  return String(row[field]).trim().split(/\s+/).length >= PROSE_WORDS;
}

const PROSE_WORDS = 8;
