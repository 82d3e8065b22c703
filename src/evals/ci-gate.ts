/**
 * @module What `tandem eval --ci` decides from the summaries of one run: the reasons it fails (a threshold,
 * or, in a suite that sets none, any case that does not pass) and what it should warn about.
 */
import type { SuiteSummary } from './summarize.js';

export interface CiVerdict {
  /** One line per failing suite; the gate fails when there is any. */
  failures: string[];
  /** Things a passing gate rests on that a reader should know, such as answers that all came from cache. */
  warnings: string[];
}

/** The CI verdict over every suite of a run. */
export function ciVerdict(summaries: SuiteSummary[]): CiVerdict {
  const failures: string[] = [];
  const warnings: string[] = [];
  for (const s of summaries) {
    const failed = s.thresholds.filter((t) => !t.ok);
    if (failed.length) {
      failures.push(`${s.suite}: ${failed.map((t) => `${t.variant} ${t.reason}`).join('; ')}`);
      continue;
    }
    for (const v of s.variants) {
      if (v.samples > 0 && v.cachedSamples === v.samples)
        warnings.push(
          `${s.suite} [${v.name}]: the gate passed on cached answers only (${v.cachedSamples}/${v.samples}); tandem eval --no-cache asks the models again`,
        );
    }
  }
  return { failures, warnings };
}
