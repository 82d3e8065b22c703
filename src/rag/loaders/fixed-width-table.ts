/**
 * @module A table laid out in columns in plain text, its header over a rule of dashes for each column
 * ("OFFENSE        1ST" over "-------------  -------"), becomes a pipe table, so each of its rows keeps its
 * column headers as a Markdown table's rows do, instead of running on as one paragraph of cells.
 */

// A rule of two or more runs of three dashes or more (or equals signs) with spaces between: one run per column.
const RULE = /^\s*(?:-{3,}|={3,})(?:\s+(?:-{3,}|={3,}))+\s*$/;
// Header lines over the rule ("Paid by" over "31 July"): no more than a few, each with a gap between columns.
const MAX_HEADER_LINES = 3;
const COLUMN_GAP = /\S\s{2,}\S/;

/** `lines` with each fixed-width table written as a pipe table, set off by blank lines. */
export function withPipeTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const solid =
      !RULE.test(line) && SOLID_RULE.test(line) ? solidRuleStarts(out.at(-1), lines[i + 1]) : undefined;
    const headerCount = RULE.test(line) ? headerLinesAbove(out) : solid ? 1 : 0;
    if (!headerCount) {
      out.push(line);
      continue;
    }
    const starts = solid ?? columnStarts(line);
    const header = out.splice(out.length - headerCount);
    const { rows, end } = rowsBelow(lines, i + 1, starts, Boolean(solid));
    // Under one rule across the table, one row may be a page's header and footer around a line: two rows at least.
    if (!rows.length || (solid && rows.length < MIN_SOLID_ROWS)) {
      out.push(...header, line);
      continue;
    }
    // Each header line's cells once: read again for each column, a wide table's header took time cubed.
    const cellsByLine = header.map((h, n) => headerCellsAt(h, starts, n < header.length - 1));
    const headers = starts.map((_, c) =>
      cellsByLine
        .map((cells) => cells[c])
        .filter(Boolean)
        .join(' '),
    );
    out.push('', pipeLine(headers), pipeLine(headers.map(() => '---')), ...rows.map(pipeLine), '');
    i = end - 1;
  }
  return out;
}

// How many lines right above the rule are its header: those with a gap between columns or a few words, up to a
// blank line or a sentence (a sentence right above a table is no header).
function headerLinesAbove(out: string[]): number {
  // Each line a header's: cells set apart, or a few words, and no sentence ("Penalties are below:", which may
  // introduce the table from the line above it).
  const header = (l: string) =>
    Boolean(l.trim()) &&
    (COLUMN_GAP.test(l.trim()) || /\t/.test(l) || l.trim().split(/\s+/).length <= 3) &&
    !/[.:;!?,]$/.test(l.trim());
  let n = 0;
  while (n < MAX_HEADER_LINES && n < out.length && header(out[out.length - 1 - n]!)) n++;
  return n;
}

// The rows under the rule, up to a blank line or a closing rule (or, with `cellsEach`, a line without a cell for
// each column); a line that continues the row above (a cell's
// words wrapped onto the next line) is joined to it.
function rowsBelow(
  lines: string[],
  from: number,
  starts: number[],
  cellsEach: boolean,
): { rows: string[][]; end: number } {
  const rows: string[][] = [];
  let j = from;
  for (; j < lines.length && lines[j]!.trim(); j++) {
    // Under a rule across the table, the rows are the lines with a cell for each column: the text after it may
    // follow with no blank line (a PDF's page).
    if (cellsEach && !rowOf(lines[j]!, starts.length)) break;
    if (RULE.test(lines[j]!)) {
      j++;
      break;
    }
    const cells = cellsAt(lines[j]!, starts);
    const last = rows.at(-1);
    if (last && continues(lines[j]!, cells, starts)) continueRow(last, cells);
    else rows.push(!cells[0] && last ? [last[0]!, ...cells.slice(1)] : cells);
  }
  return { rows, end: j };
}

