/** @module Ages written as `30d`, `12h` or `90m` (retention settings and flags), as milliseconds. */

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000 } as const;

/** Milliseconds in an age such as `30d`; undefined when it is not one. */
export function ageMs(age: string): number | undefined {
  const m = /^(\d+)(d|h|m)$/.exec(age.trim());
  return m ? Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS] : undefined;
}
