/**
 * @module A stored eval run as a list shows it: suite, status, who started it and on which commit, and per
 * variant the pass rate with its interval, samples, cost and median latency. Read from the run's summary;
 * a run still going has its variants' names only.
 */
import type { EvalRunRecord, EvalRunStatus } from '../../store/index.js';
import type { StoredSummary } from '../stored-summary.js';

/** One variant of a run, in a list. */
export interface VariantDigest {
  name: string;
  /** Mean case pass rate with its 95% interval; absent until the run has a summary or when nothing was measured. */
  passRate?: { mean: number; low: number; high: number };
  cases?: number;
  samples?: number;
  costUsd?: number;
  latencyP50Ms?: number;
}

/** A run, in a list. */
export interface RunDigest {
  id: string;
  suite: string;
  status: EvalRunStatus;
  startedAt: number;
  finishedAt?: number;
  /** Who or what started it (`cli:alice`, `studio`, `api`), when recorded. */
  startedBy?: string;
  /** The project's git commit when it started, when it is a git checkout. */
  commit?: string;
  /** The tags the run selected its cases by. */
  tags?: string[];
  variants: VariantDigest[];
  samples: number;
  costUsd: number;
}

interface RunConfig {
  variants?: string[];
  startedBy?: string;
  commit?: string;
  tags?: string[];
}

/** The digest of a stored run. */
export function runDigest(run: EvalRunRecord): RunDigest {
  const cfg = run.config as RunConfig;
  const summary = run.summary as StoredSummary | undefined;
  const variants: VariantDigest[] = summary?.variants
    ? summary.variants.map((v) => ({
        name: v.name,
        ...(v.passRate.cases
          ? { passRate: { mean: v.passRate.mean, low: v.passRate.low, high: v.passRate.high } }
          : {}),
        cases: v.cases,
        samples: v.samples,
        costUsd: v.costUsd,
        latencyP50Ms: v.latencyMs.p50,
      }))
    : (cfg.variants ?? []).map((name) => ({ name }));
  return {
    id: run.id,
    suite: run.suite,
    status: run.status,
    startedAt: run.startedAt,
    ...(run.finishedAt !== undefined ? { finishedAt: run.finishedAt } : {}),
    ...(cfg.startedBy ? { startedBy: cfg.startedBy } : {}),
    ...(cfg.commit ? { commit: cfg.commit } : {}),
    ...(cfg.tags?.length ? { tags: cfg.tags } : {}),
    variants,
    samples: variants.reduce((s, v) => s + (v.samples ?? 0), 0),
    costUsd: variants.reduce((s, v) => s + (v.costUsd ?? 0), 0),
  };
}
