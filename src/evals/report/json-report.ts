import type { ReportInput } from './report-input.js';

/** Everything, every suite: run, summary (without raw latency lists) and every graded sample. */
export function toJsonReport(inputs: ReportInput[]): string {
  const suites = inputs.map(({ summary, run, results }) => {
    const variants = summary.variants.map(({ latencyMs: { values: _v, ...latency }, ...v }) => ({
      ...v,
      latencyMs: latency,
    }));
    return { run: { ...run, summary: undefined }, summary: { ...summary, variants }, results };
  });
  return `${JSON.stringify({ suites }, null, 2)}\n`;
}
