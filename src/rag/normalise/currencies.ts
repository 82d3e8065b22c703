/**
 * @module The currencies an organisation's documents write amounts in, by their symbols, local signs and ISO
 * codes: "£1,800", "R22 000" (rand), "Rs. 4,500", "RM 120", "CAD 2,000", "450 kr". One table, so the index's
 * normalised forms and the answerer's "does this sentence hold an amount" agree on what money looks like.
 */
import { escapeRegExp } from '../../core/index.js';
import {
  WORLD_CENTS_ONLY_CODES,
  WORLD_GUARDED_NAMES,
  WORLD_WORD_LIKE_CODES,
  worldCurrencies,
} from './currencies-world.js';
import { LETTER_SIGNS } from './currency-letter-signs.js';

export interface Currency {
  /** ISO 4217 code, the form written into the index ("ZAR"). */
  code: string;
  /** The word the index writes beside it ("rand"), so "how many rand" meets "R22 000". */
  name: string;
  /** Signs written before the number, lower-cased ("r", "rs.", "c$"). */
  before: string[];
  /** Words written after the number, lower-cased ("rand", "rupees"). */
  after: string[];
  /**
   * A sign after the number read only where its own pattern (regex source, case-sensitive) says it is money, not as
   * a word after any figure: the metical's "MT" after centavos ("850,00 MT", while "20 MT" are tonnes).
   */
  afterSign?: { sign: string; pattern: string };
  /** A sign before the number read only where its own pattern says it is money: Jordan's "JD" before fils ("JD 2.500"). */
  beforeSign?: { sign: string; pattern: string };
}

const DOLLAR_NAMES = ['dollar', 'dollars'];

