/**
 * @module Which character separates a CSV file's values when its knowledge base does not say: much of Europe's
 * spreadsheets write "code;rate_eur;notes" with decimal commas ("125,00"), and reading such a file by commas
 * splits every amount in two and leaves every row out.
 */

// On a tie the first wins: a tab or a semicolon in a column's name is rarer than a comma ("pay, monthly").
const CANDIDATES = ['\t', ';', ',', '|'];

/** The delimiter a CSV file's header line uses: whichever of tab, semicolon, comma or bar it holds most of outside
 * quotes (the first of them on a tie); a comma when it holds none. */
export function sniffDelimiter(text: string): string {
  const header =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((line) => line.trim()) ?? '';
  const counts = countsOutsideQuotes(header);
  const best = CANDIDATES.reduce((a, b) => ((counts.get(b) ?? 0) > (counts.get(a) ?? 0) ? b : a));
  return counts.get(best) ? best : ',';
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
