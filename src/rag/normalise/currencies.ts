/**
 * @module The currencies an organisation's documents write amounts in, by their symbols, local signs and ISO
 * codes: "£1,800", "R22 000" (rand), "Rs. 4,500", "RM 120", "CAD 2,000", "kr 450". One table, so the index's
 * normalised forms and the answerer's "does this sentence hold an amount" agree on what money looks like.
 */
import { escapeRegExp } from '../../core/index.js';

export interface Currency {
  /** ISO 4217 code, the form written into the index ("ZAR"). */
  code: string;
  /** The word the index writes beside it ("rand"), so "how many rand" meets "R22 000". */
  name: string;
  /** Signs written before the number, lower-cased ("r", "rs.", "c$"). */
  before: string[];
  /** Words written after the number, lower-cased ("rand", "rupees"). */
  after: string[];
}

const DOLLAR_NAMES = ['dollar', 'dollars'];

/** Every currency read, the most common first (a bare "$" is read as US dollars: it names no country). */
export const CURRENCIES: Currency[] = [
  { code: 'GBP', name: 'pounds', before: ['£'], after: ['pound', 'pounds', 'sterling'] },
  { code: 'EUR', name: 'euros', before: ['€'], after: ['euro', 'euros'] },
  { code: 'USD', name: 'dollars', before: ['$', 'us$'], after: DOLLAR_NAMES },
  { code: 'CAD', name: 'dollars', before: ['c$', 'ca$'], after: [] },
  { code: 'AUD', name: 'dollars', before: ['a$', 'au$'], after: [] },
  { code: 'NZD', name: 'dollars', before: ['nz$'], after: [] },
  { code: 'SGD', name: 'dollars', before: ['s$'], after: [] },
  { code: 'HKD', name: 'dollars', before: ['hk$'], after: [] },
  { code: 'JPY', name: 'yen', before: ['¥'], after: ['yen'] },
  { code: 'CHF', name: 'francs', before: ['fr.'], after: ['francs'] },
  // "R22 000", "R4,95", "R 4 200": the rand's sign is a capital R before a figure (never "HSR-R04", a code).
  { code: 'ZAR', name: 'rand', before: ['r'], after: ['rand'] },
  { code: 'INR', name: 'rupees', before: ['₹', 'rs.', 'rs'], after: ['rupee', 'rupees'] },
  { code: 'MYR', name: 'ringgit', before: ['rm'], after: ['ringgit'] },
  { code: 'BRL', name: 'reais', before: ['r$'], after: ['reais'] },
  { code: 'KRW', name: 'won', before: ['₩'], after: [] },
  { code: 'NGN', name: 'naira', before: ['₦'], after: ['naira'] },
  { code: 'PHP', name: 'pesos', before: ['₱'], after: [] },
  { code: 'MXN', name: 'pesos', before: ['mx$'], after: ['pesos'] },
  { code: 'KES', name: 'shillings', before: ['ksh', 'ksh.'], after: ['shillings'] },
  { code: 'SEK', name: 'kronor', before: [], after: ['kronor', 'kr'] },
  { code: 'NOK', name: 'kroner', before: [], after: ['kroner'] },
  { code: 'DKK', name: 'kroner', before: [], after: [] },
  { code: 'PLN', name: 'zloty', before: [], after: ['zł', 'zloty'] },
  { code: 'TRY', name: 'lira', before: ['₺'], after: [] },
  { code: 'ILS', name: 'shekels', before: ['₪'], after: ['shekels'] },
  { code: 'THB', name: 'baht', before: ['฿'], after: ['baht'] },
  { code: 'AED', name: 'dirhams', before: [], after: ['dirhams'] },
  { code: 'SAR', name: 'riyals', before: [], after: ['riyals'] },
  { code: 'CNY', name: 'yuan', before: [], after: ['yuan', 'rmb'] },
];

const longestFirst = (a: string, b: string) => b.length - a.length;
// The regexes built here are case-sensitive, so a sign of letters is read only in its usual case ("R", "Rs",
// "RM"; not "r" or "rm"); a code or a name in lower, capitalised or upper case ("eur", "Euros", "EUR").
const anyCase = (w: string) => [
  w.toLowerCase(),
  w[0]!.toUpperCase() + w.slice(1).toLowerCase(),
  w.toUpperCase(),
];
const LETTER_SIGNS: Record<string, string[]> = {
  r: ['R'],
  rs: ['Rs'],
  'rs.': ['Rs.'],
  rm: ['RM'],
  ksh: ['Ksh', 'KSh', 'KSH'],
  'ksh.': ['Ksh.', 'KSh.'],
  'fr.': ['Fr.'],
};
const alternatives = (words: string[]) => [...new Set(words)].sort(longestFirst).map(escapeRegExp).join('|');

