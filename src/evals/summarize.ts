/**
 * @module From graded samples to what a person reads: per case pass rate over repeats with a Wilson interval,
 * pass@k, pass^k and a flaky flag; per variant the mean case pass rate with its interval (`passRateInterval`:
 * Wilson over the cases, repeats counted by their effective sample size), metric
 * means, errors counted on their own, latency and cost; the same per tag; threshold verdicts; a paired
 * comparison of the first two variants. The figures are counted one sample at a time (`SummaryAccumulator`),
 * so a summary never needs a run's results in memory; a case's answer is read back from the store.
 */
import type { EvalResultRecord } from '../store/index.js';
import type { EvalCase, LoadedSuite } from './load-suite.js';
import type { OutcomeCounts } from './outcome-counts.js';
import { comparePaired, type PairedComparison } from './stats/index.js';
import { type AccumulatedFigures, SummaryAccumulator } from './summary-accumulator.js';
import { summarizeTags, type TagSummary } from './tag-summary.js';
import { checkThresholds } from './thresholds.js';

export interface CaseSummary {
  caseId: string;
  name: string;
  tags: string[];
  /** The file (relative to the project) and line the case is written on. */
  location: EvalCase['location'];
  variant: string;
  samples: number;
  passes: number;
  fails: number;
  errors: number;
  /** passes / (passes + fails); undefined when no sample could be measured. */
  passRate?: number;
  wilson: { low: number; high: number };
  passAtK: number;
  passHatK: number;
  flaky: boolean;
  status: 'pass' | 'fail' | 'flaky' | 'error';
  score: number;
  latencyMs: number;
  costUsd: number;
  /** Samples answered from the response cache. */
  cachedSamples: number;
  /** The sample a report shows: the first that did not pass, or the first. */
  shownSample: number;
  /** The checks (metric names) that failed in at least one sample; absent when none did. */
  failedChecks?: string[];
  /**
   * The shown sample's answer and checks: present on the first `DETAILED_CASES` cases that do not pass (what
   * the terminal prints); reports read the rest from the store (`readCaseDetails`).
   */
  output?: string;
  assertions?: EvalResultRecord['assertions'];
  /** The shown sample's answerability verdict (apps with a knowledge base). */
  grounding?: EvalResultRecord['grounding'];
  error?: string;
}

/** A case with its shown sample's answer and checks, as reports print it. */
export type DetailedCase = CaseSummary & { assertions: EvalResultRecord['assertions'] };

/** Cases not passing whose answers a run's summary carries (the terminal lists as many). */
export const DETAILED_CASES = 20;

export interface VariantSummary extends OutcomeCounts {
  name: string;
  /** Assertions that could not be measured. */
  assertionErrors: number;
  metrics: Record<string, { mean: number; n: number }>;
  /**
   * Percentiles exact up to `EXACT_SAMPLES` samples of the variant, within 1% past it (`QuantileSketch`);
   * `bins`: samples in `LATENCY_BINS` equal bins from 0 to the slowest sample of any variant of the suite.
   */
  latencyMs: { p50: number; p95: number; max: number; bins: number[] };
  costUsd: number;
  tokens: number;
  cachedSamples: number;
  samples: number;
}

export interface ThresholdVerdict {
  variant: string;
  check: string;
  ok: boolean;
  reason: string;
}

export interface SuiteSummary {
  suite: string;
  runId: string;
  variants: VariantSummary[];
  cases: CaseSummary[];
  /** Per tag and variant: the pass rate of the cases with that tag (empty when no case has a tag). */
  tags: TagSummary[];
  thresholds: ThresholdVerdict[];
  comparison?: { a: string; b: string } & PairedComparison;
}

/** Summarises the results of a run given as a list (a run's own summary is counted as it goes). */
export function summarize(
  suite: LoadedSuite,
  runId: string,
  variants: string[],
  results: Iterable<EvalResultRecord>,
): SuiteSummary {
  const acc = new SummaryAccumulator(suite, variants);
  for (const r of results) acc.add(r);
  return assembleSummary(suite, runId, variants, acc.finish());
}

/** The summary from a run's case and variant figures: tags, threshold verdicts, the comparison. */
export function assembleSummary(
  suite: LoadedSuite,
  runId: string,
  variants: readonly string[],
  { cases, variants: variantSummaries }: AccumulatedFigures,
): SuiteSummary {
  const summary: SuiteSummary = {
    suite: suite.file,
    runId,
    variants: variantSummaries,
    cases,
    tags: summarizeTags(variants, cases),
    thresholds: checkThresholds(suite, variantSummaries),
  };
  if (variants.length >= 2) {
    const scores = (v: string) =>
      cases
        .filter((c) => c.variant === v)
        .map((c) => ({ caseId: c.caseId, name: c.name, passRate: c.passRate }));
    summary.comparison = {
      a: variants[0]!,
      b: variants[1]!,
      ...comparePaired(scores(variants[0]!), scores(variants[1]!)),
    };
  }
  return summary;
}
