import { describe, expect, it } from 'vitest';
import { hitAtK, ndcgAtK, recallAtK, reciprocalRank } from './metrics.js';

describe('retrieval metrics', () => {
  const retrieved = ['a', 'x', 'b', 'a', 'y', 'c'];
  const relevant = ['a', 'b', 'c'];

  it('hit@k', () => {
    expect(hitAtK(retrieved, relevant, 1)).toBe(1);
    expect(hitAtK(['x', 'y', 'a'], relevant, 2)).toBe(0);
  });

  it('recall@k counts each relevant id once, duplicates in the ranking ignored', () => {
    // distinct ranking: a, x, b, y, c
    expect(recallAtK(retrieved, relevant, 3)).toBeCloseTo(2 / 3, 12);
    expect(recallAtK(retrieved, relevant, 5)).toBe(1);
    expect(recallAtK(retrieved, [], 5)).toBe(0);
  });

  it('MRR is 1/rank of the first relevant id', () => {
    expect(reciprocalRank(['x', 'y', 'b'], relevant)).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank(['x'], relevant)).toBe(0);
  });

  it('nDCG@k matches the hand computation (binary gains, log2 discounts)', () => {
    // distinct top 3: a (rank 1), x, b (rank 3) → DCG = 1 + 1/log2(4); ideal = 1 + 1/log2(3) + 1/log2(4)
    const dcg = 1 + 1 / Math.log2(4);
    const ideal = 1 + 1 / Math.log2(3) + 1 / Math.log2(4);
    expect(ndcgAtK(retrieved, relevant, 3)).toBeCloseTo(dcg / ideal, 12);
    expect(ndcgAtK(['a', 'b', 'c'], relevant, 10)).toBe(1);
    expect(ndcgAtK(['x', 'y'], relevant, 10)).toBe(0);
  });
});
