/** @module All the figures of one check on a labelled file: row level, span level, and the errors behind them. */
import type { GroupCounts } from './row-metrics.js';
import { rowLevelCounts } from './row-metrics.js';
import type { MeasureError, ScoredRow } from './scored-row.js';
import { type SpanCounts, spanLevelCounts } from './span-metrics.js';

export interface GuardrailMetrics {
  /** Row level, when rows carry `label`: `all`, then `on …`, `lang …`, `category …`. */
  rows?: Record<string, GroupCounts>;
  /** Span level, when spans are measured and rows carry `pii`: per kind, and `all`. */
  spans?: Record<string, SpanCounts>;
  /** False positives and misses, in file order (row level first). */
  errors: MeasureError[];
}

/**
 * Scores `scored` against its labels. `spans`: whether findings are PII spans worth matching; `kinds`: the only
 * PII kinds the check looks for (a labelled value of another kind is not its miss).
 */
export function measureRows(
  scored: readonly ScoredRow[],
  opts: { spans: boolean; kinds?: readonly string[] },
): GuardrailMetrics {
  const labelled = scored.some((s) => s.row.label);
  const rowLevel = labelled ? rowLevelCounts(scored) : undefined;
  const spanned = opts.spans && scored.some((s) => s.row.pii);
  const spanLevel = spanned ? spanLevelCounts(scored, opts.kinds) : undefined;
  return {
    ...(rowLevel ? { rows: rowLevel.groups } : {}),
    ...(spanLevel ? { spans: spanLevel.kinds } : {}),
    errors: [...(rowLevel?.errors ?? []), ...(spanLevel?.errors ?? [])],
  };
}
