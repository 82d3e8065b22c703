/**
 * @module Per-tag results: for each tag and variant, the mean pass rate of the cases with that tag and its
 * 95% interval, by the same method as the variant's (`passRateInterval`), so a tag's figure and the whole
 * suite's can be read side by side.
 */
import type { OutcomeCounts } from './outcome-counts.js';
import { passRateInterval } from './stats/index.js';

/** What a tag summary reads of a case. */
interface TaggedCase {
  variant: string;
  tags: readonly string[];
  status: 'pass' | 'fail' | 'flaky' | 'error';
  passRate?: number;
  passes: number;
  fails: number;
}

/** One tag's results in one variant. */
export interface TagSummary extends OutcomeCounts {
  tag: string;
  variant: string;
}

/** A summary per tag (alphabetical) and variant (in the order given); none when no case has a tag. */
export function summarizeTags(variants: readonly string[], cases: readonly TaggedCase[]): TagSummary[] {
  const tags = [...new Set(cases.flatMap((c) => c.tags))].sort();
  return tags.flatMap((tag) =>
    variants.flatMap((variant) => {
      const tagged = cases.filter((c) => c.variant === variant && c.tags.includes(tag));
      return tagged.length ? [summarizeTag(tag, variant, tagged)] : [];
    }),
  );
}

function summarizeTag(tag: string, variant: string, cases: readonly TaggedCase[]): TagSummary {
  const measured = cases.filter((c) => c.passRate !== undefined);
  const count = (status: TaggedCase['status']) => cases.filter((c) => c.status === status).length;
  return {
    tag,
    variant,
    cases: cases.length,
    passRate: passRateInterval(measured.map((c) => ({ passRate: c.passRate!, samples: c.passes + c.fails }))),
    passed: count('pass'),
    failed: count('fail'),
    flaky: count('flaky'),
    errored: count('error'),
  };
}
