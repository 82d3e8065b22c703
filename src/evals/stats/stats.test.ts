import { describe, expect, it } from 'vitest';
import {
  bootstrapMean,
  comparePaired,
  highestLowerBound,
  passAtK,
  passHatK,
  passRateInterval,
  wilsonInterval,
} from './index.js';

const once = (passes: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ passRate: i < passes ? 1 : 0, samples: 1 }));

describe('statistics', () => {
  it('Wilson interval matches published values', () => {
    // 8 of 10: 95% Wilson interval 0.4902–0.9433 (e.g. Newcombe 1998, method 3)
    const w = wilsonInterval(8, 10);
    expect(w.low).toBeCloseTo(0.4902, 4);
    expect(w.high).toBeCloseTo(0.9433, 4);
    expect(wilsonInterval(0, 5).low).toBe(0);
    expect(wilsonInterval(5, 5).high).toBe(1);
    expect(wilsonInterval(5, 5).low).toBeCloseTo(0.5655, 4);
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('Wilson interval matches Newcombe (1998), table I, method 3', () => {
    const r4 = (x: { low: number; high: number }) => [+x.low.toFixed(4), +x.high.toFixed(4)];
    expect(r4(wilsonInterval(81, 263))).toEqual([0.2553, 0.3662]);
    expect(r4(wilsonInterval(15, 148))).toEqual([0.0624, 0.1605]);
    expect(r4(wilsonInterval(0, 20))).toEqual([0, 0.1611]);
    expect(r4(wilsonInterval(1, 29))).toEqual([0.0061, 0.1718]);
  });

  it('the pass-rate interval of single-sample cases is the Wilson interval and never collapses', () => {
    const r4 = (x: { mean: number; low: number; high: number }) => [
      x.mean,
      +x.low.toFixed(4),
      +x.high.toFixed(4),
    ];
    expect(r4(passRateInterval(once(10, 10)))).toEqual([1, 0.7225, 1]);
    expect(r4(passRateInterval(once(0, 10)))).toEqual([0, 0, 0.2775]);
    expect(r4(passRateInterval(once(5, 10)))).toEqual([0.5, 0.2366, 0.7634]);
    expect(r4(passRateInterval(once(9, 10)))).toEqual([0.9, 0.5958, 0.9821]);
    expect(r4(passRateInterval(once(1, 1)))).toEqual([1, 0.2065, 1]);
    expect(passRateInterval([])).toMatchObject({ low: 0, high: 1, cases: 0 });
  });

  it('repeats of a case are not independent evidence: agreeing repeats count as one case', () => {
    const allPass = Array.from({ length: 10 }, () => ({ passRate: 1, samples: 5 }));
    expect(passRateInterval(allPass)).toMatchObject({ mean: 1, effectiveN: 10 });
    expect(passRateInterval(allPass).low).toBeCloseTo(0.7225, 4); // as 10 of 10, not 50 of 50
    // Every case passes 3 of 5 times: the variation is all within cases, so the samples count.
    const flaky = Array.from({ length: 10 }, () => ({ passRate: 0.6, samples: 5 }));
    const w = wilsonInterval(30, 50);
    const got = passRateInterval(flaky);
    expect(got.effectiveN).toBe(50);
    expect(got.mean).toBeCloseTo(0.6, 12);
    expect(got.low).toBeCloseTo(w.low, 12);
    expect(got.high).toBeCloseTo(w.high, 12);
    // Cases either always or never pass: the repeats add nothing, the cases count.
    const split = [
      ...Array(6).fill({ passRate: 1, samples: 5 }),
      ...Array(4).fill({ passRate: 0, samples: 5 }),
    ];
    const perCase = wilsonInterval(6, 10);
    expect(passRateInterval(split).low).toBeCloseTo(perCase.low, 12);
    expect(passRateInterval(split).effectiveN).toBe(10);
  });

  it('a lower-bound gate cannot be cleared by too few cases', () => {
    expect(highestLowerBound(1)).toBeCloseTo(0.2065, 4);
    expect(highestLowerBound(10)).toBeCloseTo(0.7225, 4);
    expect(highestLowerBound(380)).toBeLessThan(0.99); // 0.98999
    expect(highestLowerBound(381)).toBeGreaterThanOrEqual(0.99);
  });

  it('pass@k and pass^k', () => {
    expect(passAtK(5, 1, 1)).toBeCloseTo(0.2, 12);
    expect(passAtK(5, 1, 3)).toBeCloseTo(1 - (4 * 3 * 2) / (5 * 4 * 3), 12); // 1 − C(4,3)/C(5,3) = 0.6
    expect(passAtK(5, 0, 3)).toBe(0);
    expect(passAtK(3, 1, 3)).toBe(1);
    expect(passHatK(5, 4, 2)).toBeCloseTo(6 / 10, 12); // C(4,2)/C(5,2)
    expect(passHatK(5, 5, 5)).toBe(1);
    expect(passHatK(5, 1, 2)).toBe(0);
  });

  it('bootstrap interval is reproducible and brackets the mean', () => {
    const values = [1, 1, 1, 0, 1, 0, 1, 1, 1, 1];
    const a = bootstrapMean(values);
    expect(a).toEqual(bootstrapMean(values));
    expect(a.mean).toBe(0.8);
    expect(a.low).toBeLessThan(0.8);
    expect(a.high).toBeGreaterThan(0.8);
    // for a proportion of 0.8 with n = 10 the percentile bootstrap is about 0.5–1.0
    expect(a.low).toBeGreaterThanOrEqual(0.4);
    expect(a.low).toBeLessThanOrEqual(0.6);
    expect(a.high).toBe(1);
    expect(bootstrapMean([1, 1, 1])).toEqual({ mean: 1, low: 1, high: 1 });
  });

  it('paired comparison finds fixed and broken cases and the difference', () => {
    const a = [
      { caseId: 'x', name: 'x', passRate: 0 },
      { caseId: 'y', name: 'y', passRate: 1 },
      { caseId: 'z', name: 'z', passRate: 1 },
      { caseId: 'only-a', name: 'a', passRate: 1 },
    ];
    const b = [
      { caseId: 'x', name: 'x', passRate: 1 },
      { caseId: 'y', name: 'y', passRate: 0 },
      { caseId: 'z', name: 'z', passRate: 1 },
    ];
    const c = comparePaired(a, b);
    expect(c.cases).toBe(3);
    expect(c.difference.mean).toBe(0);
    expect(c.fixed.map((f) => f.caseId)).toEqual(['x']);
    expect(c.broken.map((f) => f.caseId)).toEqual(['y']);
    expect(c.onlyInA).toEqual(['only-a']);
  });
});
