/**
 * @module The terminal summary of a run: a table per variant, one per tag, the failures with their reasons,
 * threshold verdicts and the comparison of the first two variants.
 */
import pc from 'picocolors';
import type { EvalRunRecord } from '../../store/index.js';
import { describeTagFilter, storedTagFilter } from '../case-filter.js';
import { type CaseSummary, DETAILED_CASES, type SuiteSummary, type VariantSummary } from '../summarize.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ms = (x: number) =>
  x < 1000 ? `${x < 10 ? x.toFixed(1) : Math.round(x)} ms` : `${(x / 1000).toFixed(2)} s`;

/** The whole summary as terminal text. */
export function formatTerminalReport(
  s: SuiteSummary,
  run: EvalRunRecord,
  opts: { failures?: number } = {},
): string {
  return [
    ...headline(s, run),
    table([TABLE_HEADER, ...s.variants.map(variantRow)]),
    ...s.variants.flatMap(variantNotes),
    ...byTag(s),
    ...notPassing(s, opts.failures ?? DETAILED_CASES),
    ...comparison(s),
    ...thresholds(s),
  ].join('\n');
}

function headline(s: SuiteSummary, run: EvalRunRecord): string[] {
  const elapsed = run.finishedAt ? ` · ${ms(run.finishedAt - run.startedAt)}` : '';
  const status =
    run.status === 'finished' ? '' : ` · ${pc.yellow(run.status)} (tandem eval --resume continues it)`;
  const variants = `${s.variants.length} variant${s.variants.length === 1 ? '' : 's'}`;
  const ran = s.variants[0]?.cases ?? 0;
  // A run that did not finish says how much of the suite it covers: its figures are about those cases only.
  const total = typeof run.config.cases === 'number' ? run.config.cases : ran;
  const cases = total > ran ? `${ran} of ${total} cases` : `${ran} case${ran === 1 ? '' : 's'}`;
  // A run of tagged cases says so: its figures are not the whole suite's.
  const filter = storedTagFilter(run.config);
  const selected = filter ? ` (${describeTagFilter(filter)})` : '';
  return [`${pc.bold(s.suite)} · ${run.id} · ${cases}${selected} × ${variants}${elapsed}${status}`, ''];
}

const TABLE_HEADER = [
  'variant',
  'pass rate (95% CI)',
  'pass',
  'fail',
  'flaky',
  'error',
  'p50',
  'cost',
  'cached',
];

function variantRow(v: VariantSummary): string[] {
  return [
    v.name,
    `${pct(v.passRate.mean)} (${pct(v.passRate.low)}–${pct(v.passRate.high)})`,
    String(v.passed),
    String(v.failed),
    String(v.flaky),
    String(v.errored),
    ms(v.latencyMs.p50),
    `$${v.costUsd.toFixed(4)}`,
    `${v.cachedSamples}/${v.samples}`,
  ];
}

// A variant's metrics (when it has more than one) and its unmeasured checks.
function variantNotes(v: VariantSummary): string[] {
  const out: string[] = [];
  const metrics = Object.entries(v.metrics);
  if (metrics.length > 1)
    out.push(
      pc.dim(`  ${v.name} metrics: ${metrics.map(([m, x]) => `${m} ${x.mean.toFixed(2)}`).join(' · ')}`),
    );
  if (v.assertionErrors)
    out.push(
      pc.yellow(
        `  ${v.name}: ${v.assertionErrors} check${v.assertionErrors === 1 ? '' : 's'} could not be measured (counted as errors, not fails)`,
      ),
    );
  return out;
}

const TAG_HEADER = ['tag', 'variant', 'pass rate (95% CI)', 'cases', 'pass', 'fail', 'flaky', 'error'];

// A row per tag and variant (the variant column only when there are several).
function byTag(s: SuiteSummary): string[] {
  if (!s.tags.length) return [];
  const several = s.variants.length > 1;
  const rows = s.tags.map((t) => [
    t.tag,
    t.variant,
    `${pct(t.passRate.mean)} (${pct(t.passRate.low)}–${pct(t.passRate.high)})`,
    String(t.cases),
    String(t.passed),
    String(t.failed),
    String(t.flaky),
    String(t.errored),
  ]);
  const drop = (r: string[]) => (several ? r : r.filter((_, i) => i !== 1));
  return ['', pc.bold('By tag'), table([drop(TAG_HEADER), ...rows.map(drop)])];
}

function notPassing(s: SuiteSummary, limit: number): string[] {
  const bad = s.cases.filter((c) => c.status !== 'pass');
  if (!bad.length) return [];
  const out = ['', pc.bold('Not passing')];
  for (const c of bad.slice(0, limit)) out.push(...formatCase(c, s.variants.length > 1));
  if (bad.length > limit) out.push(pc.dim(`  … and ${bad.length - limit} more (see --output report.html)`));
  return out;
}

function comparison(s: SuiteSummary): string[] {
  const cmp = s.comparison;
  if (!cmp) return [];
  const d = cmp.difference;
  const sign = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
  return [
    '',
    `${pc.bold('Comparison')} ${cmp.a} → ${cmp.b}: ${sign(d.mean)} pts (95% CI ${sign(d.low)} to ${sign(d.high)}), ${pc.green(`${cmp.fixed.length} fixed`)}, ${pc.red(`${cmp.broken.length} broken`)}`,
    ...cmp.broken.slice(0, 5).map((c) => pc.red(`  broken: ${c.name}`)),
    ...cmp.fixed.slice(0, 5).map((c) => pc.green(`  fixed:  ${c.name}`)),
  ];
}

function thresholds(s: SuiteSummary): string[] {
  if (!s.thresholds.length) return [];
  return [
    '',
    pc.bold('Thresholds'),
    ...s.thresholds.map((t) => `  ${t.ok ? pc.green('✓') : pc.red('✗')} ${t.variant}: ${t.reason}`),
  ];
}

function formatCase(c: CaseSummary, showVariant: boolean): string[] {
  const mark = c.status === 'flaky' ? pc.yellow('~') : c.status === 'error' ? pc.yellow('!') : pc.red('✗');
  const rate =
    c.samples > 1
      ? pc.dim(
          ` ${c.passes}/${c.passes + c.fails} passed${c.flaky ? ', flaky' : ''} (95% CI ${pct(c.wilson.low)}–${pct(c.wilson.high)})`,
        )
      : '';
  const lines = [`  ${mark} ${showVariant ? `[${c.variant}] ` : ''}${c.name}${rate}`];
  if (c.error) lines.push(`      ${pc.yellow('error')} ${c.error}`);
  for (const a of (c.assertions ?? []).filter((a) => a.status !== 'pass')) {
    lines.push(`      ${a.status === 'error' ? pc.yellow('error') : pc.red('fail')} ${a.type}: ${a.reason}`);
  }
  if (c.output !== undefined) lines.push(pc.dim(`      answer: ${truncate(c.output, 110)}`));
  return lines;
}

function truncate(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map(
      (r, j) =>
        `  ${r.map((cell, i) => (j === 0 ? pc.dim(cell.padEnd(widths[i]!)) : cell.padEnd(widths[i]!))).join('  ')}`,
    )
    .join('\n');
}