// The currencies read by hand, the most common first (a bare "$" is read as US dollars: it names no country).
const LISTED: Currency[] = [
  { code: 'GBP', name: 'pounds', before: ['£'], after: ['pound', 'pounds', 'sterling'] },
  { code: 'EUR', name: 'euros', before: ['€'], after: ['euro', 'euros', 'ευρώ', 'евро'] },
  // "50 dólares", as Spanish and Portuguese write them, are US dollars first.
  { code: 'USD', name: 'dollars', before: ['$', 'us$'], after: [...DOLLAR_NAMES, 'dólares'] },
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
  // "N5k", "N25,000": the naira's "N" before a figure only money is written as (never "N5", a road or a code).
  { code: 'NGN', name: 'naira', before: ['₦', 'n'], after: ['naira'] },
  { code: 'PHP', name: 'pesos', before: ['₱'], after: [] },
  { code: 'MXN', name: 'pesos', before: ['mx$'], after: ['pesos'] },
  { code: 'KES', name: 'shillings', before: ['ksh', 'ksh.', 'kshs', 'kshs.'], after: ['shillings'] },
  { code: 'SEK', name: 'kronor', before: [], after: ['kronor', 'kr'] },
  // "kr 65", "kr 1 250": Norway writes the krone's sign before a figure, without a full stop.
  { code: 'NOK', name: 'kroner', before: ['kr'], after: ['kroner'] },
  // "kr. 450 per month", "kr. 3,79 per km": the Danish krone's sign, with its full stop, before a figure (Swedes
  // write "450 kr" after it).
  { code: 'DKK', name: 'kroner', before: ['kr.'], after: [] },
  { code: 'PLN', name: 'zloty', before: [], after: ['zł', 'zloty'] },
  { code: 'TRY', name: 'lira', before: ['₺'], after: [] },
  { code: 'ILS', name: 'shekels', before: ['₪'], after: ['shekels'] },
  { code: 'THB', name: 'baht', before: ['฿'], after: ['baht'] },
  { code: 'AED', name: 'dirhams', before: [], after: ['dirhams'] },
  { code: 'SAR', name: 'riyals', before: [], after: ['riyals'] },
  { code: 'CNY', name: 'yuan', before: [], after: ['yuan', 'rmb'] },
  // Written by their codes in documents of their countries ("CLP 8,000", "45.000 COP", "12 500 CZK").
  { code: 'CLP', name: 'pesos', before: [], after: [] },
  { code: 'ARS', name: 'pesos', before: [], after: [] },
  { code: 'COP', name: 'pesos', before: [], after: [] },
  { code: 'UYU', name: 'pesos', before: [], after: [] },
  { code: 'PEN', name: 'soles', before: ['s/'], after: ['soles'] },
  { code: 'CZK', name: 'koruna', before: [], after: ['kč', 'koruna'] },
  { code: 'HUF', name: 'forint', before: [], after: ['ft', 'forint'] },
  { code: 'RON', name: 'lei', before: [], after: ['lei'] },
  // "120 лв.", "2 440 лева": the Bulgarian lev in Cyrillic.
  { code: 'BGN', name: 'leva', before: [], after: ['leva', 'лв.', 'лв', 'лева', 'лев'] },
  { code: 'IDR', name: 'rupiah', before: ['rp'], after: ['rupiah'] },
  { code: 'VND', name: 'dong', before: [], after: ['₫', 'dong'] },
  { code: 'PKR', name: 'rupees', before: [], after: [] },
  { code: 'LKR', name: 'rupees', before: [], after: [] },
  // "Tk 600", "Tk. 12,500/-": the taka's sign as Bangladesh writes it in letters.
  { code: 'BDT', name: 'taka', before: ['৳', 'tk.', 'tk'], after: ['taka'] },
  { code: 'EGP', name: 'pounds', before: [], after: [] },
  { code: 'MAD', name: 'dirhams', before: [], after: [] },
  // "GH₵ 50.00", "GH¢ 50.00" (the cent sign, as many Ghanaian documents write the cedi's), "GHC 3,000" (its old code).
  { code: 'GHS', name: 'cedis', before: ['gh₵', '₵', 'gh¢', 'ghc'], after: ['cedi', 'cedis'] },
  { code: 'TZS', name: 'shillings', before: [], after: [] },
  { code: 'UGX', name: 'shillings', before: [], after: [] },
  { code: 'QAR', name: 'riyals', before: [], after: [] },
  // "KD 12.500", as Kuwait writes its dinar: before a figure with its three places of fils (a "KD 2" is no money).
  {
    code: 'KWD',
    name: 'dinars',
    before: [],
    after: ['dinars'],
    beforeSign: { sign: 'kd', pattern: 'KD(?=\\s?\\d{1,3}(?:,\\d{3})*\\.\\d{3}(?!\\d))' },
  },
  { code: 'TWD', name: 'dollars', before: ['nt$'], after: [] },
  { code: 'UAH', name: 'hryvnia', before: ['₴'], after: ['hryvnia'] },
  // The Caribbean's and other dollars by their own signs ("J$4,500", "TT$200", "EC$50"), and more currencies of the
  // Caribbean, Africa, Asia and the Middle East by code or name.
  { code: 'JMD', name: 'dollars', before: ['j$'], after: [] },
  { code: 'TTD', name: 'dollars', before: ['tt$'], after: [] },
  { code: 'BBD', name: 'dollars', before: ['bds$', 'bbd$'], after: [] },
  { code: 'XCD', name: 'dollars', before: ['ec$'], after: [] },
  { code: 'BSD', name: 'dollars', before: ['b$'], after: [] },
  { code: 'BZD', name: 'dollars', before: ['bz$'], after: [] },
  { code: 'GYD', name: 'dollars', before: ['g$'], after: [] },
  { code: 'FJD', name: 'dollars', before: ['fj$'], after: [] },
  { code: 'NAD', name: 'dollars', before: ['n$'], after: [] },
  { code: 'DOP', name: 'pesos', before: ['rd$'], after: [] },
  { code: 'NPR', name: 'rupees', before: [], after: [] },
  // "Rf 150", "Rf. 30", "Rf 1,250.00": the Maldivian rufiyaa by its sign, in the letters' own case, before a figure
  // of one or more (a chromatogram's "Rf 0.35" is a ratio).
  {
    code: 'MVR',
    name: 'rufiyaa',
    before: [],
    after: ['rufiyaa'],
    beforeSign: { sign: 'rf', pattern: 'Rf\\.?(?=\\s?[1-9]\\d*(?:,\\d{3})*(?:\\.\\d{2})?(?!\\d|[.,]\\d))' },
  },
  // "Nu. 1,500": Bhutan's ngultrum; its bare "Nu" only before a figure only money is written as ("Nu 1,00,000",
  // "Nu 350.00", "Nu 150 per day"): "Nu 3 dagen" is Dutch.
  {
    code: 'BTN',
    name: 'ngultrum',
    before: ['nu.'],
    after: ['ngultrum'],
    beforeSign: {
      sign: 'nu',
      pattern:
        'Nu(?=\\s?\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d{2})?(?![\\d.,])|\\s?\\d+\\.\\d{2}(?![\\d.,])|\\s?\\d+\\s+(?:per|a|an|each|every)\\s+(?:day|night|week|month|year|trip|shift|hour|km|kg|person|head)\\b)',
    },
  },
  // Suriname's dollar by its code before a figure only money is written as ("SRD 1.250,00", "SRD 45,-"): "SRD 4.2"
  // is a section of a document.
  {
    code: 'SRD',
    name: 'dollars',
    before: [],
    after: [],
    beforeSign: {
      sign: 'srd',
      pattern:
        'SRD(?=\\s?\\d{1,3}(?:[.,]\\d{3})*(?:[.,]\\d{2}|,-)(?![\\d.,])|\\s?\\d+\\s+(?:per|a|each)\\s+(?:dag|week|maand|jaar|vaart|day|month|year|trip|shift)\\b)',
    },
  },
  { code: 'BYN', name: 'roubles', before: [], after: [] },
  { code: 'MUR', name: 'rupees', before: [], after: [] },
  { code: 'BWP', name: 'pula', before: ['p'], after: ['pula'] },
  { code: 'ZMW', name: 'kwacha', before: ['k'], after: ['kwacha'] },
  { code: 'MWK', name: 'kwacha', before: [], after: [] },
  { code: 'ETB', name: 'birr', before: [], after: ['birr'] },
  // "Frw 850", "12 500 Frw": the Rwandan franc as Rwanda writes it.
  { code: 'RWF', name: 'francs', before: ['frw'], after: ['frw'] },
  // "1.250,00 MT", "850,00 Mt": the metical's sign, read only after a figure with its centavos ("20 MT" are tonnes).
  {
    code: 'MZN',
    name: 'meticais',
    before: [],
    after: ['meticais', 'metical'],
    afterSign: { sign: 'mt', pattern: '(?<=,\\d{2}\\s?)(?:MT|Mt)' },
  },
  // "85 000 so'm", "14 ming so'm" (14 thousand): the Uzbek sum.
  { code: 'UZS', name: 'sums', before: [], after: ["so'm", 'so‘m', 'soʻm', "ming so'm", 'ming so‘m'] },
  { code: 'XOF', name: 'francs', before: ['fcfa', 'f cfa'], after: ['fcfa', 'f cfa'] },
  { code: 'XAF', name: 'francs', before: [], after: [] },
  // "15,000 Ks", "15,000 kyats": the Myanmar kyat ("K 15,000" reads as the kwacha's sign, money all the same).
  { code: 'MMK', name: 'kyats', before: [], after: ['kyat', 'kyats', 'ks', 'ks.', 'ကျပ်'] },
  // "L 1,250.00", "Lps. 3,200", "450 lempiras": the Honduran lempira; its "L" only before a figure with cents or
  // thousands ("L 2" is a line or a size).
  {
    code: 'HNL',
    name: 'lempiras',
    before: ['lps.', 'lps'],
    after: ['lempira', 'lempiras'],
    beforeSign: {
      sign: 'l',
      pattern: 'L\\.?(?=\\s?\\d{1,3}(?:,\\d{3})*\\.\\d{2}(?!\\d)|\\s?\\d{1,3}(?:,\\d{3})+(?![\\d.]))',
    },
  },
  // "50,000 kip", "₭150,000": the Lao kip; "45 000 ֏", "45 000 դրամ": the Armenian dram (not "dram" in Latin letters:
  // "1 dram per shift" is a measure of brandy).
  { code: 'LAK', name: 'kip', before: ['₭'], after: ['kip', 'ກີບ'] },
  { code: 'AMD', name: 'drams', before: ['֏'], after: ['֏', 'դրամ'] },
  { code: 'OMR', name: 'rials', before: [], after: ['rials'] },
  { code: 'BHD', name: 'dinars', before: [], after: [] },
  // "JD 2.500", as Jordan writes its dinar: before a figure with its three places of fils ("send the JD 2 weeks
  // before" is a job description).
  {
    code: 'JOD',
    name: 'dinars',
    before: [],
    after: [],
    beforeSign: { sign: 'jd', pattern: 'JD(?=\\s?\\d{1,3}(?:,\\d{3})*\\.\\d{3}(?!\\d))' },
  },
  { code: 'CRC', name: 'colones', before: ['₡'], after: ['colones'] },
  // "Bs. 150", "Bs 1.250,50": the boliviano's sign; "45 DT", "1 250,500 DT": the Tunisian dinar's, after a figure.
  { code: 'BOB', name: 'bolivianos', before: ['bs.', 'bs'], after: ['bolivianos'] },
  // "Gs. 130.000", "₲ 85.000", "85.000 guaraníes": the Paraguayan guaraní.
  { code: 'PYG', name: 'guaranies', before: ['gs.', '₲'], after: ['guaraníes', 'guaranies'] },
  // The dinar's "DT" in capitals and not before a slash: "80 dt/ha" are decitonnes.
  { code: 'TND', name: 'dinars', before: [], after: [], afterSign: { sign: 'dt', pattern: 'DT(?!/)' } },
  // Central Asia, the Caucasus and the North Atlantic: "MNT 6,000,000", "12 500 ₸", "ISK 4.000".
  { code: 'MNT', name: 'tugrik', before: ['₮'], after: ['tugrik', 'tugriks', 'tögrög', 'tögrögs'] },
  { code: 'KZT', name: 'tenge', before: ['₸'], after: ['₸', 'tenge'] },
  {
    code: 'RUB',
    name: 'roubles',
    before: ['₽'],
    after: ['₽', 'rouble', 'roubles', 'ruble', 'rubles', 'руб.', 'руб', 'рубль', 'рубля', 'рублей'],
  },
  // "12 500 сом": the Kyrgyz som, after a figure; not "som" in Latin letters, a Scandinavian word ("minst 2 som").
  { code: 'KGS', name: 'som', before: [], after: ['сом', 'сомов'] },
  { code: 'GEL', name: 'lari', before: ['₾'], after: ['₾', 'lari'] },
  // "4.000 kr." as Iceland writes it: read as the Danish krone's sign unless krónur are asked for.
  { code: 'ISK', name: 'krónur', before: [], after: ['krónur', 'króna', 'kronur', 'kr.', 'kr'] },
];
const WORLD = worldCurrencies(LISTED);

