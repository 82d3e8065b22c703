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

/**
 * A reader of chat's shorthand for a language's words (`{ cb: 'combien', q: 'que' }`): each written as the words it
 * stands for, in lower case only, as chat types it ("CB" is a bank card, "TT" remote work, "TB" tuberculosis); a
 * single letter not before a figure or ending the question ("de Q 500", "la bodega k?"), and no shorthand before a
 * capitalised name ("le pr Ndong"): those are signs, names and titles.
 */
export function shorthandReader(table: Readonly<Record<string, string>>): (question: string) => string {
  const keys = Object.keys(table);
  const letters = keys.filter((k) => k.length === 1).join('|') || '(?!)';
  const word = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${keys.filter((k) => k.length > 1).join('|')}|(?:${letters})(?!\\s*(?:\\d|[?!.]|$)))(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})`,
    'gu',
  );
  return (question) => question.replace(word, (w) => table[w] ?? w);
}
