import { describe, expect, it } from 'vitest';
import { bootstrapMean, comparePaired, passAtK, passHatK, wilsonInterval } from './index.js';

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