/** Every currency read: those read by hand first, then every other the platform's CLDR data knows. */
export const CURRENCIES: Currency[] = [...LISTED, ...WORLD.currencies];

const longestFirst = (a: string, b: string) => b.length - a.length;
// The regexes built here are case-sensitive, so a sign of letters is read only in its usual case ("R", "Rs",
// "RM"; not "r" or "rm"), a name in lower, capitalised or upper case ("rupees", "Euros"), and a code in capitals
// ("CAD", "ZAR"; lower case only for the three written so, "10 eur"): "try", "php" and "sar" are words too.
const anyCase = (w: string) => [
  w.toLowerCase(),
  w[0]!.toUpperCase() + w.slice(1).toLowerCase(),
  w.toUpperCase(),
];
const LOWER_CASE_CODES = new Set(['GBP', 'EUR', 'USD']);
// Codes that are also common acronyms or words at work ("3 AED units" are defibrillators, "PHP 8" a language, "a SAR"
// a report, "TRY", "PEN", "MAD", "COP" and "RON" words or names; a BSD licence, a CRC check, an OMR sheet, "NAD"
// on a medical form): those currencies are read by their signs and names,
// and by the code only before a figure only money is written as.
// GEL, RUB and MNT are hand gel, "rub in" and maintenance in capitals; "20 KGS" are kilograms; AMD makes chips.
/** Currency codes that are words or acronyms at work too, read as a code only where the figure is plainly money. */
export const WORD_LIKE_CODES: ReadonlySet<string> = new Set([
  'GEL',
  'RUB',
  'MNT',
  'PHP',
  'AED',
  'SAR',
  'TRY',
  'PEN',
  'MAD',
  'COP',
  'RON',
  'BSD',
  'CRC',
  'OMR',
  'NAD',
  'KGS',
  'AMD',
  'SRD',
  ...WORLD_WORD_LIKE_CODES,
]);
// Such a code is money before a figure only money is written as: with cents or thousands ("PHP 1,500.00",
// "PHP 450.00", "AED 12,000"); "PHP 8" stays a language.
// Grouped with dots or spaces, with or without a decimal comma, as Europe, Africa and Latin America write it
// ("CVE 4.800", "CVE 12 000", "CVE 1.250,00").
const PLAINLY_MONEY =
  '(?=\\s?\\d{1,3}(?:,\\d{3})*\\.\\d{2}(?!\\d)|\\s?\\d{1,3}(?:,\\d{3})+(?!\\d|\\.\\d)|\\s?\\d{1,3}(?:[. ]\\d{3})+(?:,\\d{2})?(?![\\d.,]))';
