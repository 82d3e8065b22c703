import type { CaseSummary, SuiteSummary, VariantSummary } from '../summarize.js';
import { pct, type ReportInput, type ReportOptions, reasonsOf } from './report-input.js';

const xml = (s: string) =>
  s
    .replace(
      /[<>&"']/g,
      (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!,
    )
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * JUnit XML with every suite of the run: a <testsuite> per suite and variant, a <testcase> per case with the
 * `file` and `line` it is written on (so CI annotators can place it) and its tags as properties; each tag's
 * pass rate is a property of the variant's suite. Failing and flaky cases are failures, unmeasured ones errors.
 */
export function toJunitReport(inputs: ReportInput[], opts: ReportOptions = {}): string {
  const path = opts.filePath ?? ((f: string) => f);
  const suites = inputs.flatMap(({ summary }) => summary.variants.map((v) => testSuite(summary, v, path)));
  const total = (attr: 'tests' | 'failures' | 'errors') => suites.reduce((n, s) => n + s.counts[attr], 0);
  const time = suites.reduce((n, s) => n + s.counts.timeMs, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tandem eval" tests="${total('tests')}" failures="${total('failures')}" errors="${total('errors')}" time="${seconds(time)}">\n${suites.map((s) => s.xml).join('\n')}\n</testsuites>\n`;
}

function testSuite(summary: SuiteSummary, v: VariantSummary, path: (f: string) => string) {
  const cases = summary.cases.filter((c) => c.variant === v.name);
  const counts = {
    tests: cases.length,
    failures: cases.filter((c) => c.status === 'fail' || c.status === 'flaky').length,
    errors: cases.filter((c) => c.status === 'error').length,
    timeMs: cases.reduce((s, c) => s + c.latencyMs * c.samples, 0),
  };
  // Each tag's pass rate in this variant, as a property a CI page can show beside the cases.
  const tagProps = summary.tags
    .filter((t) => t.variant === v.name)
    .map(
      (t) =>
        `\n      <property name="${xml(`tag:${t.tag}`)}" value="${pct(t.passRate.mean)} (95% CI ${pct(t.passRate.low)}–${pct(t.passRate.high)}), ${t.cases} cases"/>`,
    )
    .join('');
  const props = `    <properties>\n      <property name="cached" value="${v.cachedSamples}/${v.samples}"/>${tagProps}\n    </properties>`;
  const body = cases.map((c) => testCase(summary.suite, v.name, c, path)).join('\n');
  return {
    counts,
    xml: `  <testsuite name="${xml(`${summary.suite} [${v.name}]`)}" file="${xml(path(summary.suite))}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" time="${seconds(counts.timeMs)}">\n${props}\n${body}\n  </testsuite>`,
  };
}

function testCase(suite: string, variant: string, c: CaseSummary, path: (f: string) => string): string {
  const reasons = reasonsOf(c).join('\n');
  const detail = `${reasons}${c.output !== undefined ? `\n\nanswer: ${c.output}` : ''}`;
  const first = reasons.split('\n')[0] ?? '';
  const inner =
    c.status === 'error'
      ? `<error message="${xml(first || 'not measured')}">${xml(detail)}</error>`
      : c.status === 'fail' || c.status === 'flaky'
        ? `<failure message="${xml(`${c.status}: ${first}`)}">${xml(detail)}</failure>`
        : '';
  const line = c.location.line !== undefined ? ` line="${c.location.line}"` : '';
  // Tags as testcase properties (read by GitLab and Jenkins' JUnit plugins; ignored by the rest).
  const tags = c.tags.length
    ? `<properties>${c.tags.map((t) => `<property name="tag" value="${xml(t)}"/>`).join('')}</properties>`
    : '';
  return `    <testcase classname="${xml(`${suite}.${variant}`)}" name="${xml(c.name)}" file="${xml(path(c.location.file))}"${line} time="${seconds(c.latencyMs)}">${tags}${inner}</testcase>`;
}
