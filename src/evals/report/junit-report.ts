import type { CaseSummary, DetailedCase, SuiteSummary, VariantSummary } from '../summarize.js';
import { detailedCases, pct, type ReportInput, type ReportOptions, reasonsOf } from './report-input.js';

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
export async function* toJunitReport(
  inputs: ReportInput[],
  opts: ReportOptions = {},
): AsyncGenerator<string> {
  const path = opts.filePath ?? ((f: string) => f);
  const suites = inputs.flatMap((input) => input.summary.variants.map((v) => ({ input, v })));
  const counts = suites.map(({ input, v }) => countsOf(variantCases(input.summary, v)));
  const total = (attr: 'tests' | 'failures' | 'errors') => counts.reduce((n, c) => n + c[attr], 0);
  const time = counts.reduce((n, c) => n + c.timeMs, 0);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tandem eval" tests="${total('tests')}" failures="${total('failures')}" errors="${total('errors')}" time="${seconds(time)}">\n`;
  for (const [i, { input, v }] of suites.entries()) {
    yield `${i ? '\n' : ''}${suiteOpening(input.summary, v, counts[i]!, path)}\n`;
    let first = true;
    for await (const c of detailedCases(input, variantCases(input.summary, v))) {
      yield `${first ? '' : '\n'}${testCase(input.summary.suite, v.name, c, path)}`;
      first = false;
    }
    yield '\n  </testsuite>';
  }
  yield '\n</testsuites>\n';
}

const variantCases = (summary: SuiteSummary, v: VariantSummary) =>
  summary.cases.filter((c) => c.variant === v.name);

interface SuiteCounts {
  tests: number;
  failures: number;
  errors: number;
  timeMs: number;
}

function countsOf(cases: CaseSummary[]): SuiteCounts {
  return {
    tests: cases.length,
    failures: cases.filter((c) => c.status === 'fail' || c.status === 'flaky').length,
    errors: cases.filter((c) => c.status === 'error').length,
    timeMs: cases.reduce((s, c) => s + c.latencyMs * c.samples, 0),
  };
}

// The <testsuite> element's opening and properties; its test cases follow as their answers are read.
function suiteOpening(
  summary: SuiteSummary,
  v: VariantSummary,
  counts: SuiteCounts,
  path: (f: string) => string,
): string {
  // Each tag's pass rate in this variant, as a property a CI page can show beside the cases.
  const tagProps = summary.tags
    .filter((t) => t.variant === v.name)
    .map(
      (t) =>
        `\n      <property name="${xml(`tag:${t.tag}`)}" value="${pct(t.passRate.mean)} (95% CI ${pct(t.passRate.low)}–${pct(t.passRate.high)}), ${t.cases} cases"/>`,
    )
    .join('');
  const props = `    <properties>\n      <property name="cached" value="${v.cachedSamples}/${v.samples}"/>${tagProps}\n    </properties>`;
  return `  <testsuite name="${xml(`${summary.suite} [${v.name}]`)}" file="${xml(path(summary.suite))}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" time="${seconds(counts.timeMs)}">\n${props}`;
}

function testCase(suite: string, variant: string, c: DetailedCase, path: (f: string) => string): string {
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