// Before a code that is an English word in a heading's capitals ("ALL 1,200 staff"): a figure with its cents only.
const WITH_CENTS = '(?=\\s?\\d{1,3}(?:,\\d{3})*\\.\\d{2}(?!\\d))';
const codeForms = (code: string) =>
  WORD_LIKE_CODES.has(code) ? [] : LOWER_CASE_CODES.has(code) ? [code, code.toLowerCase()] : [code];
// Of those, the codes that after a figure can only be money ("15 GEL", "2,000 GEL", "300 TRY"): not "3 AED" (three
// defibrillators), "2 SAR" teams, "95 RON" petrol or "8 PHP".
const MONEY_AFTER_FIGURE = new Set(['GEL', 'RUB', 'MNT', 'TRY', 'PEN', 'MAD', 'COP']);
// A sign of letters as it is written: by hand (currency-letter-signs.ts), else as the platform's data writes it ("Ar",
// "Kz", "B/.").
const asWritten = (sign: string) => LETTER_SIGNS[sign] ?? WORLD.letterSigns[sign];

// The rand's "R" before a rand-like figure ("R22 000", "R4,95", "R350"): not a form, a grade or a room ("form
// R14", "Grade R3", "Room R101"), a one-digit code ("R2 form") or a code joined to more ("R2-D2", "R5a").
const NAMED_BY_R =
  'form grade room section route class step ref level type phase rule item table figure page unit bay gate road regulation no number'
    .split(' ')
    .flatMap(anyCase);
