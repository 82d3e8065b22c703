/**
 * @module Disguises for an attack's instruction. Heavy ones (base64, ROT13, hex, reversed) hide the whole
 * text and need a "decode this" request around it; light ones (leetspeak, homoglyphs, spaced letters,
 * zero-width characters) keep it readable to a model but not to a word filter. Parts marked with `keep()`
 * (the code word, a URL) stay intact under light disguises, so a compliant answer can still be recognised.
 */
import type { EncodingName } from './types.js';

const OPEN = '\u0001';
const CLOSE = '\u0002';
const KEPT = /\u0001([^\u0002]*)\u0002/g;

/** Marks text a light disguise must leave as it is. */
export const keep = (s: string): string => `${OPEN}${s}${CLOSE}`;

/** The text with the keep() marks removed. */
export const unmarked = (s: string): string => s.replace(KEPT, '$1');

/** Disguises that need the model to decode the text first. */
export const HEAVY: ReadonlySet<EncodingName> = new Set(['base64', 'rot13', 'hex', 'reversed']);

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
// Cyrillic letters that look like Latin ones.
const HOMOGLYPHS: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
};

const LIGHT: Record<string, (s: string) => string> = {
  leetspeak: (s) => s.replace(/[aeiost]/gi, (c) => LEET[c.toLowerCase()] ?? c),
  homoglyphs: (s) => s.replace(/[a-zA-Z]/g, (c) => HOMOGLYPHS[c] ?? c),
  spaced: (s) =>
    s
      .split(' ')
      .map((w) => Array.from(w).join(' '))
      .join('   '),
  'zero-width': (s) =>
    s
      .split(' ')
      .map((w) => Array.from(w).join('\u200b'))
      .join(' '),
};

const HEAVY_ENCODERS: Record<string, (s: string) => string> = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  rot13: (s) =>
    s.replace(/[a-z]/gi, (c) => {
      const base = c <= 'Z' ? 65 : 97;
      return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
    }),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  reversed: (s) => Array.from(s).reverse().join(''),
};

/** `text` disguised by `encoding`; the keep() marks are removed either way. */
export function encode(text: string, encoding: EncodingName): string {
  if (encoding === 'plain') return unmarked(text);
  const heavy = HEAVY_ENCODERS[encoding];
  if (heavy) return heavy(unmarked(text));
  const light = LIGHT[encoding]!;
  // Disguise what lies between the kept parts, one stretch at a time.
  let out = '';
  let last = 0;
  for (const m of text.matchAll(KEPT)) {
    out += light(text.slice(last, m.index)) + m[1];
    last = m.index! + m[0].length;
  }
  return out + light(text.slice(last));
}
