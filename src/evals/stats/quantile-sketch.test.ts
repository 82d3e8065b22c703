import { describe, expect, it } from 'vitest';
import { EXACT_SAMPLES, QUANTILE_ERROR, QuantileSketch } from './quantile-sketch.js';

// The value of rank ⌊q·n⌋ in sorted order: what the summary has always called a percentile.
const exactQuantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

function sketchOf(values: number[]): QuantileSketch {
  const s = new QuantileSketch();
  for (const v of values) s.add(v);
  return s;
}

// Deterministic pseudo-random values in [0, 1).
function uniform(n: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 48271) % 2147483647;
    return x / 2147483647;
  });
}

describe('QuantileSketch', () => {
  it('is exact while it holds at most EXACT_SAMPLES values', () => {
    const values = uniform(EXACT_SAMPLES, 7).map((u) => 100 * u);
    const s = sketchOf(values);
    const sorted = [...values].sort((a, b) => a - b);
    expect(s.isExact).toBe(true);
    for (const q of [0, 0.5, 0.95, 0.99, 1]) expect(s.quantile(q)).toBe(exactQuantile(sorted, q));
  });

  it('stays within 1% of the exact percentile past that, on skewed, flat and zero-heavy latencies', () => {
    const n = 60_000;
    const shapes: Record<string, number[]> = {
      lognormal: uniform(n, 3).map((u, i) => Math.exp(4 + 2 * (u - uniform(1, i + 11)[0]!))),
      flat: uniform(n, 5).map((u) => 1 + 2000 * u),
      'cache hits at 0 ms': uniform(n, 9).map((u) => (u < 0.6 ? 0 : 50 * u)),
      'sub-millisecond': uniform(n, 13).map((u) => 0.001 + u / 10),
    };
    for (const [shape, values] of Object.entries(shapes)) {
      const s = sketchOf(values);
      const sorted = [...values].sort((a, b) => a - b);
      expect(s.isExact, shape).toBe(false);
      for (const q of [0.01, 0.25, 0.5, 0.9, 0.95, 0.99]) {
        const want = exactQuantile(sorted, q);
        expect(Math.abs(s.quantile(q) - want), `${shape} p${q * 100}`).toBeLessThanOrEqual(
          QUANTILE_ERROR * want + 1e-12,
        );
      }
      expect(s.max).toBe(sorted.at(-1));
    }
  });

  it('counts every value in its histogram, exact or not', () => {
    for (const n of [100, EXACT_SAMPLES + 1]) {
      const values = uniform(n, 17).map((u) => 10 * u);
      const counts = sketchOf(values).histogram(10, 12);
      expect(counts).toHaveLength(12);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
      // Uniform values: no bin far from its share (buckets 2% wide move few values across bin edges).
      if (n > EXACT_SAMPLES) for (const c of counts) expect(Math.abs(c - n / 12)).toBeLessThan(n / 12 / 4);
    }
  });

  it('is 0 with no values', () => {
    expect(new QuantileSketch().quantile(0.5)).toBe(0);
  });
});
