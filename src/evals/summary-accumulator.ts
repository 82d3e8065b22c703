/**
 * @module The summary of a run built one sample at a time, so a run of any size holds a few numbers per case
 * and per variant instead of its results: per case the counts and sums in typed arrays and which sample a
 * report shows; per variant the metric means, sums and a latency sketch. `finish` turns them into the same
 * `SuiteSummary` a list of results gives (pass rates, intervals and verdicts from the same counts).
 */
import type { EvalResultRecord } from '../store/index.js';
import type { EvalCase, LoadedSuite } from './load-suite.js';
import { passAtK, passHatK, passRateInterval, QuantileSketch, wilsonInterval } from './stats/index.js';
import type { CaseSummary, VariantSummary } from './summarize.js';

/** Bins of the latency distribution each variant carries (the HTML report's chart). */
export const LATENCY_BINS = 12;

const NONE = 0x7fffffff;

// One variant's per-case figures, a slot per case of the suite: ~60 bytes a case, however many samples.
class CaseTally {
  readonly passes: Int32Array;
  readonly fails: Int32Array;
  readonly errors: Int32Array;
  readonly cached: Int32Array;
  readonly score: Float64Array;
  readonly latency: Float64Array;
  readonly cost: Float64Array;
  /** The lowest sample number seen, and the lowest that did not pass: the one a report shows. */
  readonly first: Int32Array;
  readonly firstNotPassing: Int32Array;
  /** The checks (metric names) that failed in some sample, for the cases that have any: the studio filters by them. */
  readonly failedChecks = new Map<number, Set<string>>();

  constructor(n: number) {
    this.passes = new Int32Array(n);
    this.fails = new Int32Array(n);
    this.errors = new Int32Array(n);
    this.cached = new Int32Array(n);
    this.score = new Float64Array(n);
    this.latency = new Float64Array(n);
    this.cost = new Float64Array(n);
    this.first = new Int32Array(n).fill(NONE);
    this.firstNotPassing = new Int32Array(n).fill(NONE);
  }

  add(i: number, r: EvalResultRecord): void {
    if (r.status === 'pass') this.passes[i]!++;
    else if (r.status === 'fail') this.fails[i]!++;
    else this.errors[i]!++;
    if (r.cached) this.cached[i]!++;
    this.score[i]! += r.score;
    this.latency[i]! += r.latencyMs ?? 0;
    this.cost[i]! += r.costUsd ?? 0;
    this.first[i] = Math.min(this.first[i]!, r.sample);
    if (r.status !== 'pass') this.firstNotPassing[i] = Math.min(this.firstNotPassing[i]!, r.sample);
    for (const a of r.assertions) {
      if (a.status !== 'fail') continue;
      const failed = this.failedChecks.get(i) ?? new Set<string>();
      failed.add(a.metric);
      this.failedChecks.set(i, failed);
    }
  }
}

// One variant's sample-level figures.
class VariantTally {
  readonly cases: CaseTally;
  readonly metrics: Record<string, { mean: number; n: number }> = {};
  readonly latency = new QuantileSketch();
  assertionErrors = 0;
  costUsd = 0;
  tokens = 0;
  cachedSamples = 0;
  samples = 0;

  constructor(cases: number) {
    this.cases = new CaseTally(cases);
  }

  add(r: EvalResultRecord): void {
    for (const a of r.assertions) {
      if (a.status === 'error') {
        this.assertionErrors++;
        continue;
      }
      this.metrics[a.metric] ??= { mean: 0, n: 0 };
      const m = this.metrics[a.metric]!;
      m.n += 1;
      m.mean += (a.score - m.mean) / m.n; // running mean
    }
    if (r.error) this.assertionErrors++;
    this.latency.add(r.latencyMs ?? 0);
    this.costUsd += r.costUsd ?? 0;
    this.tokens += r.tokens ?? 0;
    if (r.cached) this.cachedSamples++;
    this.samples++;
  }
}

/** What a finished accumulator gives: every case and variant figure (tags, verdicts and comparison follow). */
export interface AccumulatedFigures {
  cases: CaseSummary[];
  variants: VariantSummary[];
}

