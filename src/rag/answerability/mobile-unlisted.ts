/**
 * @module A named person's mobile number that the documents do not give: declined, not answered with the
 * extension or e-mail that a directory lists beside the name ("need Gord Pettigrew's cell number, he's not
 * answering ext").
 */
import { escapeRegExp, type Grounding } from '../../core/index.js';
import { type PassageText, verdict } from './judged.js';
import { mobileAskedOf } from './mobile-asked.js';

/** A decline when the question asks a named person's mobile and no passage names them beside a mobile. */
export function unlistedMobile(
  question: string,
  passages: PassageText[],
  expects: string,
): Grounding | undefined {
  const person = mobileAskedOf(question);
  if (!person) return undefined;
  if (passages.some((p) => givesMobile(p.text, person))) return undefined;
  return verdict(false, `asks for ${person}'s mobile number, which no passage gives`, 0, expects);
}

// The person named in a passage (by full name, "G. Pettigrew" or "Pettigrew, Gord") with a mobile word or a phone
// number after the name and before the next person's ("Name: … · Mobile: 0412 555 019", a table's row "Gord
// Pettigrew | 2300 | 0412 555 019"): not another person's mobile, nor an extension of four digits.
function givesMobile(text: string, person: string): boolean {
  for (const at of namedAt(text, person)) {
    const after = text.slice(at, at + WINDOW);
    const own = after.slice(0, nextName(after));
    if (MOBILE_WORD.test(own) || PHONE.test(own)) return true;
  }
  return false;
}

// Where each naming of the person in a text ends: the full name, "G. Pettigrew" or "Pettigrew, Gord".
function namedAt(text: string, person: string): number[] {
  const parts = person.split(/\s+/).map(escapeRegExp);
  const [first, last] = [parts[0]!, parts.at(-1)!];
  const initial = escapeRegExp(person[0]!);
  const forms = new RegExp(
    `(?<![\\p{L}])(?:${parts.join('\\s+')}|${initial}\\.?\\s*${last}|${last},\\s*${first})(?![\\p{L}])`,
    'giu',
  );
  return [...text.matchAll(forms)].map((m) => m.index + m[0].length);
}

// Where the next person's entry starts: a "Name:" field, or a line that opens with two capitalised words.
function nextName(after: string): number {
  const at = after.search(/\bName\s*:|\n\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u);
  return at < 0 ? after.length : at;
}

const WINDOW = 160;
const MOBILE_WORD = /(?<![\p{L}])(?:mobile|cell|cellphone|handphone|mob|whatsapp|\(m\))(?![\p{L}])/iu;
// A telephone number in groups ("0412 555 019", "+92 300 1234567"), not a date ("2028-02-07").
const PHONE = /(?<![\d-])\+?\d{2,5}[ -]?\d{3,4}[ -]?\d{3,4}(?![\d-])/;
