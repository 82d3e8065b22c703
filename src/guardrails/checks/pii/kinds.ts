/** @module The kinds of personal data and secrets the PII check finds, and what a finding is. */

export const PII_KINDS = ['email', 'phone', 'card', 'iban', 'ssn', 'ip', 'secret'] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export interface PiiFinding {
  kind: PiiKind;
  start: number;
  end: number;
  value: string;
}

/** A detector's raw hit: where it starts and the text it covers. */
export interface Match {
  start: number;
  value: string;
}

/** Every match of a global regex in `text` that `keep` accepts. */
export function matchesOf(
  text: string,
  re: RegExp,
  keep: (m: RegExpExecArray) => boolean = () => true,
): Match[] {
  const out: Match[] = [];
  for (const m of text.matchAll(re))
    if (keep(m as RegExpExecArray)) out.push({ start: m.index, value: m[0] });
  return out;
}