// A line that carries on the row above: only some of its cells written, its first empty, or only its first
// written and set in further than the column starts ("Working dog - first" over "  dog on the farm"). A line
// with every cell but the first is a row of the group above ("Weekend  $25.00" under "Night  Weekday  $20.00").
function continues(line: string, cells: string[], starts: number[]): boolean {
  if (!cells[0]) return !cells.slice(1).every(Boolean);
  return cells.slice(1).every((c) => !c) && line.search(/\S/) > starts[0]!;
}

// A wrapped line's cells joined to the row above, column by column.
function continueRow(row: string[], cells: string[]): void {
  for (const [c, cell] of cells.entries()) if (cell) row[c] = `${row[c] ?? ''} ${cell}`.trim();
}

// One rule of dashes across the whole table ("Loan    Amount up to    Interest" over "--------------------"): the
// header's cells, set apart by two spaces or more, say where the columns start, when there are three or more of
// them and the first row below has as many.
const SOLID_RULE = /^\s*(?:-{10,}|={10,})\s*$/;
const MIN_SOLID_COLUMNS = 3;
const MIN_SOLID_ROWS = 2;
function solidRuleStarts(header: string | undefined, firstRow: string | undefined): number[] | undefined {
  if (!header?.trim() || !firstRow?.trim() || /[.:;!?,]$/.test(header.trim())) return undefined;
  const cells = [...header.matchAll(/\S+(?: \S+)*/g)];
  const count = firstRow.trim().split(/\s{2,}|\t/).length;
  if (cells.length < MIN_SOLID_COLUMNS || count !== cells.length) return undefined;
  return cells.map((m) => m.index!);
}

// Whether a line is a row of a table of `columns` columns: two cells or more set apart, and no more than it has
// (a row may leave a cell empty: "Festival advance      Rs. 10,000                  10 EMIs").
function rowOf(line: string, columns: number): boolean {
  const cells = line.trim().split(/\s{2,}|\t/).length;
  return cells >= 2 && cells <= columns;
}

// Where each column starts: the first dash of each run in the rule.
function columnStarts(rule: string): number[] {
  return [...rule.matchAll(/[-=]+/g)].map((m) => m.index!);
}

// A line's cells by the columns' starts; a word that runs over a column's start (a cell a little too wide)
// stays whole in the column it starts in.
function cellsAt(line: string, starts: number[]): string[] {
  // Cells set apart by tabs, or by two spaces or more, one for each column, are the cells, however wide.
  const apart = line.trim().split(line.includes('\t') ? /\s*\t\s*/ : /\s{2,}/);
  if (apart.length === starts.length) return apart.map(withoutLeaders);
  const cuts = starts.map((s, c) => {
    if (c === 0) return 0;
    let at = s;
    while (at > starts[c - 1]! && /\S/.test(line[at - 1] ?? '') && /\S/.test(line[at] ?? '')) at--;
    return at;
  });
  return cuts.map((cut, c) => withoutLeaders(line.slice(cut, cuts[c + 1] ?? line.length).trim()));
}

// A header line's cells: its words set off by two spaces or more, over the columns they overlap. A line above
// the last one may head a group of columns ("Rotational crews" over "Ratings" and "Officers"): its heading heads
// every column up to the next one's.
function headerCellsAt(line: string, starts: number[], grouping: boolean): string[] {
  const tabbed = line.trim().split(/\s*\t\s*/);
  if (tabbed.length === starts.length) return tabbed;
  const spans = [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({
    text: m[0],
    from: m.index!,
    to: m.index! + m[0].length,
  }));
  return starts.map((start, c) => {
    const end = starts[c + 1] ?? Number.POSITIVE_INFINITY;
    const over = spans.filter((s) => s.from < end && s.to > start);
    const group = grouping && !over.length ? spans.filter((s) => s.from < start).slice(-1) : [];
    return [...over, ...group].map((s) => s.text).join(' ');
  });
}

// Dot leaders a cell was padded with ("Petrol or diesel car .........") are no part of it. Read from the end,
// so a cell of many dots costs one pass.
function withoutLeaders(cell: string): string {
  let end = cell.length;
  while (end > 0 && (cell[end - 1] === '.' || cell[end - 1] === ' ')) end--;
  const dots = cell.slice(end).split('.').length - 1;
  return dots >= 3 ? cell.slice(0, end) : cell;
}

const pipeLine = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`;
