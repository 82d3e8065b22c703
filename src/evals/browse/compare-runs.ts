/**
 * @module Two stored runs (or two variants of one run) side by side: the paired difference of their case pass
 * rates with its interval, the cases fixed and broken, per-tag and per-check deltas, and cost and latency.
 * `tandem compare` and the studio's compare page both read it.
 */
import { TandemError } from '../../core/index.js';
import type { EvalRunRecord, EvalStore } from '../../store/index.js';
import {
  comparePaired,
  type PairedComparison,
  type PassRateInterval,
  passRateInterval,
} from '../stats/index.js';
import type { StoredCase, StoredSummary, StoredVariant } from '../stored-summary.js';

/** Which runs and variants to compare; a variant defaults to the run's first. */
export interface CompareQuery {
  a: string;
  b: string;
  variantA?: string;
  variantB?: string;
}

/** One side of a comparison. */
export interface CompareSide {
  runId: string;
  suite: string;
  variant: string;
  /** The run's variants, to pick another. */
  variants: string[];
  passRate: { mean: number; low: number; high: number; cases: number };
  costUsd: number;
  samples: number;
  /** `bins` and `max` are absent on runs stored before they were kept. */
  latencyMs: { p50: number; p95: number; bins?: number[]; max?: number };
}

/** A figure on both sides; a side without it (a tag or check it does not have) is absent. */
export interface Delta {
  name: string;
  a?: number;
  b?: number;
  /** Each side's 95% interval, for pass rates (per tag). */
  aInterval?: { low: number; high: number };
  bInterval?: { low: number; high: number };
}

export interface RunComparison extends PairedComparison {
  a: CompareSide;
  b: CompareSide;
  /** Pass rate per tag on each side (the mean case pass rate of the tag's cases). */
  tags: Delta[];
  /** Mean score per check (metric) on each side. */
  metrics: Delta[];
}

/** Compares two runs' (or variants') case pass rates, paired by case; `read` may serve runs from a cache. */
export async function compareRuns(
  store: EvalStore,
  q: CompareQuery,
  read: typeof runSummaryOf = runSummaryOf,
): Promise<RunComparison> {
  const a = sideOf(await read(store, q.a), q.variantA);
  const b = sideOf(await read(store, q.b), q.variantB);
  const paired = comparePaired(scores(a.cases), scores(b.cases));
  return {
    ...paired,
    a: a.side,
    b: b.side,
    tags: tagDeltas(tagRates(a.cases), tagRates(b.cases)),
    metrics: deltas(metricMeans(a.variant), metricMeans(b.variant)),
  };
}

/** A finished run's summary; a clear error for an unknown run or one without results yet. */
export async function runSummaryOf(
  store: EvalStore,
  id: string,
): Promise<{ run: EvalRunRecord; summary: StoredSummary }> {
  const run = await store.getRun(id);
  if (!run)
    throw new TandemError('NOT_FOUND', `no eval run ${id}`, {
      hint: 'Run ids are printed at the top of each `tandem eval` report; `tandem runs` lists them.',
    });
  const summary = run.summary as StoredSummary | undefined;
  if (!summary)
    throw new TandemError('USAGE', `run ${id} has no results yet`, {
      hint: `Wait for it to finish, or finish it with \`tandem eval --resume --run ${id}\`.`,
    });
  return { run, summary };
}

function sideOf(
  { run, summary }: { run: EvalRunRecord; summary: StoredSummary },
  variant: string | undefined,
) {
  const id = run.id;
  const name = variant ?? summary.variants[0]?.name;
  const v = summary.variants.find((x) => x.name === name);
  if (!v)
    throw new TandemError('USAGE', `run ${id} has no variant "${name}"`, {
      hint: `variants: ${summary.variants.map((x) => x.name).join(', ')}`,
    });
  const side: CompareSide = {
    runId: run.id,
    suite: run.suite,
    variant: v.name,
    variants: summary.variants.map((x) => x.name),
    passRate: { mean: v.passRate.mean, low: v.passRate.low, high: v.passRate.high, cases: v.passRate.cases },
    costUsd: v.costUsd,
    samples: v.samples,
    latencyMs: v.latencyMs,
  };
  return { side, variant: v, cases: summary.cases.filter((c) => c.variant === v.name) };
}

const scores = (cases: StoredCase[]) =>
  cases.map((c) => ({ caseId: c.caseId, name: c.name, passRate: c.passRate }));

// Each tag's mean case pass rate with its interval, as reports compute it (`passRateInterval`).
function tagRates(cases: StoredCase[]): Map<string, PassRateInterval> {
  const byTag = new Map<string, Array<{ passRate: number; samples: number }>>();
  for (const c of cases) {
    if (c.passRate === undefined) continue;
    for (const t of c.tags ?? [])
      byTag.set(t, [...(byTag.get(t) ?? []), { passRate: c.passRate, samples: c.samples || 1 }]);
  }
  return new Map([...byTag].map(([t, cs]) => [t, passRateInterval(cs)]));
}

function tagDeltas(a: Map<string, PassRateInterval>, b: Map<string, PassRateInterval>): Delta[] {
  const mean = (m: Map<string, PassRateInterval>) => new Map([...m].map(([k, v]) => [k, v.mean]));
  const span = (v: PassRateInterval | undefined) => (v ? { low: v.low, high: v.high } : undefined);
  return deltas(mean(a), mean(b)).map((d) => {
    const ai = span(a.get(d.name));
    const bi = span(b.get(d.name));
    return { ...d, ...(ai ? { aInterval: ai } : {}), ...(bi ? { bInterval: bi } : {}) };
  });
}

const metricMeans = (v: StoredVariant) => new Map(Object.entries(v.metrics).map(([m, x]) => [m, x.mean]));

function deltas(a: Map<string, number>, b: Map<string, number>): Delta[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.map((name) => ({
    name,
    ...(a.has(name) ? { a: a.get(name)! } : {}),
    ...(b.has(name) ? { b: b.get(name)! } : {}),
  }));
}
