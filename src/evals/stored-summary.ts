/**
 * @module The summary as a run row keeps it: every variant's figures, and per case and variant what lists,
 * the studio's case matrix and comparisons need (not the shown answer, which stays in the results). Runs
 * stored before a field was kept lack it; readers treat it as optional.
 */
import type { CaseSummary, SuiteSummary, VariantSummary } from './summarize.js';

/**
 * A case of a variant, as stored. `samples` counts the measured samples (passes + fails). Counts are absent
 * when zero (and on runs stored before they were kept, which have `passRate` and `samples` only: `passes`
 * tells the two apart).
 */
export interface StoredCase {
  variant: string;
  caseId: string;
  name: string;
  status: CaseSummary['status'];
  passRate?: number;
  samples: number;
  passes?: number;
  fails?: number;
  errors?: number;
  tags?: string[];
  location?: CaseSummary['location'];
  latencyMs?: number;
  costUsd?: number;
  shownSample?: number;
  failedChecks?: string[];
}

/** A variant as stored: the latency sketch kept as its percentiles, its maximum and its distribution. */
export type StoredVariant = Omit<VariantSummary, 'latencyMs'> & {
  latencyMs: { p50: number; p95: number; max?: number; bins?: number[] };
};

/** The summary as stored on the run. */
export type StoredSummary = Omit<SuiteSummary, 'cases' | 'variants'> & {
  variants: StoredVariant[];
  cases: StoredCase[];
  queue?: { retaken: number };
};

/** The summary as the run row keeps it. */
export function storedSummary(s: SuiteSummary): StoredSummary {
  const { cases, variants, ...rest } = s;
  return {
    ...rest,
    variants: variants.map(({ latencyMs: { p50, p95, max, bins }, ...v }) => ({
      ...v,
      latencyMs: { p50, p95, max, bins },
    })),
    // A run of 100,000 samples stores as many of these: zeros and empty lists are left out (readers take them
    // as 0 and []), and latency is kept to a tenth of a millisecond.
    cases: cases.map((c) => ({
      variant: c.variant,
      caseId: c.caseId,
      name: c.name,
      status: c.status,
      ...(c.passRate !== undefined ? { passRate: c.passRate } : {}),
      samples: c.passes + c.fails,
      passes: c.passes,
      ...(c.fails ? { fails: c.fails } : {}),
      ...(c.errors ? { errors: c.errors } : {}),
      ...(c.tags.length ? { tags: c.tags } : {}),
      location: c.location,
      latencyMs: Math.round(c.latencyMs * 10) / 10,
      ...(c.costUsd ? { costUsd: c.costUsd } : {}),
      ...(c.shownSample ? { shownSample: c.shownSample } : {}),
      ...(c.failedChecks ? { failedChecks: c.failedChecks } : {}),
    })),
  };
}
