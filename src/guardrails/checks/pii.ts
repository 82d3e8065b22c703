/**
 * @module PII detection and reversible redaction: e-mail, phone numbers (libphonenumber-js), payment cards
 * (Luhn), IBANs (checksum), US SSNs, IP addresses and API-key-like secrets. Redaction replaces each value
 * with a placeholder ([EMAIL_1]) and keeps the map inside the request, so the answer can be un-redacted for
 * the user while the model and the trace only ever see placeholders.
 */
import { isValidIBAN } from 'ibantools';
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { SECRET_PATTERNS } from '../../core/index.js';

export const PII_KINDS = ['email', 'phone', 'card', 'iban', 'ssn', 'ip', 'secret'] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export interface PiiFinding {
  kind: PiiKind;
  start: number;
  end: number;
  value: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const CARD = /\b(?:\d[ -]?){12,18}\d\b/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
const SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;
const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
const IPV6 =
  /\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4}\b/gi;

/** Luhn checksum, as payment card numbers carry. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

type Country = 'US' | 'GB' | 'NL' | 'DE' | 'FR';
type Match = { start: number; value: string };

const matches = (text: string, re: RegExp, keep: (m: RegExpMatchArray) => boolean = () => true): Match[] =>
  [...text.matchAll(re)].filter(keep).map((m) => ({ start: m.index!, value: m[0] }));

// "version 4.12.3.1" is a version number, not an address.
const afterVersionWord = (text: string, at: number) =>
  /\b(?:version|release|build|v)\s*$/i.test(text.slice(Math.max(0, at - 12), at));

function isCardNumber(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/g, '');
  return digits.length >= 13 && digits.length <= 19 && luhn(digits) && !/^(\d)\1+$/.test(digits);
}

// One detector per kind, in the order their findings win ties (same start, same length).
const DETECTORS: Array<[PiiKind, (text: string, country: Country) => Match[]]> = [
  ['email', (t) => matches(t, EMAIL)],
  ['secret', (t) => SECRET_PATTERNS.flatMap((re) => matches(t, re))],
  ['iban', (t) => matches(t, IBAN, (m) => isValidIBAN(m[0].replace(/ /g, '')))],
  ['card', (t) => matches(t, CARD, (m) => isCardNumber(m[0]))],
  ['ssn', (t) => matches(t, SSN)],
  ['ip', (t) => [...matches(t, IPV4, (m) => !afterVersionWord(t, m.index!)), ...matches(t, IPV6)]],
  [
    'phone',
    (t, country) =>
      findPhoneNumbersInText(t, country).map((p) => ({
        start: p.startsAt,
        value: t.slice(p.startsAt, p.endsAt),
      })),
  ],
];

/** All PII in `text` of the given kinds, without overlaps (earlier, longer findings win). */
export function findPii(
  text: string,
  kinds: readonly PiiKind[] = PII_KINDS,
  defaultCountry: Country = 'US',
): PiiFinding[] {
  const want = new Set(kinds);
  const found: PiiFinding[] = DETECTORS.filter(([kind]) => want.has(kind)).flatMap(([kind, detect]) =>
    detect(text, defaultCountry).map((m) => ({
      kind,
      start: m.start,
      end: m.start + m.value.length,
      value: m.value,
    })),
  );
  // Keep the first of overlapping findings by position, the longest at one position (a card is not also a phone).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PiiFinding[] = [];
  for (const f of found) if (!out.length || f.start >= out[out.length - 1]!.end) out.push(f);
  return out;
}

export interface Redaction {
  text: string;
  /** Placeholder → original value. Lives only inside the request. */
  map: Map<string, string>;
}

/** Replaces each finding with a numbered placeholder per kind; the same value gets the same placeholder. */
export function redact(
  text: string,
  findings: PiiFinding[],
  map: Map<string, string> = new Map(),
): Redaction {
  const byValue = new Map([...map].map(([k, v]) => [v, k]));
  const counters = new Map<string, number>();
  for (const k of map.keys()) {
    const kind = k.slice(1, k.lastIndexOf('_'));
    counters.set(kind, Math.max(counters.get(kind) ?? 0, Number(k.slice(k.lastIndexOf('_') + 1, -1))));
  }
  let out = '';
  let at = 0;
  for (const f of findings) {
    let placeholder = byValue.get(f.value);
    if (!placeholder) {
      const kind = f.kind.toUpperCase();
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      placeholder = `[${kind}_${n}]`;
      map.set(placeholder, f.value);
      byValue.set(f.value, placeholder);
    }
    out += text.slice(at, f.start) + placeholder;
    at = f.end;
  }
  return { text: out + text.slice(at), map };
}

/** Puts the original values back where the placeholders are. */
export function unredact(text: string, map: Map<string, string>): string {
  if (!map.size) return text;
  return text.replace(/\[(?:EMAIL|PHONE|CARD|IBAN|SSN|IP|SECRET)_\d+\]/g, (p) => map.get(p) ?? p);
}
