/**
 * @module The one interval tandem puts on a pass rate, in the terminal, the reports, the CI gates and the
 * playbook: a Wilson score interval over the cases, widened or narrowed for repeats by an effective sample
 * size (Kish's design effect). It never collapses to a point: 10 of 10 is 72.2%–100%, not 100%–100%.
 */
import type { Interval } from './bootstrap.js';
import { wilsonInterval } from './wilson.js';

/** One measured case: its share of passing samples and how many samples were measured. */
export interface MeasuredCase {
  passRate: number;
  samples: number;
}

export interface PassRateInterval extends Interval {
  /** Cases measured. */
  cases: number;
  /** The sample size the interval counts as: the cases, up to the samples when repeats agree less than cases do. */
  effectiveN: number;
}

/**
 * The mean case pass rate with its 95% interval. Cases are the clusters: with one sample each this is the
 * plain Wilson interval of passes out of cases; with repeats, outcomes within a case count as far as they
 * vary independently of the case (effective n = p(1 − p) / var(mean), between the cases and the samples).
 */
export function passRateInterval(cases: MeasuredCase[], z = 1.959963984540054): PassRateInterval {
  const n = cases.length;
  if (!n) return { mean: 0, low: 0, high: 1, cases: 0, effectiveN: 0 };
  const mean = cases.reduce((s, c) => s + c.passRate, 0) / n;
  const effectiveN = effectiveSampleSize(cases, mean);
  const { low, high } = wilsonInterval(mean * effectiveN, effectiveN, z);
  return { mean, low: Math.min(low, mean), high: Math.max(high, mean), cases: n, effectiveN };
}

// Never fewer than the cases (a case is at least one independent draw), never more than the samples.
function effectiveSampleSize(cases: MeasuredCase[], mean: number): number {
  const n = cases.length;
  const samples = cases.reduce((s, c) => s + Math.max(1, c.samples), 0);
  if (n < 2 || mean <= 0 || mean >= 1) return n;
  const variance = cases.reduce((s, c) => s + (c.passRate - mean) ** 2, 0) / (n - 1);
  if (variance === 0) return samples;
  const fromVariance = (mean * (1 - mean)) / (variance / n);
  return Math.min(samples, Math.max(n, fromVariance));
}

/** The highest lower bound `cases` cases can reach (all passing): a gate above it cannot be cleared. */
export function highestLowerBound(cases: number, z = 1.959963984540054): number {
  return wilsonInterval(cases, cases, z).low;
}