const RAND_SIGN = `(?<!\\b(?:${NAMED_BY_R.join('|')})\\.?\\s)R(?=\\s?(?:\\d{2,}|\\d[ ,.]\\d)[\\d ,.]*(?![-\\p{L}\\d]))`;
const NAIRA_SIGN =
  'N(?=\\d{1,3}(?:,\\d{3})+(?:\\.\\d{2})?(?!\\d|\\.\\d)|\\d+(?:\\.\\d+)?[kKm](?![\\p{L}\\d]))';
// The kwacha's "K" (Papua New Guinea's kina writes it too) before a figure of thousands, of three digits or more,
// or with its ngwee or toea ("K4,850", "K150", "K1,200.00", "K6.00"): not a grade, a form, a clause or a model
// ("Grade K12", "K9", "K-12", "K2 form", "K9.5", "clause K3.12", "model K9.50"), nor a figure with letters after it
// ("K100s"). (Only its sign: "kina" is a sea urchin in New Zealand, and "kwacha" names the figure in the index.)
const NAMED_BY_K = [
  ...NAMED_BY_R,
  ...'clause article part schedule appendix annex model vitamin size'.split(' ').flatMap(anyCase),
];
const KWACHA_SIGN = `(?<!\\b(?:${NAMED_BY_K.join('|')})\\.?\\s)K(?=\\d{1,3}(?:,\\d{3})+(?:\\.\\d{2})?(?![\\d.,]\\d)|\\d{3,}(?:\\.\\d{2})?(?![\\p{L}\\d]|[.,]\\d)|\\d{1,2}\\.\\d{2}(?![\\p{L}\\d]|[.,]\\d))`;
// The pula's "P" before a figure with its thebe or of thousands ("P150.00", "P1,250", "P65.00"): not a tax form, a
// priority or a grade ("P45", "P60", "P2 job", "P11D").
const PULA_SIGN = `(?<!\\b(?:${NAMED_BY_K.join('|')})\\.?\\s)P(?=\\d{1,3}(?:,\\d{3})+(?:\\.\\d{2})?(?![\\d.,]\\d)|\\d+\\.\\d{2}(?![\\p{L}\\d]|[.,]\\d))`;
// Signs of one letter, read by their own patterns (RAND_SIGN, NAIRA_SIGN, KWACHA_SIGN, PULA_SIGN), not as words.
const ONE_LETTER_SIGNS = new Set(['r', 'n', 'k', 'p']);
const alternatives = (words: string[]) => [...new Set(words)].sort(longestFirst).map(escapeRegExp).join('|');
const hasLetter = (s: string) => /\p{L}/u.test(s);

