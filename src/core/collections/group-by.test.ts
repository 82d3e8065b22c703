import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by.js';

describe('groupBy', () => {
  it('groups items by their key in order, by several keys, and leaves out items without one', () => {
    const words = ['apple', 'avocado', 'banana', 'cherry', ''];
    expect(groupBy(words, (w) => w[0])).toEqual(
      new Map([
        ['a', ['apple', 'avocado']],
        ['b', ['banana']],
        ['c', ['cherry']],
      ]),
    );
    expect(groupBy(['ab', 'b'], (w) => [...w])).toEqual(
      new Map([
        ['a', ['ab']],
        ['b', ['ab', 'b']],
      ]),
    );
  });

  it('groups a hundred thousand items of one key in linear time', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ source: 'rates.csv', i }));
    const started = process.cpuUsage();
    const groups = groupBy(rows, (r) => r.source);
    const { user } = process.cpuUsage(started);
    expect(groups.get('rates.csv')).toHaveLength(100_000);
    // Copying the list for each row took tens of seconds; pushing takes milliseconds.
    expect(user / 1e6).toBeLessThan(1);
  });
});
