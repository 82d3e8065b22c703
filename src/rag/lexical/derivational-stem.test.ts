import { describe, expect, it } from 'vitest';
import { stem } from '../../core/index.js';
import { derivationalStem } from './derivational-stem.js';

describe('derivationalStem', () => {
  it.each([
    ['Europe', 'European', 'Europeans'],
    ['entitled', 'entitlement', 'entitlements'],
    ['employ', 'employee', 'employment', 'employees', 'employer'],
    ['reimburse', 'reimbursement', 'reimbursed'],
    ['Austria', 'Austrian', 'Austrians'],
    ['America', 'American'],
    ['train', 'trainee', 'trainees'],
    ['guarantee', 'guaranteed', 'guarantees'],
    ['India', 'Indian'],
  ])('joins %s and the words derived from it', (...words) => {
    const stems = new Set(words.map((w) => derivationalStem(w.toLowerCase())));
    expect([...stems]).toHaveLength(1);
  });

  it('keeps apart what Porter keeps apart, and is Porter elsewhere', () => {
    expect(derivationalStem('travel')).not.toBe(derivationalStem('train'));
    expect(derivationalStem('agree')).toBe(stem('agree'));
    expect(derivationalStem('mitochondria')).not.toBe(derivationalStem('mitochondrial'));
    expect(derivationalStem('median')).not.toBe(derivationalStem('media'));
    for (const w of ['allowance', 'holidays', 'running', 'policy', 'relational'])
      expect(derivationalStem(w)).toBe(stem(w));
  });

  it('leaves numbers and short words alone', () => {
    expect(derivationalStem('d20260525')).toBe('d20260525');
    expect(derivationalStem('eu')).toBe('eu');
  });
});
