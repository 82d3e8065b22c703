/**
 * @module Liberian English (Kolokwa, Liberian Pidgin or Vernacular English) as Liberian workers type it in chat
 * ("wetin da price for da staff bus?", "ma wife get belly, how many days dey can give me?", "how much dey pay da
 * dryer operator dem?"): the words it has beside Krio's and the Pidgins', merged into roman-krio-words.ts's lists,
 * and the signs that tell it. Its "da" is "the" or "that" before a thing and "is" after a word of asking ("wetin
 * da price?"); "ma" is "my"; "dey" is "they" opening a clause as well as the mark of a verb going on; "ehn" is
 * "not"; "pekin" is a child; a final consonant is often left off as it is said ("las", "jus", "tomorro"). Written
 * from general knowledge of the language, without reading any organisation's documents or questions.
 */

// Each line: the English, then the forms that say it (roman-krio-words.ts's WORD_LINES).
// biome-ignore format: one meaning a line keeps the list readable and easy to review
export const LIBERIAN_WORD_LINES: readonly string[] = [
  // "da staff bus", "da thing": the article; after a word of asking it is read "is the" by the phrases below.
  'the: da',
  'my: ma',
  'not: ehn',
  'just: jus',
  'friend: fren',
  'first: fos',
];

// Each line: the English, then the phrases that say it, apart with ' | ' (roman-krio-words.ts's PHRASE_LINES).
// biome-ignore format: one English a line keeps the list readable and easy to review
export const LIBERIAN_PHRASE_LINES: readonly string[] = [
  // "wetin da price?": "da" after a word of asking, before a thing, is "is the".
  'what is the: wetin da | what da',
  'who is the: who da | udat da',
  'where is the: where da | usai da',
  'when is the: when da',
  'how much is the: how much da | homoch da',
  'which one is the: which one da',
  'is it true: da true | da tru',
  'a little: small small | smol smol',
  'pregnant: get belly | get belle',
  // "ma wife born": a woman "born" gives birth; a child "born" is born, as English says.
  'wife give birth: wife born | wef born | waif born',
  'woman give birth: woman born',
  'she give birth: she born',
  'want to know: wan know | want know',
  'food allowance: chop money',
];

// Other spellings, each the listed form then the ways it is typed (roman-krio-words.ts's SPELLINGS).
// biome-ignore format: one word a line keeps the list readable and easy to review
export const LIBERIAN_SPELLING_LINES: readonly string[] = [
  'wetin: watin whetin',
  'pikin: pekin pehkin',
  'da: dah',
  'ma: mah',
  'know: kno knw',
  'mos: mus',
  'fos: firs fus',
  'let: leh',
  'tumara: tomorro tomoro tumorrow tmoro',
];

/** Liberian words no English word is typed as and no neighbour types as its own: "pekin" (child), "ehn" (not). */
export const LIBERIAN_MARKERS: readonly string[] = ['pekin', 'pehkin', 'watin', 'whetin', 'ehn'];

/**
 * Liberian's own words that, beside two of its small words ("da", "ma", a plural "dem"), say a question is typed
 * in it ("how much dey pay da dryer operator dem?"): "dey" as "they" is Liberian's way, where Krio types "dem".
 */
export const LIBERIAN_OWN: ReadonlySet<string> = new Set(['dey', 'pikin', 'ehn']);

/** Liberian's and the Pidgins' small words that other languages type too ("da" is Portuguese's, "ma" Italian's). */
export const LIBERIAN_SMALL: ReadonlySet<string> = new Set(['da', 'ma', 'dem', 'di', 'dis', 'dat']);

/**
 * Phrases plainly Liberian's or the Pidgins', each counted as a word of their own: "get belly" (pregnant), "small
 * small" (a little), and "dey dey" ("when dey dey pay": when they are paying), no English typed so.
 */
export const LIBERIAN_SIGNS: ReadonlyArray<RegExp> = [
  /(?<![\p{L}'])dey\s+dey(?![\p{L}'])/iu,
  /(?<![\p{L}'])get\s+bel(?:ly|le|e)(?![\p{L}'])/iu,
  /(?<![\p{L}'])(?:small|smol)\s+(?:small|smol)(?![\p{L}'])/iu,
];

/** Words of courtesy Liberian chat adds, left out: "oh" and "yah" ending a sentence ("I sick oh"). */
export const LIBERIAN_COURTESY = 'oh ohh yah yeh';
