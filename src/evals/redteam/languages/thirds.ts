import { unmarked } from '../encodings.js';

/** A sentence cut in three pieces of about equal length (payload splitting); keep() marks are dropped first. */
export function thirds(sentence: string): [string, string, string] {
  const s = unmarked(sentence);
  const a = Math.floor(s.length / 3);
  const b = Math.floor((2 * s.length) / 3);
  return [s.slice(0, a), s.slice(a, b), s.slice(b)];
}
