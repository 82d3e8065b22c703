/**
 * @module What the keys of two scripts share (cyrillic-keys.ts, greek-keys.ts) and a stemmer's cut
 * (bcs-stem.ts): a word without the first of its endings that leaves a stem long enough, and a text's keys glossed
 * with the word that marks a base as keyed.
 */

/** The word without the first of `endings` it ends with that leaves at least `minStem` letters. */
export function withoutEnding(word: string, endings: readonly string[], minStem: number): string {
  const ending = endings.find((e) => word.endsWith(e) && word.length - e.length >= minStem);
  return ending ? word.slice(0, -ending.length) : word;
}

/** A word in Latin letters as a key: doubled letters once, its ending cut; none when shorter than `minKey`. */
export function keyOfLatin(
  latin: string,
  endings: readonly string[],
  minStem: number,
  minKey: number,
): string | undefined {
  const key = withoutEnding(latin.replace(/(\p{L})\1+/gu, '$1'), endings, minStem);
  return key.length >= minKey ? key : undefined;
}

/**
 * The keys of `words`, each once, after `marker` ("" when none): a text's glosses for Latin letters. A key that is an
 * English word is none: it would say what the text does not.
 */
export function keyGlosses(
  words: readonly string[],
  keyOf: (word: string) => string | undefined,
  marker: string,
  isEnglish: (word: string) => boolean,
): string {
  const keys = new Set<string>();
  for (const word of words) {
    const key = keyOf(word);
    if (key && !isEnglish(key)) keys.add(key);
  }
  return keys.size ? [marker, ...keys].join(' ') : '';
}
