/**
 * @module Percentile bootstrap intervals with a seeded generator, so the same results always give the same
 * interval (reports and CI gates must be reproducible).
 */
import { mulberry32 } from '../../core/index.js';

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
  const random = mulberry32(seed);
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