/**
 * The regex source (case-sensitive, for a `u` regex) of a currency sign or code written before a figure:
 * "£", "C$", "R" (never inside a word or a code: "HSR-R04"), "CAD", "eur". The space after it is not included.
 */
export function currencyBeforeSource(): string {
  const symbols = CURRENCIES.flatMap((c) => c.before).filter((s) => !(s in LETTER_SIGNS));
  const lettered = CURRENCIES.flatMap((c) => c.before).flatMap((s) => LETTER_SIGNS[s] ?? []);
  const codes = CURRENCIES.flatMap((c) => anyCase(c.code));
  // A sign with letters ("US$", "R", "CAD") starts a word; "$" and "£" may follow a letter-less bracket.
  const hasLetter = (s: string) => /\p{L}/u.test(s);
  const words = [...lettered, ...codes, ...symbols.filter(hasLetter).flatMap(anyCase)];
  return `(?:(?<![\\p{L}\\p{N}\\-/_.])(?:${alternatives(words)})|${alternatives(symbols.filter((s) => !hasLetter(s)))})(?=\\s?\\d)`;
}

/** The regex source (case-sensitive) of a currency code or name written after a figure ("10,50 EUR", "450 rupees"). */
export function currencyAfterSource(): string {
  const words = CURRENCIES.flatMap((c) => [c.code, ...c.after]).flatMap(anyCase);
  return `(?:${alternatives(words)})(?![\\p{L}\\p{N}])`;
}

/** A lookahead for the first character of any sign or code: the regex engine tries the rest only there. */
export function currencySignStart(): string {
  const firsts = CURRENCIES.flatMap((c) => [...c.before, c.code]).flatMap((s) => anyCase(s[0]!));
  return `(?=[${[...new Set(firsts)].map((ch) => ch.replace(/[\\]^$\\\\-]/g, '\\\\$&')).join('')}])`;
}

/** The currency a sign, code or name stands for ("R" → ZAR, "cad" → CAD, "rupees" → INR). */
export function currencyOf(written: string): Currency | undefined {
  const w = written.trim().toLowerCase();
  return CURRENCIES.find((c) => c.code.toLowerCase() === w || c.before.includes(w) || c.after.includes(w));
}

// Words that name a currency but also other things ("pounds" of weight, "won" a prize): a question saying
// them names no currency.
const NOT_ASKED = new Set(['pound', 'pounds', 'kr']);

// The currencies sharing a name ("dollars": US, Canadian, Australian…), asked for and written as one.
const BY_NAME = new Map<string, Currency[]>();
for (const c of CURRENCIES) BY_NAME.set(c.name, [...(BY_NAME.get(c.name) ?? []), c]);

const signsOf = (group: Currency[]) => group.flatMap((c) => c.before);
const wordsOf = (group: Currency[]) => group.flatMap((c) => [c.code, c.name, ...c.after]);

/** The names of the currencies a question asks in ("in euros", "how many rand", "a $40 cab ride"). */
export function currenciesAsked(question: string): string[] {
  return [...BY_NAME].filter(([, group]) => askedIn(group).test(question)).map(([name]) => name);
}

/** Whether `text` holds a figure in the currency of that name ("dollars": "$45", "CAD 2,000", "45 dollars"). */
export function holdsMoneyIn(text: string, name: string): boolean {
  return moneyIn(BY_NAME.get(name) ?? []).test(text);
}

const asked = new Map<Currency[], RegExp>();
function askedIn(group: Currency[]): RegExp {
  let re = asked.get(group);
  if (!re) {
    const words = wordsOf(group).filter((w) => !NOT_ASKED.has(w.toLowerCase()));
    const symbols = signsOf(group).filter((s) => !/\p{L}/u.test(s));
    const parts = [`(?<![\\p{L}\\p{N}])(?:${alternatives(words.flatMap(anyCase))})(?![\\p{L}\\p{N}])`];
    if (symbols.length) parts.push(alternatives(symbols));
    re = new RegExp(parts.join('|'), 'u');
    asked.set(group, re);
  }
  return re;
}

const money = new Map<Currency[], RegExp>();
function moneyIn(group: Currency[]): RegExp {
  let re = money.get(group);
  if (!re) {
    const signs = signsOf(group).flatMap((s) => LETTER_SIGNS[s] ?? (/\p{L}/u.test(s) ? anyCase(s) : [s]));
    const before = [...signs, ...group.flatMap((c) => anyCase(c.code))];
    const after = [...group.flatMap((c) => [c.code, ...c.after])].flatMap(anyCase);
    const parts = [`(?<![\\p{L}\\p{N}\\-/_.])(?:${alternatives(before)})\\s?\\d`];
    if (after.length) parts.push(`\\d\\s?(?:${alternatives(after)})(?![\\p{L}\\p{N}])`);
    re = new RegExp(parts.join('|'), 'u');
    money.set(group, re);
  }
  return re;
}