/** A run's summary, fed one graded sample at a time in any order. */
export class SummaryAccumulator {
  private readonly caseIndex: Map<string, number>;
  private readonly tallies: Map<string, VariantTally>;

  constructor(
    private readonly suite: LoadedSuite,
    private readonly variants: readonly string[],
  ) {
    this.caseIndex = new Map(suite.cases.map((c, i) => [c.id, i]));
    this.tallies = new Map(variants.map((v) => [v, new VariantTally(suite.cases.length)]));
  }

  /** Counts a sample; false (and nothing counted) for a case or variant the suite no longer has. */
  add(r: EvalResultRecord): boolean {
    const i = this.caseIndex.get(r.caseId);
    const tally = this.tallies.get(r.variant);
    if (i === undefined || !tally) return false;
    tally.cases.add(i, r);
    tally.add(r);
    return true;
  }

  /** USD spent by the samples counted so far. */
  get costUsd(): number {
    let sum = 0;
    for (const t of this.tallies.values()) sum += t.costUsd;
    return sum;
  }

  /** The case and variant figures, in the suite's order (variants as given, then cases). */
  finish(): AccumulatedFigures {
    const cases: CaseSummary[] = [];
    const variants: VariantSummary[] = [];
    const top = Math.max(1, ...[...this.tallies.values()].map((t) => (t.samples ? t.latency.max : 0)));
    for (const name of this.variants) {
      const tally = this.tallies.get(name)!;
      const own = this.suite.cases.flatMap((c, i) => {
        const samples = sampleCount(tally.cases, i);
        return samples ? [caseSummary(name, c, tally.cases, i)] : [];
      });
      cases.push(...own);
      variants.push(variantSummary(name, own, tally, top));
    }
    return { cases, variants };
  }
}

function sampleCount(t: CaseTally, i: number): number {
  return t.passes[i]! + t.fails[i]! + t.errors[i]!;
}

function caseSummary(variant: string, c: EvalCase, t: CaseTally, i: number): CaseSummary {
  const passes = t.passes[i]!;
  const fails = t.fails[i]!;
  const samples = sampleCount(t, i);
  const measured = passes + fails;
  const flaky = passes > 0 && fails > 0;
  const shown = t.firstNotPassing[i] !== NONE ? t.firstNotPassing[i]! : t.first[i]!;
  return {
    caseId: c.id,
    name: c.name,
    tags: c.tags,
    location: c.location,
    variant,
    samples,
    passes,
    fails,
    errors: t.errors[i]!,
    ...(measured ? { passRate: passes / measured } : {}),
    wilson: wilsonInterval(passes, measured),
    passAtK: measured ? passAtK(measured, passes, Math.min(samples, measured)) : 0,
    passHatK: measured ? passHatK(measured, passes, Math.min(samples, measured)) : 0,
    flaky,
    status: !measured ? 'error' : flaky ? 'flaky' : passes ? 'pass' : 'fail',
    score: t.score[i]! / samples,
    latencyMs: t.latency[i]! / samples,
    costUsd: t.cost[i]!,
    cachedSamples: t.cached[i]!,
    shownSample: shown,
    ...(t.failedChecks.has(i) ? { failedChecks: [...t.failedChecks.get(i)!].sort() } : {}),
  };
}

function variantSummary(name: string, cases: CaseSummary[], t: VariantTally, top: number): VariantSummary {
  const measured = cases.filter((c) => c.passRate !== undefined);
  const count = (status: CaseSummary['status']) => cases.filter((c) => c.status === status).length;
  return {
    name,
    cases: cases.length,
    passRate: passRateInterval(measured.map((c) => ({ passRate: c.passRate!, samples: c.passes + c.fails }))),
    passed: count('pass'),
    failed: count('fail'),
    flaky: count('flaky'),
    errored: count('error'),
    assertionErrors: t.assertionErrors,
    metrics: t.metrics,
    latencyMs: {
      p50: t.latency.quantile(0.5),
      p95: t.latency.quantile(0.95),
      max: t.samples ? t.latency.max : 0,
      bins: t.latency.histogram(top, LATENCY_BINS),
    },
    costUsd: t.costUsd,
    tokens: t.tokens,
    cachedSamples: t.cachedSamples,
    samples: t.samples,
  };
}
