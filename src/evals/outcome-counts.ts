/** @module What a group of cases came to (a variant, a tag in a variant): counts and the pass rate with its interval. */
import type { PassRateInterval } from './stats/index.js';

/** How a group of cases came out. */
export interface OutcomeCounts {
  /** Cases in the group (measured or not). */
  cases: number;
  /** Mean case pass rate of its measured cases, with its 95% interval (`passRateInterval` everywhere). */
  passRate: PassRateInterval;
  passed: number;
  failed: number;
  flaky: number;
  errored: number;
}
