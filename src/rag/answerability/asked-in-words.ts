/**
 * @module What the readers of questions asked in Spanish, Portuguese, Romanian and French share: words compared with
 * their accents folded, as chat often leaves them out, and a question's phrases replaced by the English they say.
 */

/** A word in lower case without its accents ("días" as "dias", "mañana" as "manana"). */
export const foldAccents = (word: string): string =>
  word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** The text with each pattern replaced by its English, in the order given (the longest phrases first). */
export function withEachReplaced(text: string, patterns: ReadonlyArray<readonly [RegExp, string]>): string {
  let read = text;
  for (const [pattern, english] of patterns) read = read.replace(pattern, english);
  return read;
}
