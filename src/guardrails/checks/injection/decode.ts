/**
 * @module Finds encoded payloads in a text and decodes them: base64, base32, hex, escapes, percent-encoding,
 * ROT13, reversed text and Morse. Only results that read as text are returned; what a decoded payload says
 * is for the lexicons to judge. One level of nesting (base64 of hex, ROT13 inside base64) is decoded too.
 */
import { findBase32, findBase64, findEscapes, findHex, findPercentEncoded } from './decode-bytes.js';
import { findMorse, findReversed, findReversedWords, findRot13 } from './decode-words.js';
import { isPlausibleText } from './plausible.js';

/** The encodings the decoder knows, in a fixed order. `escapes`: `\x49`, `\u0069`, `&#105;`. */
export const ENCODINGS = ['base64', 'base32', 'hex', 'escapes', 'url', 'rot13', 'reversed', 'morse'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface DecodedPayload {
  encoding: Encoding;
  decoded: string;
  /** The outer encoding when this payload was found inside another decoded payload. */
  via?: Encoding;
}

const FINDERS: Array<[Encoding, (text: string, accept: (s: string) => boolean) => string[]]> = [
  ['base64', findBase64],
  ['base32', findBase32],
  ['hex', findHex],
  ['escapes', findEscapes],
  ['url', findPercentEncoded],
  ['rot13', findRot13],
  ['reversed', findReversed],
  ['reversed', findReversedWords],
  ['morse', findMorse],
];

/** The payloads in `text` that decode to readable text, each outer layer followed by what it holds. */
export function decodePayloads(text: string): DecodedPayload[] {
  const seen = new Set<string>([text.trim()]);
  const out: DecodedPayload[] = [];
  for (const p of decodeLayer(text, seen, textOrEncoded)) {
    const inner = decodeLayer(p.decoded, seen).map((q) => ({ ...q, via: p.encoding }));
    // An outer result that is not text itself counts only as the way to the text inside it.
    if (inner.length || isPlausibleText(p.decoded)) out.push(p, ...inner);
  }
  return out;
}

function decodeLayer(text: string, seen: Set<string>, accept = isPlausibleText): DecodedPayload[] {
  const out: DecodedPayload[] = [];
  for (const [encoding, find] of FINDERS) {
    for (const decoded of find(text, accept)) {
      if (seen.has(decoded)) continue;
      seen.add(decoded);
      out.push({ encoding, decoded });
    }
  }
  return out;
}

// An outer layer may decode to another encoding (hex, base64) rather than to text: printable ASCII, no spaces.
function textOrEncoded(s: string): boolean {
  return isPlausibleText(s) || /^[\x21-\x7E]{16,}$/.test(s);
}
