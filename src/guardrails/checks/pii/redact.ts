/**
 * @module Reversible redaction: each finding becomes a numbered placeholder per kind ([EMAIL_1]); the map
 * stays inside the request, so the answer can be un-redacted for the user while the model and the trace only
 * ever see placeholders.
 */
import type { PiiFinding } from './kinds.js';

export interface Redaction {
  text: string;
  /** Placeholder → original value. Lives only inside the request. */
  map: Map<string, string>;
}

/** The highest number used so far per kind, so numbering continues across the fields of one request. */
function countersOf(map: Map<string, string>): Map<string, number> {
  const counters = new Map<string, number>();
  for (const k of map.keys()) {
    const kind = k.slice(1, k.lastIndexOf('_'));
    counters.set(kind, Math.max(counters.get(kind) ?? 0, Number(k.slice(k.lastIndexOf('_') + 1, -1))));
  }
  return counters;
}

/** Replaces each finding with a numbered placeholder per kind; the same value gets the same placeholder. */
export function redact(
  text: string,
  findings: PiiFinding[],
  map: Map<string, string> = new Map(),
): Redaction {
  const byValue = new Map([...map].map(([k, v]) => [v, k]));
  const counters = countersOf(map);
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
