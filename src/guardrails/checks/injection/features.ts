/**
 * @module The classifier's features: word 1–2-grams and in-word character 3–5-grams of the normalised text
 * (Chinese: character 1–3-grams) and of any payload decoded from it, hashed into a fixed table, plus named
 * features from the normaliser and the lexicons ("lexicon:override", "trick:homoglyphs", "decoded:base64").
 * Text from a document (`retrieved`) also fires a second, retrieved-only copy of every feature, so the model
 * learns what is suspicious in documents apart from what is suspicious in a user's message ("easy domain
 * adaptation"). Hashing runs over character codes without building substrings: this runs on every request.
 */

/** Bits of the hashed feature table: 2^16 weights, small enough to ship, few enough collisions. */
export const HASH_BITS = 16;
const SIZE = 1 << HASH_BITS;
const MASK = SIZE - 1;

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

/** Hashed n-gram values (parallel arrays) and named features of one text. */
export interface Features {
  index: Int32Array;
  value: Float64Array;
  named: Map<string, number>;
}

// One scratch table reused by every call (the function is synchronous, so calls never interleave).
const counts = new Float64Array(SIZE);
const touched = new Int32Array(SIZE);
let touchedCount = 0;

/** The features of `a` as seen at `source`. */
export function featuresOf(a: TextAnalysis, source: Source): Features {
  touchedCount = 0;
  addNgrams(a.folded);
  for (const d of a.decoded) addNgrams(d.folded);
  const shared = touchedCount;
  if (source === 'retrieved') for (let i = 0; i < shared; i++) add(rehash(touched[i]!), counts[touched[i]!]!);
  const index = touched.slice(0, touchedCount);
  const value = new Float64Array(touchedCount);
  // Presence, capped and scaled by length, so a long text is not suspicious for its many n-grams alone.
  const norm = 1 / Math.sqrt(Math.max(1, shared));
  for (let i = 0; i < touchedCount; i++) {
    value[i] = Math.min(counts[index[i]!]!, 3) * norm;
    counts[index[i]!] = 0;
  }
  const named = namedFeatures(a);
  if (source === 'retrieved') for (const [k, v] of [...named]) named.set(`retrieved:${k}`, v);
  return { index, value, named };
}

function namedFeatures(a: TextAnalysis): Map<string, number> {
  const named = new Map<string, number>([['bias', 1]]);
  for (const t of a.tricks) named.set(`trick:${t}`, 1);
  for (const d of a.decoded) named.set(`decoded:${d.encoding}`, 1);
  const categories = new Map<string, number>();
  for (const h of a.hits) {
    categories.set(h.category, (categories.get(h.category) ?? 0) + 1);
    if (h.fromDecoded) named.set('lexicon:in-decoded', 1);
  }

  for (const [c, n] of categories) named.set(`lexicon:${c}`, Math.min(n, 2));
  if (categories.size) named.set('lexicon:categories', Math.min(categories.size, 3) / 3);
  return named;
}

function add(key: number, by: number): void {
  if (counts[key] === 0) touched[touchedCount++] = key;
  counts[key]! += by;
}

const OTHER = 0;
const WORDISH = 1;
const HAN = 2;
const LETTER = /[\p{L}\p{N}\p{M}]/u;
const HAN_CHAR = /\p{Script=Han}/u;

// The class of one UTF-16 unit: ASCII by table, the rest by Unicode property (rare in English text).
function classOf(c: number, text: string, i: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? WORDISH : OTHER;
  const ch = text[i]!;
  if (HAN_CHAR.test(ch)) return HAN;
  return LETTER.test(ch) || (c >= 0xd800 && c <= 0xdfff) ? WORDISH : OTHER;
}

const WORD_SEED = 0x811c9dc5;
const CHAR_SEED = 0x811c9dc5 ^ 0x63;
const PAIR_SEED = 0x2545f491;

function addNgrams(text: string): void {
  let previous = -1;
  let i = 0;
  while (i < text.length) {
    const kind = classOf(text.charCodeAt(i), text, i);
    if (kind === OTHER) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && classOf(text.charCodeAt(i), text, i) === kind) i++;
    if (kind === HAN) {
      // Chinese has no spaces: its character n-grams carry the words.
      addCharNgrams(text, start, i, 1, 3, false);
      previous = -1;
      continue;
    }
    const word = hashRange(text, start, i, WORD_SEED);
    add(word & MASK, 1);
    if (previous >= 0) add(((Math.imul(previous ^ PAIR_SEED, 0x01000193) ^ word) >>> 0) & MASK, 1);
    addCharNgrams(text, start, i, 3, 5, true);
    previous = word;
  }
}

/** FNV-1a over text[start, end). */
function hashRange(text: string, start: number, end: number, seed: number): number {
  let h = seed;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// Character n-grams of text[start, end) from `min` to `max` long, the word padded with a space on each side.
function addCharNgrams(
  text: string,
  start: number,
  end: number,
  min: number,
  max: number,
  pad: boolean,
): void {
  const from = pad ? start - 1 : start;
  const to = pad ? end + 1 : end;
  const code = (j: number) => (j < start || j >= end ? 32 : text.charCodeAt(j));
  for (let i = from; i + min <= to; i++) {
    let h = CHAR_SEED;
    for (let n = 1; n <= max && i + n <= to; n++) {
      h = Math.imul(h ^ code(i + n - 1), 0x01000193);
      if (n >= min) add((h >>> 0) & MASK, 1);
    }
  }
}

// The retrieved-only copy of a feature: a second, fixed scramble of its index.
const rehash = (k: number) => (Math.imul(k ^ 0x5bd1e995, 0x01000193) >>> 0) & MASK;
