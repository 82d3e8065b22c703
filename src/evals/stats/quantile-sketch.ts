/**
 * @module Latency percentiles in fixed memory: exact while a variant has few samples, then log buckets
 * (DDSketch's scheme) whose every value lies within `QUANTILE_ERROR` of its bucket's midpoint, so a
 * percentile read from them is within 1% of the exact one, whatever the run's size.
 */

/** Samples kept exactly; past this many the sketch switches to buckets. */
export const EXACT_SAMPLES = 5000;
/** A percentile's relative error once the sketch holds buckets: |estimate − exact| ≤ 1% of exact. */
export const QUANTILE_ERROR = 0.01;

const GAMMA = (1 + QUANTILE_ERROR) / (1 - QUANTILE_ERROR);
const LOG_GAMMA = Math.log(GAMMA);

/** Values added one at a time; quantiles exact up to `EXACT_SAMPLES` values, within `QUANTILE_ERROR` past it. */
export class QuantileSketch {
  /** Every value while there are at most EXACT_SAMPLES; undefined once folded into the buckets. */
  private exact: number[] | undefined = [];
  /** Bucket i holds values in (γ^(i-1), γ^i]: as many buckets as the data spans powers of γ (≈2,300 per 10⁹). */
  private readonly buckets = new Map<number, number>();
  /** Values ≤ 0 (an answer from the cache can take 0 ms): kept exactly, as 0. */
  private zeros = 0;
  count = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  /** Adds one value. */
  add(x: number): void {
    this.count++;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    if (this.exact) {
      this.exact.push(x);
      if (this.exact.length > EXACT_SAMPLES) this.fold();
      return;
    }
    this.bucket(x);
  }

  /** True while every value is kept (quantiles are exact). */
  get isExact(): boolean {
    return this.exact !== undefined;
  }

  /**
   * The value of rank ⌊q·n⌋ (0-based) in sorted order, as a sorted list would give it; 0 when empty.
   * Past EXACT_SAMPLES it is the midpoint of the bucket holding that rank, clamped to [min, max].
   */
  quantile(q: number): number {
    if (!this.count) return 0;
    const rank = Math.min(this.count - 1, Math.floor(q * this.count));
    if (this.exact) return [...this.exact].sort((a, b) => a - b)[rank]!;
    let seen = this.zeros;
    if (rank < seen) return 0;
    for (const [i, n] of this.sortedBuckets()) {
      seen += n;
      if (rank < seen) return Math.min(this.max, Math.max(this.min, midpoint(i)));
    }
    return this.max; // not reached: the counts add up to `count`
  }

  /** Counts in `bins` equal bins over [0, top] (a value at or past top is in the last bin). */
  histogram(top: number, bins: number): number[] {
    const counts = new Array<number>(bins).fill(0);
    const binOf = (x: number) => Math.max(0, Math.min(bins - 1, Math.floor((x / top) * bins)));
    if (this.exact) {
      for (const x of this.exact) counts[binOf(x)]!++;
      return counts;
    }
    counts[0]! += this.zeros;
    for (const [i, n] of this.buckets) counts[binOf(Math.min(this.max, midpoint(i)))]! += n;
    return counts;
  }

  private fold(): void {
    const values = this.exact!;
    this.exact = undefined;
    for (const x of values) this.bucket(x);
  }

  private bucket(x: number): void {
    if (!(x > 0)) {
      this.zeros++;
      return;
    }
    const i = Math.ceil(Math.log(x) / LOG_GAMMA);
    this.buckets.set(i, (this.buckets.get(i) ?? 0) + 1);
  }

  private sortedBuckets(): [number, number][] {
    return [...this.buckets].sort((a, b) => a[0] - b[0]);
  }
}

// Every value of bucket i, in (γ^(i-1), γ^i], is within QUANTILE_ERROR of this point (relative to the value).
function midpoint(i: number): number {
  return (2 * GAMMA ** i) / (GAMMA + 1);
}
