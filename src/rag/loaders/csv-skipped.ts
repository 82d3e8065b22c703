/**
 * @module A CSV row that cannot be read (a value with a comma and no quotes, a quote that never closes) is left
 * out with a warning that names its line and how to fix it, and the other rows are read: one bad row must not
 * take this year's table out of the index and leave last year's to answer.
 */

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };
const delimiterName = (delimiter: string) => DELIMITER_NAMES[delimiter] ?? `"${delimiter}"`;

/** What csv-parse says of a record it skipped. */
export interface SkipError {
  code?: string;
  lines?: number;
  record?: unknown[];
  message: string;
}

/** A warning a person can act on, for a record csv-parse skipped in `text` read with `delimiter` (guessed or named). */
export function skippedRowWarning(
  err: SkipError,
  text: string,
  columns: number | undefined,
  delimiter = ',',
  guessed = false,
): string {
  const said = skippedRow(err, text, columns, delimiter);
  // A delimiter read from the header may be the wrong guess: say so, and how to name the right one.
  return guessed
    ? `${said} (values read as ${delimiterName(delimiter)}-separated, as the header's are; set the knowledge base's csv.delimiter if they are not)`
    : said;
}

function skippedRow(err: SkipError, text: string, columns: number | undefined, delimiter: string): string {
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    const line = openingQuoteLine(text);
    return `line ${line}: a double quote opens a value that never closes, so the rows from there on were not read; close the quote, or write "" for a quote inside a value`;
  }
  if (
    err.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' ||
    err.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
  ) {
    const got = err.record?.length;
    const header = columns === undefined ? '' : ` where the header has ${columns}`;
    return `line ${err.lines}: ${got ?? 'a different number of'} values${header}, so the row was left out; put a value that holds a ${delimiterName(delimiter)} in double quotes`;
  }
  return `line ${err.lines ?? '?'}: ${err.message}; the row was left out`;
}

// The line where the last double quote that never closes opens: "" inside a quoted value closes nothing.
function openingQuoteLine(text: string): number {
  let line = 1;
  let open = false;
  let openedAt = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '"') {
      if (open && text[i + 1] === '"') i++;
      else {
        open = !open;
        if (open) openedAt = line;
      }
    }
  }
  return openedAt;
}
