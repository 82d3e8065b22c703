/**
 * @module Serbian written in Cyrillic, read in the Latin alphabet Serbian writes too, letter for letter ("ш" "š",
 * "ћ" "ć", "љ" "lj"): a question asked in Cyrillic finds the words of documents Bosnian, Croatian, Montenegrin or
 * Serbian sites write in Latin letters ("Колико минута смијем бити у хладњачи?" is "Koliko minuta smijem biti u
 * hladnjači?").
 */

// Each letter of the Serbian Cyrillic alphabet in its Latin one (Vuk's alphabet and Gaj's, one to one).
const LATIN_OF: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};

// Letters Russian, Ukrainian, Belarusian, Bulgarian or Macedonian write and Serbian never does.
const OTHER_CYRILLIC = /[ыэъщюяёйьєіїґўѓќѕ]/iu;
// Letters only Serbian (and Macedonian, left out above) writes, or its words of asking Russian and Ukrainian never
// write (not "ли", "где" or "треба", which they do).
const SERBIAN_MARK = /[ђјљњћџ]|(?<![\p{L}])(?:шта|гдје|када|колико|смијем|смем)(?![\p{L}])/iu;

/** Whether a text is Serbian written in Cyrillic: a letter or a word of asking only Serbian has, none of another's. */
export function writtenInSerbianCyrillic(text: string): boolean {
  return SERBIAN_MARK.test(text) && !OTHER_CYRILLIC.test(text);
}

/** The text with its Serbian Cyrillic letters in the Latin alphabet, a capital kept a capital ("Љ" as "Lj"). */
export function serbianInLatin(text: string): string {
  return text.replace(/[\u0400-\u04ff]/gu, (letter) => {
    const latin = LATIN_OF[letter.toLowerCase()];
    if (latin === undefined) return letter;
    return letter === letter.toLowerCase() ? latin : latin[0]!.toUpperCase() + latin.slice(1);
  });
}
