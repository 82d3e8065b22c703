/**
 * @module Span-level PII scores: a labelled value counts as found when a finding of the same kind overlaps it,
 * and as found exactly when the finding covers exactly the value. A finding that overlaps no labelled value of
 * its kind is a false positive.
 */
import type { GoldSpan } from './labelled-rows.js';
import type { Counts } from './rates.js';
import type { Finding, MeasureError, ScoredRow } from './scored-row.js';
import { textAround } from './text-around.js';

/** Span counts of one kind; `exact` of the `tp` matched the labelled value exactly. */
export interface SpanCounts extends Counts {
  exact: number;
}

type Placed = Finding & { start: number; end: number };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Counts per PII kind and `all`, over the rows that carry `pii` labels (of `kinds` only, when given). */
export function spanLevelCounts(
  scored: readonly ScoredRow[],
  kinds?: readonly string[],
): {
  kinds: Record<string, SpanCounts>;
  errors: MeasureError[];
} {
  const counts: Record<string, SpanCounts> = {};
  const count = (kind: string) => (counts[kind] ??= { tp: 0, exact: 0, fp: 0, fn: 0 });
  const wanted = (g: GoldSpan) => !kinds || kinds.includes(g.kind);
  const errors: MeasureError[] = [];
  for (const { row, outcome } of scored) {
    if (!row.pii) continue;
    const found = outcome.findings.filter((f): f is Placed => f.start !== undefined && f.end !== undefined);
    const error = (type: MeasureError['type'], kind: string, at: { start: number; end: number }) =>
      errors.push({
        type,
        id: row.id,
        line: row.line,
        kind,
        context: textAround(row.text, at.start, at.end),
      });
    const labelled = row.pii.filter(wanted);
    for (const gold of labelled) {
      const match = found.find((f) => f.kind === gold.kind && overlaps(f, gold));
      const c = count(gold.kind);
      if (!match) {
        c.fn++;
        error('missed', gold.kind, gold);
        continue;
      }
      c.tp++;
      if (match.start === gold.start && match.end === gold.end) c.exact++;
    }
    for (const f of found) {
      if (labelled.some((g) => g.kind === f.kind && overlaps(f, g))) continue;
      count(f.kind).fp++;
      error('false positive', f.kind, f);
    }
  }
  const all = { tp: 0, exact: 0, fp: 0, fn: 0 };
  for (const c of Object.values(counts)) for (const k of ['tp', 'exact', 'fp', 'fn'] as const) all[k] += c[k];
  return { kinds: { ...counts, all }, errors };
}
