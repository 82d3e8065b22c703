/** @module A short, one-line excerpt of a text around a span, so an error list shows where without the whole row. */

/** Up to `width` characters either side of `start..end`, whitespace folded, `…` where cut. */
export function textAround(text: string, start: number, end: number, width = 30): string {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  const body = text.slice(from, to).replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}
