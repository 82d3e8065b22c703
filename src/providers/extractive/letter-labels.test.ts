import { describe, expect, it } from 'vitest';
import { labelsNamed, letterLabels } from './letter-labels.js';

describe('letters that name a thing', () => {
  it('are read before or after their noun, in capitals only', () => {
    expect(letterLabels('When is the A shift tiffin in the canteen?')).toEqual(['a shift']);
    expect(letterLabels('rating B pele koto % bare?')).toEqual(['b rating']);
    expect(letterLabels('Is Grade C paid more than grades D?')).toEqual(['c grade', 'd grade']);
    // The asker's "I", an article, a letter joined to a figure or a word: no label.
    expect(letterLabels('Can I swap shifts?')).toEqual([]);
    expect(letterLabels('a shift allowance')).toEqual([]);
    expect(letterLabels('Is Line 2 a B2 line?')).toEqual([]);
  });

  it('tell which of equal rows names the same letter with the same noun', () => {
    const labels = letterLabels('When is the A shift tiffin?');
    expect(labelsNamed('Meal times · Shift: A shift · Break: Tiffin · Time: 9.00 am', labels)).toBe(1);
    expect(labelsNamed('Meal times · Shift: B shift · Break: Tiffin · Time: 5.00 pm', labels)).toBe(0);
    expect(
      labelsNamed('Annual increment · Rating: B (Good) · Increment on basic: 8%', letterLabels('rating B')),
    ).toBe(1);
    // "team (A)" names team A; "A team lead…" opening a sentence is an article.
    expect(labelsNamed('Overtime on the morning team (A) is approved by Ruth.', letterLabels('team A'))).toBe(
      1,
    );
    expect(labelsNamed('A team lead approves overtime on weekends.', letterLabels('team A'))).toBe(0);
    expect(letterLabels('A shift worker asked. When is the B shift break?')).toEqual(['b shift']);
  });

  it('are read in one pass over a long run of spaces', () => {
    const started = process.hrtime.bigint();
    labelsNamed(`shift${' '.repeat(200_000)}1`, ['a shift']);
    letterLabels(`Shift${' '.repeat(200_000)}B`);
    // Linear: milliseconds even on a loaded machine; backtracking took seconds at a quarter of this length.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(3000);
  });
});
