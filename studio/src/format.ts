// How numbers and times read in the studio.

/** 0.873 → "87.3%"; undefined → "n/a". */
export const pct = (x: number | undefined, digits = 1) =>
  x === undefined ? 'n/a' : `${(x * 100).toFixed(digits)}%`;

/** A signed change in percentage points: +2.5 pts. */
export const pts = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)} pts`;

/** USD with enough digits to see small costs. */
export const usd = (x: number | undefined) =>
  x === undefined ? 'n/a' : x === 0 ? '$0' : x < 0.01 ? `$${x.toFixed(5)}` : `$${x.toFixed(2)}`;

/** Milliseconds as people read them. */
export const ms = (x: number | undefined) =>
  x === undefined ? 'n/a' : x < 1000 ? `${Math.round(x)} ms` : `${(x / 1000).toFixed(2)} s`;

/** A local date and time. */
export const when = (t: number | undefined) =>
  t === undefined ? '' : new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Thousands separated. */
export const count = (n: number | undefined) => (n === undefined ? 'n/a' : n.toLocaleString());
