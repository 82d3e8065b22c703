/**
 * @module Tables as rows that keep their meaning: each row becomes one line naming its table and every cell
 * with its column header ("Employer match · Region: US · Match: 100% up to 4%"), so a row can be retrieved,
 * quoted and cited on its own, and a number is never read without the column it belongs to.
 */

/** One line per body row; `caption` is the table's caption or the heading above it. */
export function tableRowLines(
  headers: readonly string[],
  rows: readonly string[][],
  caption?: string,
): string[] {
  const named = headers.some((h) => h.trim());
  return rows
    .map((cells) => {
      const parts = cells
        .map((cell, i) => {
          const value = cell.trim();
          if (!value) return '';
          const header = named ? (headers[i] ?? '').trim() : '';
          return header ? `${header}: ${value}` : value;
        })
        .filter(Boolean);
      if (!parts.length) return '';
      return [...(caption ? [caption.trim()] : []), ...parts].join(' · ');
    })
    .filter(Boolean);
}
