export { type JudgeFailure, judgeFailure } from './judge-failure.js';
export {
  type GoldSpan,
  type LabelledRow,
  parseLabelledRows,
  ROW_LABELS,
  type RowLabel,
  type RowProblem,
} from './labelled-rows.js';
export { type LatencySummary, latencySummary } from './latency.js';
export { type GuardrailMetrics, measureRows } from './measure-rows.js';
export { type Counts, formatRate, type Rates, rates } from './rates.js';
export { type GroupCounts, rowLevelCounts } from './row-metrics.js';
export type { Finding, MeasureError, RowOutcome, ScoredRow } from './scored-row.js';
export { type SpanCounts, spanLevelCounts } from './span-metrics.js';
export { textAround } from './text-around.js';
