/**
 * @module Tells decoded text from decoded noise: a payload counts only when it reads as text (mostly
 * printable, valid UTF-8, enough letters), so a random id, hash or image never "decodes" to anything.
 */

const CONTROL_OR_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/g;
const LETTER = /\p{L}/gu;
const SPACE = /\s/g;

/** True when `s` (decoded bytes as UTF-8) reads as text rather than binary noise. */
export function isPlausibleText(s: string): boolean {
  if (s.length < 6) return false;
  const bad = s.match(CONTROL_OR_INVALID)?.length ?? 0;
  if (bad > 0) return false;
  const letters = s.match(LETTER)?.length ?? 0;
  const visible = s.length - (s.match(SPACE)?.length ?? 0);
  // Letters carry a message; a run of digits and symbols is an id or a checksum, even when printable.
  return letters >= 4 && letters / visible >= 0.6;
}

/** Decodes UTF-8 bytes strictly: undefined when they are not valid UTF-8. */
export function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
