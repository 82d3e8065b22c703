/**
 * @module Every other currency the platform's own CLDR data knows (Intl), read by its ISO code, its signs and its
 * names in English, French, Spanish and Portuguese: "B/. 2.50" (Panama's balboas), "75 gourdes", "Kz 5.000", "MGA
 * 10 000", "FBu 2,000". An organisation anywhere writes its money so; a list by hand always misses some. The
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

// Units of account and currencies withdrawn, named in no payslip: special drawing rights, the sucre, old leones.
const NOT_READ = new Set(['XDR', 'XSU', 'SLL', 'ZWL']);

// Names that are words of another sense in some language (marks, pounds and libras of weight, "livres" books, "kina" a sea urchin, "or"
// and "oro" gold, "nouveaux" new): no figure before them is taken for money by them.
const NOT_NAMES = new Set(
  'kina kinas marks marcos livres libras pounds won wons gold or oro ouros rights droits derechos direitos sucres nouveaux dollar dólar'.split(
    ' ',
  ),
);

// Signs of one or two letters that are words or tags too: "Le 12 mai", "KM 45", "FC 2", "kn" (knots), "UM".
const NOT_SIGNS = new Set(['Le', 'KM', 'FC', 'CF', 'kn', 'UM', 'FG', '$', '£', '₩']);

const LANGUAGES = ['en', 'fr', 'es', 'pt'];
// Locales whose CLDR data gives a currency its own local sign ("B/." in Panama, "Ar" in Madagascar).
const SIGN_LOCALES = [
  ...LANGUAGES,
  'ar',
  'ru',
  'es-PA',
  'es-NI',
  'es-GT',
  'mg',
  'pt-AO',
  'fr-CD',
  'mk',
  'sr-Latn',
];

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
      for (const sign of signs.filter((s) => /\p{L}/u.test(s)))
        letterSigns[sign.toLowerCase()] = [...(letterSigns[sign.toLowerCase()] ?? []), sign];
      return worldCurrency(code, signs);
    });
  return { currencies, letterSigns };
}

// Its signs are written before a figure or after it ("Kz 5.000", "1 250 000 Ar"): after it, a sign of letters only
// in its own case, a symbol as it is.
function worldCurrency(code: string, signs: string[]): Currency {
  const names = LANGUAGES.map((lang) => nounOf(code, lang)).filter((n): n is string => Boolean(n));
  const letters = signs.filter((s) => /\p{L}/u.test(s));
  const symbols = signs.filter((s) => !/\p{L}/u.test(s));
  return {
    code,
    name: englishName(code),
    before: [...new Set(signs.map((s) => s.toLowerCase()))],
    after: [...new Set([...names.filter((n) => !NOT_NAMES.has(n)), ...symbols])],
    ...(letters.length
      ? {
          afterSign: {
            sign: letters[0]!.toLowerCase(),
            pattern: `(?:${letters.map(escapeRegExp).join('|')})`,
          },
        }
      : {}),
  };
}

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

// Its signs in the locales' CLDR data, as written (case matters: "Ar", "Kz", "FBu"): not its code, not one letter
// ("G", "Q", "L"), not an invisible mark, and not a sign that is a word or tag too.
function signsOf(code: string): string[] {
  const found = new Set<string>();
  for (const locale of SIGN_LOCALES)
    for (const currencyDisplay of ['narrowSymbol', 'symbol'] as const) {
      const sign = new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay })
        .formatToParts(2)
        .find((p) => p.type === 'currency')
        ?.value.trim();
      if (
        sign &&
        sign !== code &&
        /[\p{L}\p{Sc}]/u.test(sign) &&
        !/^\p{L}$/u.test(sign) &&
        !NOT_SIGNS.has(sign)
      )
        found.add(sign);
    }
  return [...found];
}