/**
 * The regex source (case-sensitive, for a `u` regex) of a currency sign or code written before a figure:
 * "£", "C$", "R" (never inside a word or a code: "HSR-R04"), "CAD", "eur". The space after it is not included.
 */
export function currencyBeforeSource(): string {
  return signsBefore(CURRENCIES);
}

function signsBefore(group: Currency[]): string {
  const signs = group.flatMap((c) => c.before).filter((s) => !ONE_LETTER_SIGNS.has(s));
  const symbols = signs.filter((s) => !hasLetter(s));
  const words = [
    ...signs.flatMap((s) => asWritten(s) ?? (hasLetter(s) ? anyCase(s) : [])),
    ...group.flatMap((c) => codeForms(c.code)),
  ];
  // A sign with letters ("US$", "CAD") starts a word; "$" and "£" may follow a letter-less bracket.
  const parts: string[] = [];
  // Not after a "$": "$B$2" is a spreadsheet's cell, not Bahamian dollars.
  if (words.length) parts.push(`(?<![\\p{L}\\p{N}\\-/_.$])(?:${alternatives(words)})`);
  if (symbols.length) parts.push(alternatives(symbols));
  if (group.some((c) => c.before.includes('r'))) parts.push(`(?<![\\p{L}\\p{N}\\-/_.])${RAND_SIGN}`);
  if (group.some((c) => c.before.includes('n'))) parts.push(`(?<![\\p{L}\\p{N}\\-/_.])${NAIRA_SIGN}`);
  if (group.some((c) => c.before.includes('k'))) parts.push(`(?<![\\p{L}\\p{N}\\-/_.])${KWACHA_SIGN}`);
  if (group.some((c) => c.before.includes('p'))) parts.push(`(?<![\\p{L}\\p{N}\\-/_.])${PULA_SIGN}`);
  for (const c of group) if (c.beforeSign) parts.push(`(?<![\\p{L}\\p{N}\\-/_.])${c.beforeSign.pattern}`);
  const unread = group.filter((c) => WORD_LIKE_CODES.has(c.code)).map((c) => c.code);
  const plain = unread.filter((code) => !WORLD_CENTS_ONLY_CODES.has(code));
  const cents = unread.filter((code) => WORLD_CENTS_ONLY_CODES.has(code));
  if (plain.length) parts.push(`(?<![\\p{L}\\p{N}\\-/_.])(?:${plain.join('|')})${PLAINLY_MONEY}`);
  if (cents.length) parts.push(`(?<![\\p{L}\\p{N}\\-/_.])(?:${cents.join('|')})${WITH_CENTS}`);
  // A currency with no sign or code read before a figure (dirhams): a pattern that matches nothing.
  return parts.length ? `(?:${parts.join('|')})(?=\\s?\\d)` : NOTHING;
}

