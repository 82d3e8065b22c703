/**
 * @module Reads the rows of a suite's dataset (.csv or .jsonl), each with the line it starts on, and turns a
 * malformed file into an error that names the file, the line and what is wrong. A CSV cell holding a JSON list
 * or object is read as that value.
 */
import { TandemError } from '../core/index.js';

/** One dataset row: its columns and the line of the file it starts on (1-based). */
export interface DatasetRow {
  values: Record<string, unknown>;
  line: number;
}

/** The rows of `text`, read as CSV or JSON Lines by the extension of `rel` (its path for messages). */
export async function readDatasetRows(text: string, rel: string): Promise<DatasetRow[]> {
  if (/\.csv$/i.test(rel)) return readCsvRows(text, rel);
  if (/\.(jsonl|ndjson)$/i.test(rel)) return readJsonlRows(text, rel);
  throw new TandemError('SUITE_INVALID', `dataset ${rel} must be .jsonl or .csv`, {
    hint: 'Write one case per row: a CSV file with a header line, or one JSON object per line.',
  });
}

interface CsvRecord {
  record: Record<string, unknown>;
  info: { lines: number };
  raw: string;
}

async function readCsvRows(text: string, rel: string): Promise<DatasetRow[]> {
  const { parse } = await import('csv-parse/sync');
  checkCsvHeader(text, rel);
  let records: CsvRecord[];
  try {
    records = parse(text, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
      raw: true,
    }) as CsvRecord[];
  } catch (err) {
    throw csvError(err as Error & { code?: string; lines?: number }, text, rel);
  }
  // info.lines is where a record ends; a quoted field may span lines, so count back to where it starts
  // (raw may also begin with skipped empty lines).
  return records.map(({ record, info, raw }) => ({
    values: Object.fromEntries(Object.entries(record).map(([col, cell]) => [col, jsonCell(cell)])),
    line: info.lines - (raw.trim().match(/\n/g)?.length ?? 0),
  }));
}

// A cell holding a JSON list or object is that value, as in a .jsonl row (a prompt can iterate a list); any
// other cell is text.
function jsonCell(cell: unknown): unknown {
  if (typeof cell !== 'string' || !/^[[{]/.test(cell)) return cell;
  try {
    const value = JSON.parse(cell) as unknown;
    return value && typeof value === 'object' ? value : cell;
  } catch {
    return cell;
  }
}

// csv-parse would quietly keep one of two same-named columns; a case would then lose a value.
function checkCsvHeader(text: string, rel: string): void {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const names = header.split(',').map((n) => n.trim().replace(/^"|"$/g, ''));
  const seen = new Set<string>();
  for (const name of names) {
    if (!name) throw datasetError(rel, 1, 'the header line has an empty column name', 'Name every column.');
    if (seen.has(name))
      throw datasetError(rel, 1, `column "${name}" appears twice in the header`, 'Column names must differ.');
    seen.add(name);
  }
}

const CSV_HINTS: Record<string, string> = {
  CSV_RECORD_INCONSISTENT_COLUMNS:
    'Every row needs as many fields as the header; quote a field that holds a comma: "a, b".',
  CSV_QUOTE_NOT_CLOSED: 'A quoted field is never closed: add the closing " (write "" for a quote inside it).',
  INVALID_OPENING_QUOTE: 'Quote the whole field, and double a quote inside it: "say ""hi""".',
  CSV_INVALID_CLOSING_QUOTE: 'Quote the whole field, and double a quote inside it: "say ""hi""".',
};

function csvError(err: Error & { code?: string; lines?: number }, text: string, rel: string): TandemError {
  // csv-parse messages read "Invalid Record Length: columns length is 2, got 3 on line 3"; keep the middle.
  let what = err.message.replace(/^[^:]*:\s*/, '').replace(/\s*(on|at) line \d+$/, '');
  let line = err.lines;
  // An unclosed quote is found at the end of the file; the user needs the line where it opened.
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    what = 'a quoted field that starts here is never closed';
    line = unclosedQuoteLine(text) ?? line;
  }
  return datasetError(
    rel,
    line,
    what,
    CSV_HINTS[err.code ?? ''] ?? 'Check the quoting and the field count of that line.',
  );
}

function unclosedQuoteLine(text: string): number | undefined {
  let line = 1;
  let openedOn: number | undefined;
  for (const ch of text) {
    if (ch === '\n') line++;
    else if (ch === '"') openedOn = openedOn === undefined ? line : undefined; // "" inside a field toggles twice
  }
  return openedOn;
}

function readJsonlRows(text: string, rel: string): DatasetRow[] {
  const rows: DatasetRow[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw datasetError(
        rel,
        i + 1,
        `not valid JSON: ${(err as Error).message}`,
        'Write one JSON object per line.',
      );
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
      throw datasetError(rel, i + 1, 'a row must be a JSON object', 'e.g. {"question": "…", "answer": "…"}');
    rows.push({ values: value as Record<string, unknown>, line: i + 1 });
  });
  return rows;
}

// The CLI prints `where` before the message: tests/cases.csv:3: malformed dataset: …
function datasetError(rel: string, line: number | undefined, what: string, hint: string): TandemError {
  return new TandemError('SUITE_INVALID', `malformed dataset: ${what}`, {
    where: { file: rel, ...(line ? { line } : {}) },
    hint,
  });
}
