import { type ReportInput, reasonsOf } from './report-input.js';

const csvCell = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const HEADER = [
  'suite',
  'variant',
  'case_id',
  'case',
  'file',
  'line',
  'tags',
  'status',
  'pass_rate',
  'ci_low',
  'ci_high',
  'samples',
  'passes',
  'fails',
  'errors',
  'cached',
  'score',
  'latency_ms',
  'cost_usd',
  'reasons',
  'output',
];

/** A row per (suite, variant, case). */
export function toCsvReport(inputs: ReportInput[]): string {
  const rows = inputs.flatMap(({ summary }) =>
    summary.cases.map((c) => [
      summary.suite,
      c.variant,
      c.caseId,
      c.name,
      c.location.file,
      c.location.line,
      c.tags.join('|'),
      c.status,
      c.passRate?.toFixed(4),
      c.wilson.low.toFixed(4),
      c.wilson.high.toFixed(4),
      c.samples,
      c.passes,
      c.fails,
      c.errors,
      c.cachedSamples,
      c.score.toFixed(4),
      c.latencyMs.toFixed(1),
      c.costUsd.toFixed(6),
      reasonsOf(c).join(' | '),
      c.output,
    ]),
  );
  return `${[HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}