/** The regex source (case-sensitive) of a currency code or name written after a figure ("10,50 EUR", "450 rupees"). */
export function currencyAfterSource(): string {
  return wordsAfter(CURRENCIES);
}

function wordsAfter(group: Currency[]): string {
  const words = group.flatMap((c) => [
    ...codeForms(c.code),
    ...(MONEY_AFTER_FIGURE.has(c.code) ? [c.code] : []),
    ...c.after.flatMap(anyCase),
  ]);
  const signs = group.flatMap((c) => (c.afterSign ? [c.afterSign.pattern] : []));
  const all = [...(words.length ? [alternatives(words)] : []), ...signs];
  return all.length ? `(?:${all.join('|')})(?![\\p{L}\\p{N}])` : NOTHING;
}

const NOTHING = '(?!)';

/** A lookahead for the first character of any sign or code: the regex engine tries the rest only there. */
export function currencySignStart(): string {
  const firsts = CURRENCIES.flatMap((c) => [...c.before, c.code, c.beforeSign?.sign ?? c.code]).flatMap((s) =>
    anyCase(s[0]!),
  );
  return `(?=[${[...new Set(firsts)].map((ch) => ch.replace(/[\\]^$\\\\-]/g, '\\\\$&')).join('')}])`;
}

/** The currency a sign, code or name stands for ("R" → ZAR, "cad" → CAD, "rupees" → INR). */
export function currencyOf(written: string): Currency | undefined {
  const w = written.trim().toLowerCase();
  // A name written with its marks or without ("tālā", "tala") is one currency's.
  const bare = w.normalize('NFD').replace(/\p{M}/gu, '');
  return CURRENCIES.find(
    (c) =>
      c.code.toLowerCase() === w ||
      c.before.includes(w) ||
      c.after.includes(w) ||
      c.afterSign?.sign === bare ||
      c.beforeSign?.sign === w.replace(/\.$/, ''),
  );
}

// Names of a currency that are words of another sense ("pounds" of weight, "won" a prize, "Lari" a Finnish first
// name, "gourdes" water bottles): a question saying them names no currency.
const NOT_ASKED = new Set(['pound', 'pounds', 'kr', 'kr.', 'won', 'lari', ...WORLD_GUARDED_NAMES]);

// The currencies sharing a name ("dollars": US, Canadian, Australian…), asked for and written as one.
const BY_NAME = new Map<string, Currency[]>();
for (const c of CURRENCIES) BY_NAME.set(c.name, [...(BY_NAME.get(c.name) ?? []), c]);

/** The names of the currencies a question asks in ("in euros", "how many rand", "a $40 cab ride", "in CAD"). */
export function currenciesAsked(question: string): string[] {
  return [...BY_NAME].filter(([, group]) => askedIn(group).test(question)).map(([name]) => name);
}

/** Whether `text` holds a figure in the currency of that name ("dollars": "$45", "CAD 2,000", "45 dollars"). */
export function holdsMoneyIn(text: string, name: string): boolean {
  return moneyIn(BY_NAME.get(name) ?? []).test(text);
}

// A question names a currency by its name ("in rupees"), its symbol ("$40") or its code beside a figure or after
// "in" ("CAD 40", "in CAD"): a code alone may be another word ("the CAD software licence").
const asked = new Map<Currency[], RegExp>();
function askedIn(group: Currency[]): RegExp {
  let re = asked.get(group);
  if (!re) {
    const names = group.flatMap((c) => [c.name, ...c.after]).filter((w) => !NOT_ASKED.has(w.toLowerCase()));
    const codes = alternatives(group.flatMap((c) => codeForms(c.code)));
    const parts = codes
      ? [`\\b(?:in|many|much)\\s+(?:${codes})\\b|\\b(?:${codes})\\s?\\d|\\d\\s?(?:${codes})\\b`]
      : [];
    if (names.length)
      parts.push(`(?<![\\p{L}\\p{N}])(?:${alternatives(names.flatMap(anyCase))})(?![\\p{L}\\p{N}])`);
    const symbols = group.flatMap((c) => c.before).filter((s) => !hasLetter(s));
    if (symbols.length) parts.push(alternatives(symbols));
    re = new RegExp(parts.join('|'), 'u');
    asked.set(group, re);
  }
  return re;
}

