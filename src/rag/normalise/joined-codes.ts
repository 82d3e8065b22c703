/**
 * @module Plans named by a number and a letter in brackets and without them ("401(k)" and "401k", "403(b)" and
 * "403b"): the tokeniser drops a lone letter, so "401(k)" would be only "401". The joined form is indexed and
 * searched beside the text, so either way of writing it finds the other. Not a clause's or a step's letter ("Clause
 * 5(a)", "Step 2 (a)"), which is a number of one or two figures; and not a letter joined by a hyphen ("W-2", "A-1"),
 * which names forms and appendices alike.
 */

// A number of three figures with a lone letter in brackets ("401(k)", "403 (b)", "457(b)s").
const NUMBER_LETTER = /(?<![\p{L}\p{N}])(\d{3}) ?\((\p{L})\)/gu;
// The same joined ("401k", "403bs"), as a passage's words hold it: its number said too.
const JOINED = /^(\d{3})\p{L}s?$/u;

/** The joined forms of the bracketed plan names in `text`, in lower case ("401k"). */
export function joinedCodes(text: string): string[] {
  return [...text.matchAll(NUMBER_LETTER)].map((m) => `${m[1]}${m[2]}`.toLowerCase());
}

/** The number of a joined plan name ("401" of "401k"), as the tokeniser reads "401(k)"; none for another word. */
export const numberOfJoined = (word: string): string | undefined => JOINED.exec(word)?.[1];
