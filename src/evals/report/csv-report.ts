import { detailedCases, type ReportInput, reasonsOf } from './report-input.js';

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

const line = (cells: unknown[]) => `${cells.map(csvCell).join(',')}\n`;

/** A row per (suite, variant, case), written as the cases' answers are read. */
export async function* toCsvReport(inputs: ReportInput[]): AsyncGenerator<string> {
  yield line(HEADER);
  for (const input of inputs) {
    const suite = input.summary.suite;
    for await (const c of detailedCases(input)) {
      yield line([
        suite,
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
      ]);
    }
  }
}
