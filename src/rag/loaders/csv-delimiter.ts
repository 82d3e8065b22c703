/**
 * @module Which character separates a CSV file's values when its knowledge base does not say: much of Europe's
 * spreadsheets write "code;rate_eur;notes" with decimal commas ("125,00"), and reading such a file by commas
 * splits every amount in two and leaves every row out.
 */

// On a tie the first wins: a tab or a semicolon in a column's name is rarer than a comma ("pay, monthly").
const CANDIDATES = ['\t', ';', ',', '|'];
// The header and the lines after it that the guess reads: enough to see which character splits them alike.
const LINES_READ = 6;

/**
 * The delimiter a CSV file uses, guessed from its first lines: of tab, semicolon, comma and bar (outside quotes),
 * those that split every line read into as many values as the header, else those the header holds; of them the
 * one the header holds most of, the first on a tie; a comma when the header holds none.
 */
export function sniffDelimiter(text: string): string {
  const counts = firstLines(text.replace(/^\uFEFF/, ''), LINES_READ).map(countsOutsideQuotes);
  const [header, ...rows] = counts;
  const inHeader = (c: string) => header?.get(c) ?? 0;
  const held = CANDIDATES.filter((c) => inHeader(c) > 0);
  const alike = held.filter((c) => rows.every((row) => (row.get(c) ?? 0) === inHeader(c)));
  const pool = alike.length ? alike : held;
  return pool.reduce((a, b) => (inHeader(b) > inHeader(a) ? b : a), pool[0] ?? ',');
}

// The first non-blank lines of a text, without splitting all of a large file.
function firstLines(text: string, n: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < n && start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
    if (line.trim()) lines.push(line);
    if (end < 0) break;
    start = end + 1;
  }
  return lines;
}

// How often each candidate appears in the line, not counting those inside a double-quoted value.
function countsOutsideQuotes(line: string): Map<string, number> {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && CANDIDATES.includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return counts;
}
