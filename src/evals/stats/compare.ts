import { bootstrapMean, type Interval } from './bootstrap.js';

export interface CaseScore {
  caseId: string;
  name: string;
  /** Share of measured samples that passed, 0..1; undefined when nothing could be measured. */
  passRate: number | undefined;
}

export interface PairedComparison {
  /** Cases measured in both. */
  cases: number;
  /** Mean of (B − A) pass rates over shared cases, with a paired bootstrap interval. */
  difference: Interval;
  /** Failing (pass rate < 0.5) in A, passing in B. */
  fixed: CaseScore[];
  /** Passing in A, failing in B. */
  broken: CaseScore[];
  onlyInA: string[];
  onlyInB: string[];
}

/** Compares two sets of case results (two variants, or two runs), paired by case id. */
export function comparePaired(a: CaseScore[], b: CaseScore[]): PairedComparison {
  const byId = new Map(b.map((c) => [c.caseId, c]));
  const inA = new Set(a.map((c) => c.caseId));
  const diffs: number[] = [];
  const fixed: CaseScore[] = [];
  const broken: CaseScore[] = [];
  for (const ca of a) {
    const cb = byId.get(ca.caseId);
    if (!cb || ca.passRate === undefined || cb.passRate === undefined) continue;
    diffs.push(cb.passRate - ca.passRate);
    if (ca.passRate < 0.5 && cb.passRate >= 0.5) fixed.push(cb);
    if (ca.passRate >= 0.5 && cb.passRate < 0.5) broken.push(cb);
  }
  return {
    cases: diffs.length,
    difference: bootstrapMean(diffs),
    fixed,
    broken,
    onlyInA: a.filter((c) => !byId.has(c.caseId)).map((c) => c.caseId),
    onlyInB: b.filter((c) => !inA.has(c.caseId)).map((c) => c.caseId),
  };
}
