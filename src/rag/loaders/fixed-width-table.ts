/**
 * @module A table laid out in columns in plain text, its header over a rule of dashes for each column
 * ("OFFENSE        1ST" over "-------------  -------"), becomes a pipe table, so each of its rows keeps its
 * column headers as a Markdown table's rows do, instead of running on as one paragraph of cells.
 */

// A rule of two or more runs of dashes (or equals signs) with spaces between: one run per column.
const RULE = /^\s*(?:-{2,}|={2,})(?:\s+(?:-{2,}|={2,}))+\s*$/;
// Header lines over the rule ("Paid by" over "31 July"): no more than a few, each with a gap between columns.
const MAX_HEADER_LINES = 3;
const COLUMN_GAP = /\S\s{2,}\S/;

/** `lines` with each fixed-width table written as a pipe table, set off by blank lines. */
export function withPipeTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const headerCount = RULE.test(line) ? headerLinesAbove(out) : 0;
    if (!headerCount) {
      out.push(line);
      continue;
    }
    const starts = columnStarts(line);
    const header = out.splice(out.length - headerCount);
    const { rows, end } = rowsBelow(lines, i + 1, starts);
    if (!rows.length) {
      out.push(...header, line);
      continue;
    }
    const headers = starts.map((_, c) =>
      header
        .map((h, n) => headerCellsAt(h, starts, n < header.length - 1)[c])
        .filter(Boolean)
        .join(' '),
    );
    out.push('', pipeLine(headers), pipeLine(headers.map(() => '---')), ...rows.map(pipeLine), '');
    i = end - 1;
  }
  return out;
}

// How many lines right above the rule are its header: the non-blank lines up to a blank one, each with a gap
// between columns (a sentence right above a table is no header).
function headerLinesAbove(out: string[]): number {
  let n = 0;
  while (n < MAX_HEADER_LINES && n < out.length && out[out.length - 1 - n]!.trim()) n++;
  const lines = out.slice(out.length - n);
  const before = out[out.length - 1 - n];
  const standsAlone = before === undefined || !before.trim();
  return n && standsAlone && lines.some((l) => COLUMN_GAP.test(l.trim()) || l.trim().split(/\s+/).length <= 3)
    ? n
    : 0;
}

// The rows under the rule, up to a blank line or a closing rule; a line that continues the row above (a cell's
// words wrapped onto the next line) is joined to it.
function rowsBelow(lines: string[], from: number, starts: number[]): { rows: string[][]; end: number } {
  const rows: string[][] = [];
  let j = from;
  for (; j < lines.length && lines[j]!.trim(); j++) {
    if (RULE.test(lines[j]!)) {
      j++;
      break;
    }
    const cells = cellsAt(lines[j]!, starts);
    const last = rows.at(-1);
    if (last && continues(lines[j]!, cells, starts)) continueRow(last, cells);
    else rows.push(cells);
  }
  return { rows, end: j };
}

// A line that carries on the row above: its first cell empty, or only its first cell written and set in
// further than the column starts ("Working dog - first" over "  dog on the farm").
function continues(line: string, cells: string[], starts: number[]): boolean {
  if (!cells[0]) return true;
  return cells.slice(1).every((c) => !c) && line.search(/\S/) > starts[0]!;
}

// A wrapped line's cells joined to the row above, column by column.
function continueRow(row: string[], cells: string[]): void {
  for (const [c, cell] of cells.entries()) if (cell) row[c] = `${row[c] ?? ''} ${cell}`.trim();
}

// Where each column starts: the first dash of each run in the rule.
function columnStarts(rule: string): number[] {
  return [...rule.matchAll(/[-=]+/g)].map((m) => m.index!);
}

// A line's cells by the columns' starts; a word that runs over a column's start (a cell a little too wide)
// stays whole in the column it starts in.
function cellsAt(line: string, starts: number[]): string[] {
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

// Dot leaders a cell was padded with ("Petrol or diesel car .........") are no part of it.
const withoutLeaders = (cell: string) => cell.replace(/\s*(?:\.\s?){3,}$/, '');

const pipeLine = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`;
