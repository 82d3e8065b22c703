/**
 * @module Machine-readable reports: JSON (everything), CSV (a row per variant and case), JUnit XML (a test
 * suite per variant) and Markdown (for a pull-request comment).
 */
import type { EvalResultRecord, EvalRunRecord } from '../../store/index.js';
import type { SuiteSummary } from '../summarize.js';

export interface ReportInput {
  summary: SuiteSummary;
  run: EvalRunRecord;
  results: EvalResultRecord[];
}

/** Everything: run, summary (without raw latency lists) and every graded sample. */
export function toJsonReport({ summary, run, results }: ReportInput): string {
  const variants = summary.variants.map(({ latencyMs: { values: _v, ...latency }, ...v }) => ({
    ...v,
    latencyMs: latency,
  }));
  return `${JSON.stringify({ run: { ...run, summary: undefined }, summary: { ...summary, variants }, results }, null, 2)}\n`;
}

const csvCell = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A row per (variant, case). */
export function toCsvReport({ summary }: ReportInput): string {
  const header = [
    'variant',
    'case_id',
    'case',
    'tags',
    'status',
    'pass_rate',
    'ci_low',
    'ci_high',
    'samples',
    'passes',
    'fails',
    'errors',
    'score',
    'latency_ms',
    'cost_usd',
    'reasons',
    'output',
  ];
  const rows = summary.cases.map((c) => [
    c.variant,
    c.caseId,
    c.name,
    c.tags.join('|'),
    c.status,
    c.passRate?.toFixed(4),
    c.wilson.low.toFixed(4),
    c.wilson.high.toFixed(4),
    c.samples,
    c.passes,
    c.fails,
    c.errors,
    c.score.toFixed(4),
    c.latencyMs.toFixed(1),
    c.costUsd.toFixed(6),
    [c.error, ...c.assertions.filter((a) => a.status !== 'pass').map((a) => `${a.type}: ${a.reason}`)]
      .filter(Boolean)
      .join(' | '),
    c.output,
  ]);
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

const xml = (s: string) =>
  s
    .replace(
      /[<>&"']/g,
      (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!,
    )
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** JUnit XML: CI systems show each case as a test (flaky and failing cases as failures, unmeasured as errors). */
export function toJunitReport({ summary }: ReportInput): string {
  const suites = summary.variants.map((v) => {
    const cases = summary.cases.filter((c) => c.variant === v.name);
    const failures = cases.filter((c) => c.status === 'fail' || c.status === 'flaky').length;
    const errors = cases.filter((c) => c.status === 'error').length;
    const time = (cases.reduce((s, c) => s + c.latencyMs * c.samples, 0) / 1000).toFixed(3);
    const body = cases
      .map((c) => {
        const reasons = [
          c.error,
          ...c.assertions.filter((a) => a.status !== 'pass').map((a) => `${a.type}: ${a.reason}`),
        ]
          .filter(Boolean)
          .join('\n');
        const detail = `${reasons}${c.output !== undefined ? `\n\nanswer: ${c.output}` : ''}`;
        const inner =
          c.status === 'error'
            ? `<error message="${xml(reasons.split('\n')[0] ?? 'not measured')}">${xml(detail)}</error>`
            : c.status === 'fail' || c.status === 'flaky'
              ? `<failure message="${xml(`${c.status}: ${reasons.split('\n')[0] ?? ''}`)}">${xml(detail)}</failure>`
              : '';
        return `    <testcase classname="${xml(`${summary.suite}.${v.name}`)}" name="${xml(c.name)}" time="${(c.latencyMs / 1000).toFixed(3)}">${inner}</testcase>`;
      })
      .join('\n');
    return `  <testsuite name="${xml(`${summary.suite} [${v.name}]`)}" tests="${cases.length}" failures="${failures}" errors="${errors}" time="${time}">\n${body}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tandem eval">\n${suites.join('\n')}\n</testsuites>\n`;
}

/** Markdown for a pull-request comment: the table, thresholds, the comparison and the failures. */
export function toMarkdownReport({ summary, run }: ReportInput): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [`### tandem eval: \`${summary.suite}\``, '', `Run \`${run.id}\` (${run.status}).`, ''];
  lines.push(
    '| variant | pass rate | 95% CI | passed | failed | flaky | errors | p50 latency | cost |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const v of summary.variants) {
    lines.push(
      `| ${v.name} | ${pct(v.passRate.mean)} | ${pct(v.passRate.low)}–${pct(v.passRate.high)} | ${v.passed} | ${v.failed} | ${v.flaky} | ${v.errored} | ${Math.round(v.latencyMs.p50)} ms | $${v.costUsd.toFixed(4)} |`,
    );
  }
  if (summary.thresholds.length) {
    lines.push('', '**Thresholds**', '');
    for (const t of summary.thresholds) lines.push(`- ${t.ok ? '✅' : '❌'} ${t.variant}: ${t.reason}`);
  }
  if (summary.comparison) {
    const d = summary.comparison.difference;
    lines.push(
      '',
      `**${summary.comparison.a} → ${summary.comparison.b}**: ${(d.mean * 100).toFixed(1)} pts (95% CI ${(d.low * 100).toFixed(1)} to ${(d.high * 100).toFixed(1)}), ${summary.comparison.fixed.length} fixed, ${summary.comparison.broken.length} broken.`,
    );
  }
  const bad = summary.cases.filter((c) => c.status !== 'pass');
  if (bad.length) {
    lines.push('', '<details><summary>Not passing (' + bad.length + ')</summary>', '');
    for (const c of bad) {
      const why = [
        c.error,
        ...c.assertions.filter((a) => a.status !== 'pass').map((a) => `${a.type}: ${a.reason}`),
      ]
        .filter(Boolean)
        .join('; ');
      lines.push(`- **${c.name.replace(/[|*_`]/g, '\\$&')}** (${c.variant}, ${c.status}): ${why}`);
    }
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
}
