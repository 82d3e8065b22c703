/**
 * @module A stem that also joins a word to the words derived from it, where Porter's algorithm keeps them
 * apart: a place and its people (Austria/Austrian, Europe/European, America/American), a verb and the one it
 * is done to (employ/employee, train/trainee), and a stem ending in y whether or not a suffix was removed
 * (employ/employment: Porter gives "emploi" and "employ"). Everything else is Porter's stem.
 */
import { stem } from '../../core/index.js';

/** The derivational stem of a lower-cased word (see the module comment), memoised. */
export function derivationalStem(word: string): string {
  if (word.length <= 2 || /\d/.test(word)) return word;
  let s = stems.get(word);
  if (s === undefined) {
    s = canonicalY(stem(derivationBase(word)));
    // Bounded like Porter's memo: a stream of unique tokens must not grow it forever.
    if (stems.size > 200_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

const stems = new Map<string, string>();

// The word a derived word comes from, as near as spelling tells; Porter's stem is taken of it.
function derivationBase(word: string): string {
  let w = word;
  if (/(?:ee|ian|ean|can)s$/.test(w)) w = w.slice(0, -1); // employees, Austrians, Europeans, Americans
  // guaranteed, guaranteeing: the same word as guarantee, whose "ee" goes below
  if (w.length >= 8 && w.endsWith('eed')) w = w.slice(0, -1);
  else if (w.length >= 9 && w.endsWith('eeing')) w = w.slice(0, -3);
  if (NOT_DERIVED.has(w)) return w;
  if (w.length >= 7 && w.endsWith('ee')) return w.slice(0, -2); // employee → employ, trainee → train
  // The people of a place become the place: Austrian → Austria, Indian → India, American → America,
  // European → Europe. The place keeps its own stem: joining every "-ia" to "-ial" (mitochondria and
  // mitochondrial) cost SciFact more than it gave.
  if (w.length >= 6 && /(?:ian|can)$/.test(w)) return w.slice(0, -1);
  if (w.length >= 7 && w.endsWith('ean')) return w.slice(0, -2);
  return w;
}

// Words that end like a derivation and are not one, where the rule would join two unrelated words.
const NOT_DERIVED = new Set(['median', 'unclean']);

// Porter turns a final y into i only when it ends the word (employ → emploi), not when a suffix was removed
// before it (employment → employ): the same letter either way.
function canonicalY(s: string): string {
  return s.endsWith('y') && /[aeiou]/.test(s.slice(0, -1)) ? `${s.slice(0, -1)}i` : s;
}
