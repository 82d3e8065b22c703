/**
 * @module Precision, recall and F1 from counts. A figure with nothing to divide by (no predictions, or no
 * labelled positives) is NaN and shown as n/a: a check that flags nothing has no precision, not a perfect one.
 */

/** True positives, false positives and misses. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
}

const ratio = (a: number, b: number) => (b ? a / b : Number.NaN);

/** Precision, recall and F1 of `c`; NaN where undefined (F1 is 0 when only one of the two is). */
export function rates(c: Counts): Rates {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  if (Number.isNaN(precision) && Number.isNaN(recall)) return { precision, recall, f1: Number.NaN };
  const p = Number.isNaN(precision) ? 0 : precision;
  const r = Number.isNaN(recall) ? 0 : recall;
  return { precision, recall, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** `x` with three decimals, or `n/a`. */
export const formatRate = (x: number): string => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));
