/**
 * @module The batch summary as tandem computed it before runs were summarised incrementally (a list of every
 * result in memory), kept verbatim as the oracle the incremental `SummaryAccumulator` is tested against.
 * Only its imports changed; it returns the shape of that time (latency `values`, answers on every case).
 */

import type { EvalCase, LoadedSuite } from '../../src/evals/load-suite.js';
import type { OutcomeCounts } from '../../src/evals/outcome-counts.js';
import {
  comparePaired,
  highestLowerBound,
  type PairedComparison,
  passAtK,
  passHatK,
  passRateInterval,
  wilsonInterval,
} from '../../src/evals/stats/index.js';
import { summarizeTags, type TagSummary } from '../../src/evals/tag-summary.js';
import type { EvalResultRecord } from '../../src/store/index.js';

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
  /** The first sample's answer and checks, or the first failing one's. */
  output?: string;
  assertions: EvalResultRecord['assertions'];
  /** The shown sample's answerability verdict (apps with a knowledge base). */
  grounding?: EvalResultRecord['grounding'];
  error?: string;
}

export interface VariantSummary extends OutcomeCounts {
  name: string;
  /** Assertions that could not be measured. */
  assertionErrors: number;
  metrics: Record<string, { mean: number; n: number }>;
  latencyMs: { p50: number; p95: number; values: number[] };
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

/** Summarises the results of a run. */
export function summarize(
  suite: LoadedSuite,
  runId: string,
  variants: string[],
  results: EvalResultRecord[],
): SuiteSummary {
  const byKey = new Map<string, EvalResultRecord[]>();
  for (const r of results) {
    const key = `${r.variant}\u0000${r.caseId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const cases: CaseSummary[] = [];
  for (const variant of variants) {
    for (const c of suite.cases) {
      const rs = (byKey.get(`${variant}\u0000${c.id}`) ?? []).sort((a, b) => a.sample - b.sample);
      if (rs.length) cases.push(summarizeCase(variant, c, rs));
    }
  }
  const variantSummaries = variants.map((v) =>
    summarizeVariant(
      v,
      cases.filter((c) => c.variant === v),
      results.filter((r) => r.variant === v),
    ),
  );
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

function summarizeCase(variant: string, c: EvalCase, rs: EvalResultRecord[]): CaseSummary {
  const passes = rs.filter((r) => r.status === 'pass').length;
  const fails = rs.filter((r) => r.status === 'fail').length;
  const errors = rs.length - passes - fails;
  const measured = passes + fails;
  const passRate = measured ? passes / measured : undefined;
  const flaky = passes > 0 && fails > 0;
  const shown = rs.find((r) => r.status !== 'pass') ?? rs[0]!;
  const k = rs.length;
  const failedChecks = [
    ...new Set(rs.flatMap((r) => r.assertions.filter((a) => a.status === 'fail').map((a) => a.metric))),
  ].sort();
  return {
    caseId: c.id,
    name: c.name,
    tags: c.tags,
    location: c.location,
    variant,
    samples: rs.length,
    passes,
    fails,
    errors,
    ...(passRate !== undefined ? { passRate } : {}),
    wilson: wilsonInterval(passes, measured),
    passAtK: measured ? passAtK(measured, passes, Math.min(k, measured)) : 0,
    passHatK: measured ? passHatK(measured, passes, Math.min(k, measured)) : 0,
    flaky,
    status: !measured ? 'error' : flaky ? 'flaky' : passes ? 'pass' : 'fail',
    score: mean(rs.map((r) => r.score)),
    latencyMs: mean(rs.map((r) => r.latencyMs ?? 0)),
    costUsd: rs.reduce((s, r) => s + (r.costUsd ?? 0), 0),
    cachedSamples: rs.filter((r) => r.cached).length,
    ...(failedChecks.length ? { failedChecks } : {}),
    ...(shown.output !== undefined ? { output: shown.output } : {}),
    assertions: shown.assertions,
    ...(shown.grounding ? { grounding: shown.grounding } : {}),
    ...(shown.error ? { error: shown.error } : {}),
  };
}

function summarizeVariant(name: string, cases: CaseSummary[], results: EvalResultRecord[]): VariantSummary {
  const metrics: Record<string, { mean: number; n: number }> = {};
  for (const r of results) {
    for (const a of r.assertions) {
      if (a.status === 'error') continue;
      metrics[a.metric] ??= { mean: 0, n: 0 };
      const m = metrics[a.metric]!;
      m.n += 1;
      m.mean += (a.score - m.mean) / m.n; // running mean
    }
  }
  const latencies = results.map((r) => r.latencyMs ?? 0).sort((a, b) => a - b);
  const measured = cases.filter((c) => c.passRate !== undefined);
  return {
    name,
    cases: cases.length,
    passRate: passRateInterval(measured.map((c) => ({ passRate: c.passRate!, samples: c.passes + c.fails }))),
    passed: cases.filter((c) => c.status === 'pass').length,
    failed: cases.filter((c) => c.status === 'fail').length,
    flaky: cases.filter((c) => c.status === 'flaky').length,
    errored: cases.filter((c) => c.status === 'error').length,
    assertionErrors: results.reduce(
      (n, r) => n + r.assertions.filter((a) => a.status === 'error').length + (r.error ? 1 : 0),
      0,
    ),
    metrics,
    latencyMs: { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95), values: latencies },
    costUsd: results.reduce((s, r) => s + (r.costUsd ?? 0), 0),
    tokens: results.reduce((s, r) => s + (r.tokens ?? 0), 0),
    cachedSamples: results.filter((r) => r.cached).length,
    samples: results.length,
  };
}

type Thresholds = LoadedSuite['spec']['thresholds'];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

// The verdicts of each variant, in a fixed order: pass rate, its lower bound, metrics, all cases, errors.
function checkThresholds(suite: LoadedSuite, variants: VariantSummary[]): ThresholdVerdict[] {
  const t = suite.spec.thresholds;
  return variants.flatMap((v) => [
    ...(t.passRate !== undefined ? [passRateVerdict(v, t.passRate)] : []),
    ...(t.passRateLowerBound !== undefined ? [lowerBoundVerdict(v, t.passRateLowerBound)] : []),
    ...Object.entries(t.metrics ?? {}).map(([metric, min]) => metricVerdict(v, metric, min)),
    ...(!hasThresholds(t) && !t.allowFailures ? [allCasesVerdict(v)] : []),
    ...(t.maxErrors !== undefined ? [maxErrorsVerdict(v, t.maxErrors)] : []),
  ]);
}

function passRateVerdict(v: VariantSummary, min: number): ThresholdVerdict {
  const ok = v.passRate.mean >= min;
  return {
    variant: v.name,
    check: 'passRate',
    ok,
    reason: `pass rate ${pct(v.passRate.mean)} ${ok ? '≥' : '<'} ${pct(min)}`,
  };
}

function metricVerdict(v: VariantSummary, metric: string, min: number): ThresholdVerdict {
  const m = v.metrics[metric];
  const ok = m !== undefined && m.mean >= min;
  return {
    variant: v.name,
    check: `metric ${metric}`,
    ok,
    reason: m ? `${metric} ${m.mean.toFixed(3)} ${ok ? '≥' : '<'} ${min}` : `${metric} was never measured`,
  };
}

function maxErrorsVerdict(v: VariantSummary, max: number): ThresholdVerdict {
  const ok = v.assertionErrors <= max;
  return {
    variant: v.name,
    check: 'maxErrors',
    ok,
    reason: `${v.assertionErrors} unmeasured checks ${ok ? '≤' : '>'} ${max}`,
  };
}

function hasThresholds(t: Thresholds): boolean {
  return (
    t.passRate !== undefined ||
    t.passRateLowerBound !== undefined ||
    Object.keys(t.metrics ?? {}).length > 0 ||
    t.maxErrors !== undefined
  );
}

// A suite that sets no thresholds gates on every case: a failing case must never leave CI green by default.
function allCasesVerdict(v: VariantSummary): ThresholdVerdict {
  const notPassing = v.failed + v.flaky + v.errored;
  const ok = notPassing === 0;
  return {
    variant: v.name,
    check: 'allCasesPass',
    ok,
    reason: ok
      ? `${v.cases === 1 ? 'the one case passes' : `all ${v.cases} cases pass`} (no thresholds set: every case must)`
      : `${notPassing} of ${v.cases} ${v.cases === 1 ? 'case does' : 'cases do'} not pass (no thresholds set: every case must)`,
  };
}

// The bound can only be cleared with enough cases: say how far out of reach it is when it cannot be.
function lowerBoundVerdict(v: VariantSummary, bound: number): ThresholdVerdict {
  const ok = v.passRate.cases > 0 && v.passRate.low >= bound;
  const reachable = highestLowerBound(v.passRate.cases);
  const why =
    !ok && reachable < bound
      ? ` (${v.passRate.cases} case${v.passRate.cases === 1 ? '' : 's'} can show at most ${pct(reachable)}: add cases or lower the bound)`
      : '';
  return {
    variant: v.name,
    check: 'passRateLowerBound',
    ok,
    reason: `pass rate 95% lower bound ${pct(v.passRate.low)} ${ok ? '≥' : '<'} ${pct(bound)}${why}`,
  };
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
