import type { SuiteSummary } from '../summarize.js';
import { detailedCases, pct, type ReportInput, reasonsOf } from './report-input.js';

/** Markdown for a pull-request comment: per suite the table, the tags, thresholds, the comparison and the failures. */
export async function* toMarkdownReport(inputs: ReportInput[]): AsyncGenerator<string> {
  const title = inputs.length === 1 ? `\`${inputs[0]!.summary.suite}\`` : `${inputs.length} suites`;
  yield `### tandem eval: ${title}\n`;
  for (const input of inputs) {
    yield `\n${suiteSection(input, inputs.length > 1).join('\n')}\n`;
    yield* notPassing(input);
  }
}

// The cases that do not pass, with their reasons (read from the store as they are written).
async function* notPassing(input: ReportInput): AsyncGenerator<string> {
  const bad = input.summary.cases.filter((c) => c.status !== 'pass');
  if (!bad.length) return;
  yield `\n<details><summary>Not passing (${bad.length})</summary>\n\n`;
  for await (const c of detailedCases(input, bad)) {
    const where = `${c.location.file}${c.location.line !== undefined ? `:${c.location.line}` : ''}`;
    yield `- **${c.name.replace(/[|*_`]/g, '\\$&')}** (${c.variant}, ${c.status}, \`${where}\`): ${reasonsOf(c).join('; ')}\n`;
  }
  yield '\n</details>\n';
}

function suiteSection({ summary, run }: ReportInput, heading: boolean): string[] {
  const lines = heading ? [`#### \`${summary.suite}\``, ''] : [];
  lines.push(`Run \`${run.id}\` (${run.status}).`, '');
  lines.push(
    '| variant | pass rate | 95% CI | passed | failed | flaky | errors | p50 latency | cost | cached |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const v of summary.variants) {
    lines.push(
      `| ${v.name} | ${pct(v.passRate.mean)} | ${pct(v.passRate.low)}–${pct(v.passRate.high)} | ${v.passed} | ${v.failed} | ${v.flaky} | ${v.errored} | ${Math.round(v.latencyMs.p50)} ms | $${v.costUsd.toFixed(4)} | ${v.cachedSamples}/${v.samples} |`,
    );
  }
  lines.push(...tagTable(summary));
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
  return lines;
}

// Per tag and variant: the pass rate of the cases with that tag.
function tagTable(summary: SuiteSummary): string[] {
  if (!summary.tags.length) return [];
  return [
    '',
    '**By tag**',
    '',
    '| tag | variant | pass rate | 95% CI | cases | passed | failed | flaky | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...summary.tags.map(
      (t) =>
        `| ${t.tag.replace(/[|*_`]/g, '\\$&')} | ${t.variant} | ${pct(t.passRate.mean)} | ${pct(t.passRate.low)}–${pct(t.passRate.high)} | ${t.cases} | ${t.passed} | ${t.failed} | ${t.flaky} | ${t.errored} |`,
    ),
  ];
}
