/**
 * @module Row-level scores (is this row an attack?): a row labelled `injection` should fail the check, one
 * labelled `benign` should pass. Counted overall and per `on`, `lang` and `category` value, so a weak spot
 * (retrieved text, one language) shows instead of averaging away.
 */
import type { Counts } from './rates.js';
import type { MeasureError, RowOutcome, ScoredRow } from './scored-row.js';
import { textAround } from './text-around.js';

/** Row-level counts of one group; `n` rows in all. */
export interface GroupCounts extends Counts {
  n: number;
}

/** Counts per group (`all`, `on <value>`, `lang <value>`, `category <value>`) over the rows with a label. */
export function rowLevelCounts(scored: readonly ScoredRow[]): {
  groups: Record<string, GroupCounts>;
  errors: MeasureError[];
} {
  const groups: Record<string, GroupCounts> = {};
  const errors: MeasureError[] = [];
  for (const { row, outcome } of scored) {
    if (!row.label) continue;
    const positive = row.label === 'injection';
    const flagged = !outcome.pass;
    const keys = [
      'all',
      ...(['on', 'lang', 'category'] as const).flatMap((k) => (row[k] ? [`${k} ${row[k]}`] : [])),
    ];
    for (const key of keys) {
      const g = groups[key] ?? { tp: 0, fp: 0, fn: 0, n: 0 };
      groups[key] = g;
      g.n++;
      if (flagged && positive) g.tp++;
      else if (flagged) g.fp++;
      else if (positive) g.fn++;
    }
    if (flagged !== positive) errors.push(rowError(row, outcome, flagged));
  }
  return { groups, errors };
}

function rowError(row: ScoredRow['row'], { findings, evidence }: RowOutcome, flagged: boolean): MeasureError {
  const placed = findings.find((f) => f.start !== undefined && f.end !== undefined);
  const kind = flagged
    ? [...new Set(findings.map((f) => f.kind))].join(', ') || 'flagged'
    : (row.category ?? row.label!);
  return {
    type: flagged ? 'false positive' : 'missed',
    id: row.id,
    line: row.line,
    kind,
    context: placed ? textAround(row.text, placed.start!, placed.end!) : textAround(row.text, 0, 0, 60),
    ...(evidence?.length ? { why: evidence.join('; ') } : {}),
  };
}
