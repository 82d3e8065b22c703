/**
 * @module Codes written with a hyphen or brackets and without them ("W-2" and "W2", "401(k)" and "401k", "I-9"
 * and "I9"): the tokeniser drops a lone letter, so "W-2" would be only "2" and "401(k)" only "401". The joined
 * form is indexed and searched beside the text, so either way of writing a code finds the other.
 */

// A lone letter joined to a number by a hyphen ("W-2", "T-4", "K-12"), not inside a longer code ("HR-09", "A-1-B").
const LETTER_NUMBER = /(?<![\p{L}\p{N}-])(\p{L})[-‐‑](\d{1,4})(?![\p{L}\p{N}]|-\p{L})/gu;
// A number with a lone letter in brackets ("401(k)", "403 (b)"), as US retirement plans are named.
const NUMBER_LETTER = /(?<![\p{L}\p{N}])(\d{1,4}) ?\((\p{L})\)/gu;

/** The joined forms of the hyphenated and bracketed codes in `text`, in lower case ("w2", "401k"). */
export function joinedCodes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LETTER_NUMBER)) out.push(`${m[1]}${m[2]}`.toLowerCase());
  for (const m of text.matchAll(NUMBER_LETTER)) out.push(`${m[1]}${m[2]}`.toLowerCase());
  return out;
}
