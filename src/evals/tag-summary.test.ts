import { describe, expect, it } from 'vitest';
import { passRateInterval } from './stats/index.js';
import { summarizeTags } from './tag-summary.js';

const c = (variant: string, tags: string[], passes: number, fails: number) => ({
  variant,
  tags,
  passes,
  fails,
  ...(passes + fails ? { passRate: passes / (passes + fails) } : {}),
  status: (!(passes + fails) ? 'error' : passes && fails ? 'flaky' : passes ? 'pass' : 'fail') as
    | 'pass'
    | 'fail'
    | 'flaky'
    | 'error',
});

describe('summarizeTags', () => {
  it('gives each tag and variant the pass rate of its cases, with the interval the variants use', () => {
    const cases = [
      c('a', ['refunds', 'smoke'], 1, 0),
      c('a', ['refunds'], 0, 1),
      c('a', ['refunds'], 1, 0),
      c('a', [], 1, 0),
      c('b', ['refunds'], 1, 0),
      c('b', ['smoke'], 0, 0),
    ];
    const tags = summarizeTags(['a', 'b'], cases);
    expect(tags.map((t) => `${t.tag}/${t.variant}`)).toEqual([
      'refunds/a',
      'refunds/b',
      'smoke/a',
      'smoke/b',
    ]);
    expect(tags[0]).toEqual({
      tag: 'refunds',
      variant: 'a',
      cases: 3,
      passRate: passRateInterval([
        { passRate: 1, samples: 1 },
        { passRate: 0, samples: 1 },
        { passRate: 1, samples: 1 },
      ]),
      passed: 2,
      failed: 1,
      flaky: 0,
      errored: 0,
    });
    expect(tags[0]!.passRate.mean).toBeCloseTo(2 / 3);
    expect(tags[0]!.passRate.low).toBeCloseTo(0.2077, 3); // Wilson, 2 of 3
    // A tag whose only case could not be measured: counted, with no pass rate to claim.
    expect(tags[3]).toMatchObject({ tag: 'smoke', variant: 'b', cases: 1, errored: 1 });
    expect(tags[3]!.passRate).toMatchObject({ mean: 0, low: 0, high: 1, cases: 0 });
  });

  it('is empty when no case has a tag', () => {
    expect(summarizeTags(['a'], [c('a', [], 1, 0)])).toEqual([]);
  });
});
