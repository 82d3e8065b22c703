/** @module Text written into a regular expression as itself. */

/** `text` with every character a regular expression reads specially escaped ("a.b" matches only "a.b"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
