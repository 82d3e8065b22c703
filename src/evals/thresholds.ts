/**
 * @module The threshold verdicts of a run, per variant in a fixed order: pass rate, its lower bound, metrics,
 * all cases (when the suite sets no threshold), unmeasured checks.
 */
import type { LoadedSuite } from './load-suite.js';
import { highestLowerBound } from './stats/index.js';
import type { ThresholdVerdict, VariantSummary } from './summarize.js';

type Thresholds = LoadedSuite['spec']['thresholds'];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The verdicts of each variant, in a fixed order: pass rate, its lower bound, metrics, all cases, errors. */
export function checkThresholds(suite: LoadedSuite, variants: VariantSummary[]): ThresholdVerdict[] {
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
