/** @module What a check said about one labelled row, and the error lists the measurements produce. */
import type { LabelledRow } from './labelled-rows.js';

/** Something a check found: a PII kind or an injection signal, with its place in the text when known. */
export interface Finding {
  kind: string;
  start?: number;
  end?: number;
}

/** A check's verdict on one row. */
export interface RowOutcome {
  pass: boolean;
  score?: number;
  findings: Finding[];
  /** Why, in the check's words (a judge's reason, the signals it saw), when it says. */
  evidence?: string[];
}

export interface ScoredRow {
  row: LabelledRow;
  outcome: RowOutcome;
}

/** A disagreement with the labels: what was flagged but should not be, or labelled but not found. */
export interface MeasureError {
  type: 'false positive' | 'missed';
  id: string;
  line: number;
  kind: string;
  /** The text around the span (or the row's start when there is no span). */
  context: string;
  /** A row-level error's evidence: why the check decided as it did, when it said. */
  why?: string;
}
