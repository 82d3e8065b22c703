/**
 * @module Phone numbers: international ones (+31 …, 0049 …) and national ones as written in any of the
 * configured regions, or any number a label calls a phone ("tel.", "Handy", "call me on") even when its range is
 * not one libphonenumber-js knows. The span keeps a leading +/00, a trunk (0) and parentheses, and leaves out
 * labels and extensions.
 */
import type { CountryCode } from 'libphonenumber-js';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Match } from './kinds.js';
import { mayBeNational } from './numbering-plans.js';
import { type NumberContext, numberContext } from './phone-context.js';

// A run of digits with the separators people put in phone numbers, not glued to a word, a decimal or a code
// (a dot or colon right after a label is fine: "Tel.0171 …", "tel:+31 …"). Found cheaply first; only these
// few candidates are parsed.
const CANDIDATE =
  /(?<![\p{L}\d+,/@_-])(?<!(?:^|[^\p{L}.:])[.:]+)(?:\+ ?|\b00)?\(?\d[\d ()./\u00a0-]{5,24}\d(?![\p{L}\d@_]|[.,/-]\d)/gu;
// Two numbers one after the other: "030 1234567 / 0171 4455667".
const BETWEEN_NUMBERS = /\s+[/|]\s+|\s{2,}/;
const THOUSANDS = /^[1-9]\d{0,2}(?:[ .,\u00a0]\d{3}){3,}$/;
const DATE = /^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$/;
// A token of letters and digits just before: the number is the tail of a code ("1Z 999 AA1 01 2345 6784").
// Or the digits continue an account number in IBAN shape whose checksum failed ("NL91 ABNA 0417 1643 01").
const CODE_BEFORE =
  /(?<![\p{L}\d])(?=[\p{L}\d]*\d)(?=[\p{L}\d]*\p{L})[\p{L}\d]+[ -]$|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})+ $/u;

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Dotted numbers are phones only in 2-4 digit groups, and never as an address-like quad ("10.0.19041.1", "192.168.1.1"). */
function dottedLikeOtherNumber(value: string): boolean {
  if (!/^\d+(?:\.\d+)+$/.test(value)) return false;
  const groups = value.split('.');
  if (groups.some((g) => g.length < 2 || g.length > 4)) return true;
  return groups.length === 4 && groups.every((g) => g.length <= 3 && !g.startsWith('0'));
}

/**
 * Written like a phone: at most 7 groups, one pair of parentheses besides a trunk (0), no date, no dotted quad,
 * and not thousands in groups of three ("1 234 567 890" is an amount, though Brazil could dial it).
 */
function phoneShaped(value: string): boolean {
  if (value.split(/[ ./-]+/).length > 7 || value.replace('(0)', '').split('(').length > 2) return false;
  return !DATE.test(value) && !THOUSANDS.test(value) && !dottedLikeOtherNumber(value);
}

function international(value: string, context: NumberContext): boolean {
  const plus = value.startsWith('+');
  // Only the digits count: a trunk (0) is dropped, and so are the separators libphonenumber-js stops at ("/").
  const digits = digitsOf(value.replace(/\(0\)/, ''));
  const n = parsePhoneNumberFromString(`+${plus ? digits : digits.slice(2)}`);
  if (!n) return false;
  // A written + is a phone's own mark; 00 also starts ordinary codes, so it needs a valid number or a label.
  return n.isValid() || (n.isPossible() && (plus || context === 'phone'));
}

/** Valid in one of the regions and written as that region writes it (with its trunk 0 where it has one). */
function national(value: string, digits: string, regions: readonly CountryCode[]): boolean {
  // Without a trunk 0 a short run is too often an order or a postcode that some numbering plan allows.
  if (!digits.startsWith('0') && digits.length < 9) return false;
  // A compact run with no separator is a phone only with a trunk 0 and a phone's length ("0612345678").
  if (/^\d+$/.test(value) && !(digits.startsWith('0') && digits.length >= 10 && digits.length <= 11))
    return false;
  return regions.some((region) => {
    if (!mayBeNational(digits, region)) return false;
    const n = parsePhoneNumberFromString(value, region);
    return n?.isValid() === true && digitsOf(n.formatNational()) === digits;
  });
}

function isPhone(text: string, at: number, value: string, regions: readonly CountryCode[]): boolean {
  const digits = digitsOf(value);
  if (digits.length < 7 || digits.length > 15 || !phoneShaped(value)) return false;
  if (CODE_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return false;
  const context = numberContext(text, at);
  if (/^(?:\+|00)/.test(value)) return international(value, context);
  if (context === 'other') return false;
  // A label says it is a phone: trust it over the numbering plan (new ranges, drama numbers, typos), unless
  // the number is a short bare run ("reach 12500000 users").
  if (context === 'phone' && (digits.length >= 9 || digits.startsWith('0') || /\D/.test(value))) return true;
  return national(value, digits, regions);
}

/** The candidate as a phone number, without a parenthesis it does not close, or nothing. */
function phoneAt(
  text: string,
  start: number,
  raw: string,
  regions: readonly CountryCode[],
): Match | undefined {
  const value = trimParens(raw);
  const offset = start + raw.indexOf(value);
  return isPhone(text, offset, value, regions) ? { start: offset, value } : undefined;
}

/** Phone numbers in `text`, national ones read as written in any of `regions`. */
export function findPhones(text: string, regions: readonly CountryCode[]): Match[] {
  const out: Match[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    // "+49 (0) 211 / 123 456 78" is one number; "030 1234567 / 0171 4455667" two.
    const whole = phoneAt(text, m.index, m[0], regions);
    if (whole) out.push(whole);
    const parts = whole ? [] : m[0].split(BETWEEN_NUMBERS);
    let at = m.index;
    for (const part of parts.length > 1 ? parts : []) {
      const start = text.indexOf(part, at);
      at = start + part.length;
      const phone = phoneAt(text, start, part, regions);
      if (phone) out.push(phone);
    }
  }
  return out;
}

/** Drops a parenthesis that the number does not close or open: "(0171 4455667" → "0171 4455667". */
function trimParens(value: string): string {
  let v = value.trim();
  if (v.startsWith('(') && !v.includes(')')) v = v.slice(1);
  if (v.endsWith(')') && !v.includes('(')) v = v.slice(0, -1);
  return v.trim();
}
