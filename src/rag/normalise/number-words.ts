/**
 * @module Counts written in words before what they count ("five years", "three working days", "twelve weeks'")
 * read as figures too, so a question's "once I've done five years" meets a table's "5 years or more".
 */
import type { Reader } from './spans.js';

const NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';

// Only before a unit or a thing counted: "one of them", "the second one" and "no one" count nothing.
const COUNTED =
  '(?:(?:working|calendar|business|full|clear|consecutive|extra|additional|paid|unpaid|weekly|annual)[\\s-]+)?(?:years?|months?|weeks?|fortnights?|days?|nights?|hours?|hrs|minutes?|mins|shifts?|times|sessions?|visits?|requests?|people|colleagues|children|members|instalments|payments)\\b';

/** Readers of counts written in words. */
// "thirty-five days" and "thirty five days" are 35, not 5: the tens and their unit are read as one number.
export const numberWordReaders: Reader[] = [
  {
    pattern: new RegExp(`(?<![\\p{L}-])(${TENS})[\\s-]+(${UNITS})(?=[\\s-]+${COUNTED})`, 'giu'),
    read: (m) => [String(NUMBERS[m[1]!.toLowerCase()]! + NUMBERS[m[2]!.toLowerCase()]!)],
  },
  {
    pattern: new RegExp(`(?<![\\p{L}-])(${Object.keys(NUMBERS).join('|')})(?=[\\s-]+${COUNTED})`, 'giu'),
    read: (m) => [String(NUMBERS[m[1]!.toLowerCase()])],
  },
];

/** Whether a text may hold a count written in words (a cheap test before the readers run). */
export const mayHoldNumberWord = (text: string) => NUMBER_WORD.test(text);

const NUMBER_WORD = new RegExp(`(?<!\\p{L})(?:${Object.keys(NUMBERS).join('|')})(?!\\p{L})`, 'iu');
