/**
 * @module Percentile bootstrap intervals with a seeded generator, so the same results always give the same
 * interval (reports and CI gates must be reproducible).
 */

/** A small, fast, seedable PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Interval {
  mean: number;
  low: number;
  high: number;
}

/** The mean of `values` with a 95% percentile-bootstrap interval over `resamples` resamples. */
export function bootstrapMean(values: number[], resamples = 2000, seed = 42): Interval {
  const n = values.length;
  if (!n) return { mean: 0, low: 0, high: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n === 1) return { mean, low: mean, high: mean };
  const random = seededRandom(seed);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[Math.floor(random() * n)]!;
    means[r] = sum / n;
  }
  means.sort();
  return {
    mean,
    low: means[Math.floor(0.025 * resamples)]!,
    high: means[Math.min(resamples - 1, Math.ceil(0.975 * resamples) - 1)]!,
  };
}
