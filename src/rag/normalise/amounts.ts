/**
 * @module Amounts of money, percentages and ordinals read in the ways people write them
 * (£1,800, 1800 pounds, €19, EUR 19, 10,50 EUR, 45p, 25 %, 25th), and temperatures (+6 °C), written in one set of forms:
 * the plain number, the currency's code and name, and compact tokens (gbp1800, eur10p50), so "£1,800"
 * and "1800 GBP" meet, and so do "0.45 GBP" and "45p", "25%" and "25 per cent".
 */
import {
  CURRENCIES,
  currencyAfterSource,
  currencyBeforeSource,
  currencyOf,
  currencySignStart,
  WORD_LIKE_CODES,
} from './currencies.js';
import { PLAIN_MONEY_FIGURE } from './currencies-world.js';
import { AFTER, NUMBER_START, type Reader } from './spans.js';

// Grouped with dots and a decimal comma (1.800,50), grouped with commas or thin spaces (1,800.50), or plain
// with a decimal point or comma (10.50, 10,50).
const NUMBER =
  '(\\d{1,3}(?:\\.\\d{3})+,\\d{1,2}|\\d{1,3}(?:[,\\u202f\\u00a0]\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)';
const SCALE = '(?:\\s?(k|K|m|M|bn|Bn|BN|million|Million|MILLION|billion|Billion|BILLION)(?![\\p{L}\\p{N}]))?';
// Beside a currency's sign or code a number may also be grouped with plain spaces ("R22 000", "R 4 200", "12 500
// CZK"): there it is surely one amount, where "5 000" alone may be two numbers.
// Grouped with spaces, a comma's three figures are the millimes of a dinar ("1 250,500 DT").
// Grouped with dots alone, it is whole thousands ("Kz 5.000", "Rp 1.250.000"), unless its currency has three places
// ("KD 1.500" is a dinar and a half): `money` reads which.
const MONEY_NUMBER = `(\\d{1,3}(?: \\d{3})+(?:[.,]\\d{1,3})?(?!\\d)|\\d{1,3}(?:\\.\\d{3})+(?![.,]?\\d)|${NUMBER.slice(1, -1)})`;
// The escudo's cifrão stands where the decimal point would ("1.500$00", "25 000$00", "350$00"): Cabo Verde's money
// (and Portugal's before the euro), never a dollar.
const CIFRAO = '(\\d{1,3}(?:[. \\u00a0\\u202f]\\d{3})+|\\d+)\\$(\\d{2})(?![\\p{L}\\p{N}])';

