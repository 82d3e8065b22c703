/**
 * @module Look-alike letters from other scripts (Cyrillic, Greek, a few IPA, small-capital and Armenian
 * letters) mapped to the Latin letter they imitate. Lower-case only: the normaliser lower-cases before it
 * maps. A compact subset of Unicode's confusables.txt: the letters people use to dodge keyword filters.
 */

// Two aligned strings, one letter each: FROM[i] looks like TO[i].
const CYRILLIC_FROM = 'авԁеёѐɡһніїјкӏмпорԛгѕтцѵԝхуүсьԍ';
const CYRILLIC_TO = 'abdeeeghhiijklmnopqrstuvwxyycbg';
const GREEK_FROM = 'αβϲεηιίκνοόρτυχγωϳ';
const GREEK_TO = 'abceniikvooptuxywj';
const OTHER_FROM = 'ɑıɩɪʟɴʀꜱᴛօսցհո';
const OTHER_TO = 'aiiilnrstoughn';

function pairs(from: string, to: string): Array<[string, string]> {
  const f = [...from];
  const t = [...to];
  if (f.length !== t.length) throw new Error(`confusables: ${from} and ${to} differ in length`);
  return f.map((c, i) => [c, t[i]!]);
}

/** The Latin letter each look-alike stands for. */
export const CONFUSABLES: ReadonlyMap<string, string> = new Map([
  ...pairs(CYRILLIC_FROM, CYRILLIC_TO),
  ...pairs(GREEK_FROM, GREEK_TO),
  ...pairs(OTHER_FROM, OTHER_TO),
]);
