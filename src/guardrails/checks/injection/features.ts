/**
 * @module The classifier's features: word 1–2-grams and in-word character 3–5-grams of the normalised text
 * (and of any payload decoded from it), hashed into a fixed table, plus named features from the normaliser
 * and the lexicons ("lexicon:override", "trick:homoglyphs", "decoded:base64+hit"). Text from a document
 * (`retrieved`) also fires a second, retrieved-only copy of every feature, so the model learns what is
 * suspicious in documents separately from what is suspicious in a user's message ("easy domain adaptation").
 */

/** Bits of the hashed feature table: 2^16 weights, small enough to ship, few enough collisions. */
export const HASH_BITS = 16;
const MASK = (1 << HASH_BITS) - 1;

/** What the normaliser, the decoders and the lexicons made of one text. */
export interface TextAnalysis {
  /** Normalised, lower-cased, accents folded. */
  folded: string;
  tricks: readonly string[];
  /** Payloads decoded from the text, normalised the same way. */
  decoded: ReadonlyArray<{ encoding: string; folded: string }>;
  /** Lexicon categories matched in the text or in a decoded payload. */
  hits: ReadonlyArray<{ category: string; fromDecoded: boolean }>;
}

export type Source = 'input' | 'retrieved';

/** Hashed n-gram counts and named features of one text. */
export interface Features {
  hashed: Map<number, number>;
  named: Map<string, number>;
}

/** The features of `a` as seen at `source`. */
export function featuresOf(a: TextAnalysis, source: Source): Features {
  const hashed = new Map<number, number>();
  addNgrams(a.folded, hashed, 1);
  for (const d of a.decoded) addNgrams(d.folded, hashed, 1);
  const named = namedFeatures(a);
  if (source === 'retrieved') {
    for (const [k, v] of [...hashed]) bump(hashed, rehash(k), v);
    for (const [k, v] of [...named]) named.set(`retrieved:${k}`, v);
  }
  // Presence scaled by length, so a long document is not suspicious for its many n-grams alone.
  const norm = 1 / Math.sqrt(Math.max(1, hashed.size));
  for (const [k, v] of hashed) hashed.set(k, Math.min(v, 3) * norm);
  return { hashed, named };
}

function namedFeatures(a: TextAnalysis): Map<string, number> {
  const named = new Map<string, number>();
  named.set('bias', 1);
  for (const t of a.tricks) named.set(`trick:${t}`, 1);
  for (const d of a.decoded) named.set(`decoded:${d.encoding}`, 1);
  const categories = new Map<string, number>();
  for (const h of a.hits) {
    categories.set(h.category, (categories.get(h.category) ?? 0) + 1);
    if (h.fromDecoded) named.set('lexicon:in-decoded', 1);
  }
  for (const [c, n] of categories) named.set(`lexicon:${c}`, Math.min(n, 2));
  named.set('lexicon:categories', Math.min(categories.size, 3) / 3);
  return named;
}

const WORD = /[\p{L}\p{N}]+/gu;
const HAN = /\p{Script=Han}/u;

function addNgrams(text: string, out: Map<number, number>, weight: number): void {
  let previous = '';
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    // Chinese has no spaces: its character n-grams carry the words.
    if (HAN.test(word)) {
      addCharNgrams(word, out, weight, 1, 3);
      previous = '';
      continue;
    }
    bump(out, hashString(`w:${word}`), weight);
    if (previous) bump(out, hashString(`b:${previous} ${word}`), weight);
    addCharNgrams(` ${word} `, out, weight, 3, 5);
    previous = word;
  }
}

/** Character n-grams of `s` from `min` to `max` long, hashed incrementally without building substrings. */
function addCharNgrams(s: string, out: Map<number, number>, weight: number, min: number, max: number): void {
  for (let i = 0; i + min <= s.length; i++) {
    let h = 0x811c9dc5 ^ 0x63; // a seed of its own, so "c:ab" never equals the word "ab"
    for (let n = 1; n <= max && i + n <= s.length; n++) {
      h = Math.imul(h ^ s.charCodeAt(i + n - 1), 0x01000193);
      if (n >= min) bump(out, (h >>> 0) & MASK, weight);
    }
  }
}

/** FNV-1a of a string, folded into the table. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) & MASK;
}

// The retrieved-only copy of a feature: a second, fixed scramble of its index.
const rehash = (k: number) => (Math.imul(k ^ 0x5bd1e995, 0x01000193) >>> 0) & MASK;

function bump(map: Map<number, number>, key: number, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}
