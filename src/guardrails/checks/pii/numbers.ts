/**
 * @module Numbers with a checksum or a fixed shape: payment cards (Luhn), IBANs (ISO 13616 mod 97) and US
 * social security numbers (dashed or spaced).
 */
import { isValidIBAN } from 'ibantools';
import { type Match, matchesOf } from './kinds.js';

// Cards start with a network's digit (2-6: Mastercard, Amex, Visa, Discover...) and are written compact, in
// fours, or as Amex and Diners write them (4-6-5, 4-6-4).
const CARD =
  /(?<![\d.,])(?:[2-6]\d{12,18}|[2-6]\d{3}(?:([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?|([ -])\d{6}\2\d{4,5}))(?!\d)/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
// Area 000, 666 and 9xx, group 00 and serial 0000 are never issued; one separator throughout.
const SSN = /(?<![\d-]|\d )(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?!\d|[- ]\d)/g;

/** Luhn checksum, as payment card numbers carry. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function isCardNumber(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/g, '');
  return luhn(digits) && !/^(\d)\1+$/.test(digits);
}

/** Payment card numbers that pass the Luhn check. */
export const findCards = (text: string): Match[] => matchesOf(text, CARD, (m) => isCardNumber(m[0]));

/** IBANs whose check digits are right. */
export const findIbans = (text: string): Match[] =>
  matchesOf(text, IBAN, (m) => isValidIBAN(m[0].replace(/ /g, '')));

/** US social security numbers in issued ranges. */
export const findSsns = (text: string): Match[] => matchesOf(text, SSN);
