// Quality of the PII and injection checks on the labelled sets in data/ (README there): development sets
// that may be tuned on, and a test set written before any tuning and never tuned on. They are reported
// side by side; only aggregate figures are printed for the test set, so nobody tunes on its rows by reading
// them here. The figures come from the library's testGuardrail (what `tandem guardrails test` prints), so the
// bench and the command always agree: row level for injection, span level for PII (a labelled value counts
// as found when a finding of the same kind overlaps it; exact: the finding covers exactly the value).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The sets of each check, in column order; `test` is last and never tuned on.
const SETS = { injection: ['dev', 'dev2', 'test'], pii: ['dev', 'test'] };

// The row-level groups the bench shows (categories are for the command's own report).
const shown = (key) => key === 'all' || key.startsWith('on ') || key.startsWith('lang ');

/** Prints every set side by side (errors of the development sets only) and returns the figures by set. */
export async function printHeldOut(dir, showErrors) {
  const dist = join(dir, '..', '..', 'dist');
  const { testGuardrail } = await import(pathToFileURL(join(dist, 'api', 'index.js')).href);
  const { rates, formatRate } = await import(pathToFileURL(join(dist, 'guardrails', 'index.js')).href);
  const f = (x) => formatRate(x).padStart(5);
  const figures = {};
  for (const [check, sets] of Object.entries(SETS)) {
    figures[check] = {};
    for (const set of sets) {
      const r = await testGuardrail({ file: join(dir, 'data', `${check}-${set}.jsonl`), check });
      if (r.skipped.length) throw new Error(`bad rows in ${check}-${set}: ${JSON.stringify(r.skipped)}`);
      figures[check][set] = r;
    }
  }
  const table = (check, title, groups, cellsOf) => {
    const sets = SETS[check];
    console.log(`\n${title}: ${sets.join(' | ')}`);
    for (const key of groups) {
      const cells = sets.map((s) => cellsOf(figures[check][s].metrics, key));
      const columns = cells[0].map((_, i) => cells.map((c) => c[i]).join(' | '));
      console.log(`  ${key.padEnd(16)} ${columns.join('    ')}`);
    }
  };
  const injKeys = [...new Set(Object.values(figures.injection).flatMap((r) => Object.keys(r.metrics.rows)))]
    .filter(shown)
    .sort();
  table('injection', 'injection, row level (precision / recall / F1)', injKeys, (m, key) => {
    const g = m.rows[key];
    if (!g) return ['  -  ', '  -  ', '  -  '];
    const { precision, recall, f1 } = rates(g);
    return [f(precision), f(recall), f(f1)];
  });
  const kinds = [...new Set(Object.values(figures.pii).flatMap((r) => Object.keys(r.metrics.spans)))].sort();
  table('pii', 'pii, span level (precision / recall / exact spans)', kinds, (m, kind) => {
    const k = m.spans[kind] ?? { tp: 0, exact: 0, fp: 0, fn: 0 };
    const { precision, recall } = rates(k);
    return [f(precision), f(recall), f(k.tp ? k.exact / k.tp : Number.NaN)];
  });
  if (showErrors) {
    const dev = [
      ...SETS.injection.filter((s) => s !== 'test').map((s) => figures.injection[s]),
      figures.pii.dev,
    ];
    const errors = dev.flatMap((r) => r.metrics.errors);
    console.log(
      `\ndevelopment-set errors:\n  ${errors.map((e) => `${e.type} ${e.kind} in ${e.id}`).join('\n  ')}`,
    );
  }
  return figures;
}