const SCALES: Record<string, number> = { k: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

// After a figure only money is written as (grouped in thousands or with its cents), a code that is a word too is
// money ("1 500,00 CUP", "4.800 CVE"), where "3 CUP" may be a cup; but not the words and units a count is followed by:
// a heading's "ALL" and "TOP", kilograms' "KGS", "SOS calls", "AMD" chips, "CRC" errors, "SAR" (search and rescue)
// teams, "IRR" and "OMR" sheets.
const WORDS_AFTER_COUNTS = new Set([
  'ALL',
  'TOP',
  'KGS',
  'SOS',
  'AMD',
  'CRC',
  'SAR',
  'IRR',
  'OMR',
  'BSD',
  'NAD',
]);
const WORD_LIKE_AFTER = `(${[...WORD_LIKE_CODES].filter((code) => !WORDS_AFTER_COUNTS.has(code) && CURRENCIES.some((c) => c.code === code)).join('|')})(?![\\p{L}\\p{N}])`;
/** A figure only money is written as and a code that is a word too after it ("1 500,00 CUP"), as a pattern's source. */
export const WORD_CODE_AFTER_FIGURE = `(?<![\\d.,])(${PLAIN_MONEY_FIGURE})(?![\\d.,]?\\d)\\s?${WORD_LIKE_AFTER}`;
// Names a dollar sign's figure may be followed by in Samoa ("$45 tala"), lower-case or capitalised.
const NAMES_AFTER_SIGN = ['tala', 'Tala'];
// Every currency's code in capitals: after a dollar sign's figure it names which dollar or peso it is ("$2.100 CUP",
// "$ 1.500 MXN"): the sign alone is read as the US dollar.
const CODE_AFTER_SIGN = `(${CURRENCIES.map((c) => c.code)
  .filter((code) => !WORDS_AFTER_COUNTS.has(code))
  .join('|')}|${NAMES_AFTER_SIGN.join('|')})(?![\\p{L}\\p{N}-])`;

/**
 * Readers of amounts, percentages and ordinals, the most specific first. A grouped number without a currency
 * ("1,000 genomes") is left as written: read as 1000 it met unrelated abstracts on SciFact.
 */
export const amountReaders: Reader[] = [
  {
    pattern: new RegExp(`${NUMBER_START}${CIFRAO}`, 'gu'),
    read: (m) => moneyForms('CVE', Number(m[1]!.replace(/\D/g, '')) + Number(m[2]) / 100),
  },
  {
    pattern: new RegExp(`\\$\\s?${MONEY_NUMBER}\\s?${CODE_AFTER_SIGN}`, 'gu'),
    read: (m) => money(m[2]!, m[1]!, undefined),
  },
  {
    pattern: new RegExp(`${NUMBER_START}${WORD_CODE_AFTER_FIGURE}`, 'gu'),
    read: (m) => money(m[2]!, m[1]!, undefined),
  },
  {
    pattern: new RegExp(
      `${currencySignStart()}(${currencyBeforeSource()}\\s?)${MONEY_NUMBER}${SCALE}${AFTER}`,
      'gu',
    ),
    read: (m) => money(m[1]!, m[2]!, m[3]),
  },
  {
    // Central Europe closes a whole amount with ",-", its thousands set off by dots ("12.500,- Ft", "150,- Kč").
    pattern: new RegExp(
      `${NUMBER_START}(\\d{1,3}(?:\\.\\d{3})+|\\d+),[-–]\\s?(€|${currencyAfterSource()})`,
      'gu',
    ),
    read: (m) => money(m[2]!, m[1]!.replaceAll('.', ''), undefined),
  },
  {
    // Before a currency's code or name too, spaces may group it ("12 500 CZK", "4 200 rand"); and before a dollar
    // sign, as Quebec writes it ("1 250,00 $", "18,50 $").
    pattern: new RegExp(`${NUMBER_START}${MONEY_NUMBER}${SCALE}\\s?(€|£|\\$|${currencyAfterSource()})`, 'gu'),
    read: (m) => money(m[3]!, m[1]!, m[2]),
  },
  {
    pattern: new RegExp(`${NUMBER_START}(\\d{1,2})(?:p|\\s?pence)${AFTER}`, 'giu'),
    read: (m) => moneyForms('GBP', Number(m[1]) / 100),
  },
  {
    pattern: new RegExp(
      `${NUMBER_START}${NUMBER}\\s?(?:%|(?:percent|per\\s?cent|pour\\s?cent|prozent|pct)${AFTER})`,
      'giu',
    ),
    read: (m) => {
      const n = plainNumber(m[1]!);
      // The number and the word: a compact token (pct25) made scientific claims meet abstracts by
      // coincidence (SciFact), while "25 percent" already meets "25 %" on both words.
      return [n, 'percent'];
    },
  },
  {
    pattern: new RegExp(`${NUMBER_START}(\\d{1,4})(?:st|nd|rd|th)${AFTER}`, 'giu'),
    read: (m) => [String(Number(m[1]))],
  },
  {
    // A temperature ("+2 °C", "-18°C", "40 °F") is what a question asking "what temperature" or "how cold" seeks.
    pattern: new RegExp(
      `${NUMBER_START}(?<![\\d.,])(\\d{1,4}(?:[.,]\\d{1,2})?)\\s?(?:[°º]\\s?([CFcf])|(℃))${AFTER}`,
      'gu',
    ),
    read: (m) => [
      (m[1] ?? '').replace(',', '.'),
      'temperature',
      'degrees',
      /^f$/i.test(m[2] ?? '') ? 'fahrenheit' : 'celsius',
    ],
  },
];

function money(currency: string, amount: string, scale: string | undefined): string[] {
  const code = currencyOf(currency)!.code;
  const written = withSeparatorsRead(amount, code);
  // "14 ming so'm" is 14 thousand sum: "ming" is Uzbek for a thousand.
  const thousands = /^ming\s/i.test(currency) ? 1000 : 1;
  const value = Number(plainNumber(written)) * (scale ? SCALES[scale.toLowerCase()]! : 1) * thousands;
  return moneyForms(code, value);
}

// The figure as `plainNumber` reads it, its currency's ways applied first: Tunisia writes a dinar's millimes after a
// comma ("0,700 DT", "6,000 DT"), a decimal comma, not thousands; dots may group thousands (below).
function withSeparatorsRead(amount: string, code: string): string {
  if (code === 'TND' && /^\d{1,3},\d{3}$/.test(amount.trim())) return amount.replace(',', '.');
  return dotThousands(amount.trim(), code) ? amount.replaceAll('.', '') : amount;
}

// Thousands grouped with dots start with a figure other than 0 ("$0.125 per kWh" is an eighth of a dollar). The
// dollar and the pound group with commas: one group after a dot there is decimals ("$3.499 a gallon"), two are
// thousands. A currency of three places keeps its dot as the decimal point ("KD 1.500").
const DOT_THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const COMMA_GROUPED = new Set(['USD', 'GBP']);
const dotThousands = (amount: string, code: string) =>
  DOT_THOUSANDS.test(amount) &&
  minorDigits(code) !== 3 &&
  (!COMMA_GROUPED.has(code) || amount.split('.').length > 2);
const MINOR_DIGITS = new Map<string, number>();

// The places of a currency's minor unit, as the platform's CLDR data has them (3 for the dinars of Kuwait, Bahrain,
// Jordan, Oman, Iraq, Libya and Tunisia; 0 for the yen; else 2).
function minorDigits(code: string): number {
  let digits = MINOR_DIGITS.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
      .maximumFractionDigits as number;
    MINOR_DIGITS.set(code, digits);
  }
  return digits;
}

// Money has cents or none: 10.5 is written 10.50, and 190.00 is 190.
function moneyForms(code: string, value: number): string[] {
  const cents = Math.round(value * 100) % 100;
  const whole = Math.floor(Math.round(value * 100) / 100);
  const plain = cents ? `${whole}.${String(cents).padStart(2, '0')}` : String(whole);
  const name = CURRENCIES.find((c) => c.code === code)!.name;
  const forms = [plain, code, name, `${code.toLowerCase()}${plain.replace('.', 'p')}`];
  if (code === 'GBP' && whole === 0 && cents) forms.push(`${cents}p`);
  return forms;
}

/** A written number as digits with a decimal point and no grouping: "1,800.50" → "1800.50", "10,50" → "10.50". */
export function plainNumber(written: string): string {
  const s = written.replace(/[\u202f\u00a0 ]/g, '');
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) return s.replace(/\./g, '').replace(',', '.');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return s.replace(/,/g, '');
  return s.replace(',', '.');
}
