/**
 * @module Finds and decodes byte encodings in text: base64 (standard and URL-safe), base32, hex (plain or
 * separated bytes), escape sequences (`\x49`, `\u0069`, `&#105;`) and percent-encoding. Each finder returns
 * the decoded strings that read as text.
 */
import { isPlausibleText, utf8 } from './plausible.js';

// One scan finds the runs that base64, base32 and hex are each a subset of.
const RUN = /[A-Za-z0-9+/_=-]{16,}/g;
const BASE64 = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;
const BASE32 = /^[A-Z2-7]{16,}={0,6}$/;
const HEX_RUN = /^(?:[0-9a-fA-F]{2}){8,}$/;
const HEX_SEPARATED =
  /(?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{2}(?:[ ,:]{1,2}(?:0x)?[0-9a-fA-F]{2}){7,}(?![0-9A-Za-z])/g;
const X_ESCAPES = /(?:\\x[0-9a-fA-F]{2}){4,}/g;
const U_ESCAPES = /(?:\\u[0-9a-fA-F]{4}|\\u\{[0-9a-fA-F]{1,6}\}){4,}/g;
const HTML_ENTITIES = /(?:&#(?:[xX][0-9a-fA-F]{1,6}|\d{1,7});){4,}/g;
const PERCENT_TOKEN = /\S*%[0-9a-fA-F]{2}\S*%[0-9a-fA-F]{2}\S*/g;
const ONLY_HEX = /^[0-9a-fA-F]+$/;

let lastText: string | undefined;
let lastRuns: string[] = [];

// base64, base32 and hex are looked for in the same text one after the other: scan for runs once.
function runsIn(text: string, re: RegExp): string[] {
  if (text !== lastText) {
    lastRuns = text.match(RUN) ?? [];
    lastText = text;
  }
  return lastRuns.filter((r) => re.test(r));
}

/** Base64 and URL-safe base64 runs of 16+ characters that decode to text. */
export function findBase64(text: string, accept = isPlausibleText): string[] {
  const out: string[] = [];
  for (const run of runsIn(text, BASE64)) {
    // A hex run is also valid base64; it is hex's to decode.
    if (ONLY_HEX.test(run) || run.replace(/=+$/, '').length % 4 === 1) continue;
    const decoded = utf8(Buffer.from(run, 'base64'));
    if (decoded !== undefined && accept(decoded)) out.push(decoded);
  }
  return out;
}

/** Upper-case base32 runs (RFC 4648 alphabet) that decode to text. */
export function findBase32(text: string, accept = isPlausibleText): string[] {
  const out: string[] = [];
  for (const run of runsIn(text, BASE32)) {
    const decoded = utf8(base32Bytes(run.replace(/=+$/, '')));
    if (decoded !== undefined && accept(decoded)) out.push(decoded);
  }
  return out;
}

/** Hex runs (`49676e6f7265`, `49 67 6e`, `0x49,0x67`) that decode to text. */
export function findHex(text: string, accept = isPlausibleText): string[] {
  const out: string[] = [];
  const separated = /[0-9a-fA-F]{2}[ ,:]/.test(text)
    ? [...text.matchAll(HEX_SEPARATED)].map((m) => m[0])
    : [];
  for (const run of [...runsIn(text, HEX_RUN), ...separated]) {
    const digits = run.replace(/0x|[ ,:]/g, '');
    const decoded = utf8(Buffer.from(digits, 'hex'));
    if (decoded !== undefined && accept(decoded)) out.push(decoded);
  }
  return out;
}

/** `\x49\x67…` byte escapes, `\u0069…` code-unit escapes and `&#105;`/`&#x69;` entities that decode to text. */
export function findEscapes(text: string, accept = isPlausibleText): string[] {
  const out: string[] = [];
  if (!text.includes('\\') && !text.includes('&#')) return out;
  for (const [run] of text.matchAll(X_ESCAPES)) {
    const decoded = utf8(Buffer.from(run.replace(/\\x/g, ''), 'hex'));
    if (decoded !== undefined && accept(decoded)) out.push(decoded);
  }
  for (const [run] of text.matchAll(U_ESCAPES)) {
    const units = [...run.matchAll(/\\u\{?([0-9a-fA-F]+)\}?/g)].map((m) => Number.parseInt(m[1]!, 16));
    const decoded = safeFromCodePoints(units);
    if (decoded !== undefined && accept(decoded)) out.push(decoded);
  }
  for (const [run] of text.matchAll(HTML_ENTITIES)) {
    const points = [...run.matchAll(/&#(x?)([0-9a-f]+);/gi)].map((m) =>
      Number.parseInt(m[2]!, m[1] ? 16 : 10),
    );
    const decoded = safeFromCodePoints(points);
    if (decoded !== undefined && accept(decoded)) out.push(decoded);
  }
  return out;
}

/** Tokens with two or more `%XX` escapes, percent-decoded, when decoding changes them into text. */
export function findPercentEncoded(text: string, accept = isPlausibleText): string[] {
  const out: string[] = [];
  if (!text.includes('%')) return out;
  for (const [token] of text.matchAll(PERCENT_TOKEN)) {
    const decoded = percentDecode(token);
    if (decoded !== token && accept(decoded)) out.push(decoded);
  }
  return out;
}

function percentDecode(token: string): string {
  try {
    return decodeURIComponent(token.replace(/\+/g, ' '));
  } catch {
    // A stray `%` elsewhere in the token: decode the escapes that are whole UTF-8 on their own.
    return token.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

function safeFromCodePoints(points: number[]): string | undefined {
  try {
    return String.fromCodePoint(...points);
  } catch {
    return undefined;
  }
}

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Bytes(s: string): Uint8Array {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const c of s) {
    buffer = ((buffer << 5) | BASE32_ALPHABET.indexOf(c)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}
