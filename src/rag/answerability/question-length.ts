/**
 * @module How much of a very long question is read: a message of a megabyte (a document pasted in, a log) is
 * searched for and judged by its opening and its end, where people put what they ask; every check over it would
 * otherwise read it whole, many times, and hold a server's event loop for seconds.
 */

// Past this many characters a question is read by its first and last READ_EACH.
const MAX_READ = 8000;
const READ_EACH = 4000;

/** The question as its readers see it: whole, or its first and last few thousand characters when it is longer. */
export function readableQuestion(question: string): string {
  if (question.length <= MAX_READ) return question;
  return `${question.slice(0, READ_EACH)} … ${question.slice(-READ_EACH)}`;
}