/**
 * The names a table gives its currency column, in English and in the languages of the sites that write them
 * ("moneda: CRC", "Währung: EUR", "валюта: KGS"), as a regex source of alternatives.
 */
export const CURRENCY_COLUMN =
  '[Cc]urrency|CURRENCY|[Mm]oneda|MONEDA|[Mm]oeda|MOEDA|[Vv]aluta|VALUTA|[Dd]evise|DEVISE|[Ww][äa]hrung|W[ÄA]HRUNG|[Ww]aluta|WALUTA|[Vv]aliuta|VALIUTA|[Vv]al[ūu]ta|[Mm]ěna|[Вв]алюта|ВАЛЮТА';

const money = new Map<Currency[], RegExp>();
function moneyIn(group: Currency[]): RegExp {
  let re = money.get(group);
  if (!re) {
    // A sign after the figure too ("150,00 €"), a table row's currency cell ("currency: EUR · rate: 12") and a
    // column named in the currency ("Monthly rent (kr.) › Room for one: 78.000").
    const symbols = group.flatMap((c) => c.before).filter((sign) => !hasLetter(sign));
    const after = symbols.length ? `|\\d\\s?(?:${alternatives(symbols)})` : '';
    const cell = `|(?:^|[·\\n])[^\\S\\n]{0,3}(?:${CURRENCY_COLUMN})\\s*:\\s*(?:${group.map((c) => c.code).join('|')})(?![\\p{L}])`;
    const header = `|${headerCellIn(group)}`;
    re = new RegExp(`${signsBefore(group)}\\s?\\d|\\d\\s?${wordsAfter(group)}${after}${cell}${header}`, 'u');
    money.set(group, re);
  }
  return re;
}

/**
 * The regex source (for a `u` regex) of a table cell whose column's name gives its currency in brackets, as a
 * table's header does when its cells hold bare figures ("Monthly rent (kr.) › Room for one: 78.000", "Fee [€]:
 * 12", "Rate (in EUR): 9,60"): the cell's figure is money.
 */
export function currencyHeaderSource(): string {
  return headerCellIn(CURRENCIES);
}

function headerCellIn(group: Currency[]): string {
  // Signs as signsBefore reads them (not a one-letter sign: "(R)" may be a registered mark, "(K)" thousands) and
  // names, but not one that names a unit or a thing in a column's name too: "(ft)", "(pounds)", "(won)", "(Fr.)".
  const signs = group
    .flatMap((c) => c.before)
    .filter((sign) => !ONE_LETTER_SIGNS.has(sign) && !NOT_IN_HEADER.has(sign))
    .flatMap((sign) => asWritten(sign) ?? (hasLetter(sign) ? anyCase(sign) : [sign]));
  const names = group
    .flatMap((c) => [c.name, ...c.after])
    .filter((w) => !NOT_IN_HEADER.has(w))
    .flatMap((w) => (hasLetter(w) ? anyCase(w) : [w]));
  const units = alternatives([...signs, ...names, ...group.flatMap((c) => codeForms(c.code))]);
  // The cell's name is short and ends at its colon; "›" joins a header's levels inside it.
  return `(?:^|[·\\n])[^·\\n:]{0,60}?[(\\[](?:in\\s+)?(?:${units})\\.?[)\\]][^·\\n:]{0,60}:\\s*[-−]?\\d`;
}

// Units and things a column's name gives in brackets that are also a currency's sign or name.
const NOT_IN_HEADER = new Set(['pound', 'pounds', 'kr', 'won', 'lari', 'ft', 'fr.']);
