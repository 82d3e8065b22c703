/**
 * @module PII detection: e-mail, phone numbers (libphonenumber-js, several regions), payment cards (Luhn),
 * IBANs (checksum), US SSNs, IP addresses and API keys and tokens. Each finding covers a whole token, and
 * overlapping findings become one, so redacting them never leaves part of a value in clear.
 */
import type { CountryCode } from 'libphonenumber-js';
import { DEFAULT_PHONE_REGIONS } from '../../../core/index.js';
import { findEmails } from './email.js';
import { type Match, PII_KINDS, type PiiFinding, type PiiKind } from './kinds.js';
import { findIps } from './network.js';
import { findCards, findIbans, findSsns } from './numbers.js';
import { findPhones } from './phones.js';
import { findSecrets } from './secrets.js';

// One detector per kind, in the order their findings win ties (same start, same length): a secret in a URL is
// not an e-mail, a card or an SSN is not a phone.
const DETECTORS: Array<[PiiKind, (text: string, regions: readonly CountryCode[]) => Match[]]> = [
  ['secret', findSecrets],
  ['email', findEmails],
  ['iban', findIbans],
  ['card', findCards],
  ['ssn', findSsns],
  ['ip', findIps],
  ['phone', findPhones],
];

// Characters that continue a key or a number: a finding that stops next to one grows over it.
const TOKEN_CHAR = /[A-Za-z0-9_]/;

/** The finding widened to the whole token it sits in, so no tail or head of the value stays in clear. */
function wholeToken(text: string, f: PiiFinding): PiiFinding {
  let { start, end } = f;
  while (start > 0 && TOKEN_CHAR.test(text[start - 1]!)) start--;
  while (end < text.length && TOKEN_CHAR.test(text[end]!)) end++;
  return start === f.start && end === f.end ? f : { ...f, start, end, value: text.slice(start, end) };
}

/** Findings in text order; one that overlaps the one before is merged into it (the earlier, longer kind wins). */
function merged(text: string, found: PiiFinding[]): PiiFinding[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PiiFinding[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (!last || f.start >= last.end) out.push(f);
    else if (f.end > last.end)
      out[out.length - 1] = { ...last, end: f.end, value: text.slice(last.start, f.end) };
  }
  return out;
}

/**
 * All PII in `text` of the given kinds, without overlaps. Phone numbers without a country code are read as
 * written in any of `regions` (one region or a list; default: DEFAULT_PHONE_REGIONS).
 */
export function findPii(
  text: string,
  kinds: readonly PiiKind[] = PII_KINDS,
  regions: CountryCode | readonly CountryCode[] = DEFAULT_PHONE_REGIONS,
): PiiFinding[] {
  const want = new Set(kinds);
  const regionList = typeof regions === 'string' ? [regions] : regions;
  const found: PiiFinding[] = [];
  for (const [kind, detect] of DETECTORS) {
    if (!want.has(kind)) continue;
    for (const m of detect(text, regionList)) {
      found.push(wholeToken(text, { kind, start: m.start, end: m.start + m.value.length, value: m.value }));
    }
  }
  return merged(text, found);
}
