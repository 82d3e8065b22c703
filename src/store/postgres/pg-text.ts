/**
 * @module Free text (a model's output, an error message, a comment) as PostgreSQL can hold it: its text type
 * refuses the NUL character, which SQLite keeps; a stray NUL in an answer must not fail the write.
 */

/** The text with each NUL as U+FFFD (the replacement character); null and undefined as NULL. */
export function pgText(text: string | null | undefined): string | null {
  if (text == null) return null;
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\uFFFD') : text;
}
