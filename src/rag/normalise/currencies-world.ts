/**
 * @module Every other currency the platform's own CLDR data knows (Intl), read by its ISO code, its signs and its
 * names in English, French, Spanish and Portuguese: "B/. 2.50" (Panama's balboas), "75 gourdes", "Kz 15,000", "1 250
 * 000 Ar", "HTG 500". An organisation anywhere writes its money so; a list by hand always misses some. The
 * currencies listed in currencies.ts keep their own, more careful readings and are not read again here.
 */
import { escapeRegExp } from '../../core/index.js';
import type { Currency } from './currencies.js';

// Codes that are words or acronyms at work too ("ALL 3 shifts", "TOP 10", "AWG 12" wire, "SDG 8", "CVE-2031", an
// IRR of 12%): read as a code only before a figure only money is written as, as currencies.ts does its own.
/** The codes of other currencies that are words or acronyms too. */
export const WORLD_WORD_LIKE_CODES: ReadonlySet<string> = new Set(
  'ALL TOP CUP SOS BAM MOP ANG SHP GIP ERN SDG CVE CDF SCR MVR TMT SVC CUC SSP LSL STN KPW AWG IRR MGA'.split(
    ' ',
  ),
);

/**
 * Of those, the English words a heading writes in capitals before a count ("ALL 1,200 staff", "TOP 1,000
 * customers"): read as a code only before a figure with its cents.
 */
export const WORLD_CENTS_ONLY_CODES: ReadonlySet<string> = new Set('ALL TOP CUP SOS SDG MOP BAM'.split(' '));

// Units of account and currencies withdrawn, named in no payslip: special drawing rights, the sucre, old leones.
const NOT_READ = new Set(['XDR', 'XSU', 'SLL', 'ZWL']);

// Names that are words of another sense in some language: marks, pounds and libras of weight, "livres" books,
// "kina" a sea urchin, "or" and "oro" gold, "nouveaux" new, "escudos" (face) shields, "francos" days off in the
// River Plate, "dobras" folds, "colons" settlers, "leones" lions: no figure before them is money.
const NOT_NAMES = new Set(
  'kina kinas marks marcos livres libras pounds won wons gold or oro ouros rights droits derechos direitos sucres nouveaux dollar dólar escudos francos dobras colons colóns leones leonas'.split(
    ' ',
  ),
);

/**
 * Names that are money after a figure but other things before "de" or "d'" ("75 gourdes" are Haiti's money, "2
 * gourdes d'eau" water bottles), and that never name the currency a question asks in ("les gourdes perdues").
 */
// Only the world's own names: a listed currency's ("lei", Romania's) keeps its readings in currencies.ts. "Tala" is
// Samoa's money after a figure ("$45 tala", "45 tālā"), but a felling before "de" in Spanish or Portuguese.
export const WORLD_GUARDED_NAMES: ReadonlySet<string> = new Set(['gourdes', 'gourde', 'tala', 'tālā']);
// Spellings of a currency's noun that CLDR does not give: Samoa writes its tala with macrons too ("45 tālā").
const OTHER_SPELLINGS: Record<string, string[]> = { WST: ['tālā'] };

// Signs of one or two letters that are words or tags too: "Le 12 mai", "KM 45", "FC 2", "kn" (knots), "UM".
const NOT_SIGNS = new Set(['Le', 'KM', 'FC', 'CF', 'kn', 'UM', 'FG', '$', '£', '₩']);

// A figure only money is written as: grouped in thousands (by a comma, a full stop or a space) or with two places
// of cents. A sign of two letters is read only beside one ("Kz 15,000", "1 250 000 Ar"; not "82 Ar" of argon, "85 Db").
/** A figure only money is written as: grouped in thousands or with two places of cents, as a pattern's source. */
export const PLAIN_MONEY_FIGURE =
  '(?:\\d{1,3}(?:[ ,.\\u00a0\\u202f]\\d{3})+(?:[.,]\\d{1,2})?|\\d+[.,]\\d{2})';
const PLAIN_AHEAD = `(?=\\s?${PLAIN_MONEY_FIGURE}(?!\\d))`;
const PLAIN_BEHIND = '(?<=(?:\\d[ ,.\\u00a0\\u202f]\\d{3}|\\d[.,]\\d{2})\\s?)';
const SHORT_SIGN = /^\p{L}{2}$/u;

const LANGUAGES = ['en', 'fr', 'es', 'pt'];
// Locales whose CLDR data gives a currency a sign of its own: English's ("Ar", "Kz"), French's ("FCFP"), Arabic's
// ("د.ج."), Russian's ("ТМТ"), Panama's ("B/.") and Macedonia's ("ден."). Spanish and Portuguese add none, and each
// locale costs a formatter a currency when the module loads.
const SIGN_LOCALES = ['en', 'fr', 'ar', 'ru', 'es-PA', 'mk'];

/**
 * The currencies the platform knows that `listed` does not, each with its signs and names; and each sign with
 * letters as it is written (lower-cased → as written), as a sign of letters is read only in its own case.
 */
