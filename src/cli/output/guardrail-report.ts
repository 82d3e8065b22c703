/**
 * @module How `tandem guardrails test` prints its figures: a table of precision, recall and F1 (row level per
 * group, span level per PII kind), the errors behind them, and the latency per row.
 */
import type { GuardrailTestResult } from '../../api/index.js';
import { formatRate, type LatencySummary, type MeasureError, rates } from '../../guardrails/index.js';

const cell = (x: number) => formatRate(x).padStart(9);
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

// `all` first, then the groups in order; the first column as wide as the longest name.
function keyColumn(keys: string[]): { keys: string[]; width: number } {
  const sorted = [...keys].sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)));
  return { keys: sorted, width: Math.max(22, ...keys.map((k) => k.length + 1)) };
}

/** The summary: what ran on how many rows, the scores, the errors when asked, the latency. */
export function formatGuardrailReport(r: GuardrailTestResult, file: string, showErrors: boolean): string {
  const { name, check, declared } = r.guardrail;
  const failed = r.rows.filter((row) => !row.pass).length;
  const bad = r.skipped.length;
  const skipped = bad ? `, ${bad} skipped (${bad === 1 ? 'bad row' : 'bad rows'}, listed above)` : '';
  const lines = [
    `${declared ? `guardrail ${name} (check ${check})` : `check ${check}`} on ${file}`,
    `${count(r.rows.length, 'row')} checked: ${r.rows.length - failed} passed, ${failed} flagged${skipped}`,
    ...judgeFailureLines(r),
    ...rowTable(r),
    ...spanTable(r),
  ];
  if (!r.rows.length) lines.push('no row could be checked: nothing to score');
  else if (!r.metrics.rows && !r.metrics.spans)
    lines.push('no labels (label: or pii:) in the rows: nothing to score');
  if (showErrors) lines.push(...errorList(r.metrics.errors));
  if (r.latency) lines.push(formatLatency(r.latency));
  return `${lines.join('\n')}\n`;
}

// Said once, up front: when the judge could not answer, every figure below measures the route, not the rubric.
function judgeFailureLines({ judgeFailure, rows, guardrail }: GuardrailTestResult): string[] {
  if (!judgeFailure) return [];
  const route = guardrail.route ? `route "${guardrail.route}"` : 'its judge';
  return [
    `${judgeFailure.rows} of ${count(rows.length, 'row')} failed because ${judgeFailure.message}`,
    `  ${route} is probably not a model that can judge: these scores measure the route, not the guardrail`,
  ];
}

function rowTable({ metrics }: GuardrailTestResult): string[] {
  if (!metrics.rows) return [];
  const { keys, width } = keyColumn(Object.keys(metrics.rows));
  return [
    '',
    `${'row level'.padEnd(width + 2)}${'precision'.padStart(9)}${'recall'.padStart(9)}${'F1'.padStart(9)}${'rows'.padStart(7)}`,
    ...keys.map((k) => {
      const g = metrics.rows![k]!;
      const { precision, recall, f1 } = rates(g);
      return `  ${k.padEnd(width)}${cell(precision)}${cell(recall)}${cell(f1)}${String(g.n).padStart(7)}`;
    }),
  ];
}

function spanTable(r: GuardrailTestResult): string[] {
  const { metrics } = r;
  if (!metrics.spans) return [];
  const { keys, width } = keyColumn(Object.keys(metrics.spans));
  return [
    '',
    `${'span level'.padEnd(width + 2)}${'precision'.padStart(9)}${'recall'.padStart(9)}${'F1'.padStart(9)}${'exact'.padStart(9)}${'values'.padStart(8)}`,
    ...keys.map((k) => {
      const c = metrics.spans![k]!;
      const { precision, recall, f1 } = rates(c);
      const exact = c.tp ? c.exact / c.tp : Number.NaN;
      return `  ${k.padEnd(width)}${cell(precision)}${cell(recall)}${cell(f1)}${cell(exact)}${String(c.tp + c.fn).padStart(8)}`;
    }),
    '  (exact: of the labelled values found, the share found with exactly their span)',
    ...(r.guardrail.kinds
      ? [`  (only ${r.guardrail.kinds.join(', ')}: the kinds ${r.guardrail.name} looks for)`]
      : []),
  ];
}

function errorList(errors: MeasureError[]): string[] {
  if (!errors.length) return ['', 'no false positives or misses'];
  return [
    '',
    'false positives and misses',
    ...errors.flatMap((e) => [
      `  ${e.type.padEnd(14)} ${e.id} (line ${e.line}) ${e.kind}: ${e.context}`,
      ...(e.why ? [`    why: ${e.why}`] : []),
    ]),
  ];
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

/** The latency line. */
export function formatLatency(l: LatencySummary): string {
  return `\nlatency per row: p50 ${ms(l.p50)} · p95 ${ms(l.p95)} · p99 ${ms(l.p99)} · max ${ms(l.max)}`;
}