export function worldCurrencies(listed: readonly Currency[]): {
  currencies: Currency[];
  letterSigns: Record<string, string[]>;
} {
  const known = new Set(listed.map((c) => c.code));
  const letterSigns: Record<string, string[]> = {};
  const currencies = Intl.supportedValuesOf('currency')
    .filter((code) => !known.has(code) && !NOT_READ.has(code))
    .map((code) => {
      // A sign another currency writes too ("C$", Canada's and Nicaragua's) is each one's: a question asking in
      // córdobas is answered by "C$ 1,250.00" (the index writes the first listed's code beside it).
      const signs = signsOf(code);
      for (const sign of signs.filter((s) => /\p{L}/u.test(s) && !SHORT_SIGN.test(s)))
        letterSigns[sign.toLowerCase()] = [...(letterSigns[sign.toLowerCase()] ?? []), sign];
      return worldCurrency(code, signs);
    });
  return { currencies, letterSigns };
}

// Its signs are written before a figure or after it ("B/. 2.50", "Kz 15,000", "1 250 000 Ar"): a sign of two letters
// only beside plain money, either side; after a figure, any sign of letters only beside plain money too, in its
// own case, and a symbol as it is.
function worldCurrency(code: string, signs: string[]): Currency {
  const names = [
    ...LANGUAGES.map((lang) => nounOf(code, lang)).filter((n): n is string => Boolean(n)),
    ...(OTHER_SPELLINGS[code] ?? []),
  ];
  const short = signs.filter((s) => SHORT_SIGN.test(s));
  const letters = signs.filter((s) => /\p{L}/u.test(s));
  const symbols = signs.filter((s) => !/\p{L}/u.test(s));
  const guarded = [...new Set(names.filter((n) => WORLD_GUARDED_NAMES.has(n)))];
  const after = [...letters.map((s) => `${PLAIN_BEHIND}${escapeRegExp(s)}`), ...guarded.map(guardedName)];
  return {
    code,
    name: englishName(code),
    before: [...new Set(signs.filter((s) => !SHORT_SIGN.test(s)).map((s) => s.toLowerCase()))],
    after: [
      ...new Set([...names.filter((n) => !NOT_NAMES.has(n) && !WORLD_GUARDED_NAMES.has(n)), ...symbols]),
    ],
    ...(short.length
      ? {
          beforeSign: {
            sign: short[0]!.toLowerCase(),
            pattern: `(?:${short.map(escapeRegExp).join('|')})${PLAIN_AHEAD}`,
          },
        }
      : {}),
    ...(after.length
      ? { afterSign: { sign: (letters[0] ?? guarded[0])!.toLowerCase(), pattern: `(?:${after.join('|')})` } }
      : {}),
  };
}

// A name money only where no "de" or "d'" follows it ("75 gourdes", not "2 gourdes d'eau"), in any case.
const guardedName = (name: string) =>
  `(?:${escapeRegExp(name)}|${escapeRegExp(name[0]!.toUpperCase() + name.slice(1))}|${escapeRegExp(name.toUpperCase())})(?![^\\S\\n]+(?:d['’]|de\\s|of\\s))`;

// The word the index writes beside its figures: its English noun, or its code where that is a word of another sense
// ("gold", "marks").
function englishName(code: string): string {
  const noun = nounOf(code, 'en');
  return noun && (!NOT_NAMES.has(noun) || noun === 'pounds') ? noun : code.toLowerCase();
}

// The currency's noun in a language, lower-cased: English puts it last ("Haitian gourdes"), the Romance languages
// first ("gourdes haïtiennes", "córdobas oro"); a name with a date in brackets is an old currency's.
function nounOf(code: string, lang: string): string | undefined {
  const name = new Intl.NumberFormat(lang, { style: 'currency', currency: code, currencyDisplay: 'name' })
    .formatToParts(2)
    .filter((p) => p.type === 'currency')
    .map((p) => p.value)
    .join('');
  if (/\(|^[A-Z]{3}$/.test(name)) return undefined;
  const words = name.toLowerCase().split(/\s+/);
  const noun = lang === 'en' ? words.at(-1) : words[0];
  return noun && noun.length >= 3 ? noun : undefined;
}

// Its signs in the locales' CLDR data, as written (case matters: "Ar", "Kz", "B/."): not its code, not one letter
// ("G", "Q", "L"), not an invisible mark, not a sign that is a word or tag too, and not "$" before letters alone
// ("$C", "$T"), which a spreadsheet writes before a column ("=$C5*0.15").
function signsOf(code: string): string[] {
  const found = new Set<string>();
  for (const locale of SIGN_LOCALES) {
    const sign = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: code,
      currencyDisplay: 'narrowSymbol',
    })
      .formatToParts(2)
      .find((p) => p.type === 'currency')
      ?.value.trim();
    if (sign && isReadSign(sign, code)) found.add(sign);
  }
  return [...found];
}

const isReadSign = (sign: string, code: string) =>
  sign !== code &&
  /[\p{L}\p{Sc}]/u.test(sign) &&
  !/^\p{L}$/u.test(sign) &&
  !/^\$\p{L}+$/u.test(sign) &&
  !NOT_SIGNS.has(sign);
