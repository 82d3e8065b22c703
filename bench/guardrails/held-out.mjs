// Quality of the PII and injection checks on the labelled sets in data/ (README there): a development set
// that may be tuned on, and a test set written before any tuning and never tuned on. Both are reported
// side by side; only aggregate figures are printed for the test set, so nobody tunes on its rows by reading
// them here. The figures come from the library's testGuardrail (what `tandem guardrails test` prints), so the
// bench and the command always agree: row level for injection, span level for PII (a labelled value counts
// as found when a finding of the same kind overlaps it; exact: the finding covers exactly the value).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const fmt = (formatRate, x) => formatRate(x).padStart(5);

// The row-level groups the bench shows (categories are for the command's own report).
const shown = (key) => key === 'all' || key.startsWith('on ') || key.startsWith('lang ');

/** Prints dev and test side by side (errors of the development set only) and returns the figures. */
export async function printHeldOut(dir, showErrors) {
  const dist = join(dir, '..', '..', 'dist');
  const { testGuardrail } = await import(pathToFileURL(join(dist, 'api', 'index.js')).href);
  const { rates, formatRate } = await import(pathToFileURL(join(dist, 'guardrails', 'index.js')).href);
  const f = (x) => fmt(formatRate, x);
  const measure = (check, set) => testGuardrail({ file: join(dir, 'data', `${check}-${set}.jsonl`), check });
  const inj = [await measure('injection', 'dev'), await measure('injection', 'test')];
  const pii = [await measure('pii', 'dev'), await measure('pii', 'test')];
  for (const r of [...inj, ...pii])
    if (r.skipped.length) throw new Error(`bad rows in the held-out data: ${JSON.stringify(r.skipped)}`);
  console.log('\nheld-out sets (bench/guardrails/data): dev | test');
  console.log('injection (row level)       precision        recall           F1');
  const keys = [...new Set(inj.flatMap((r) => Object.keys(r.metrics.rows)))].filter(shown).sort();
  for (const key of keys) {
    const cells = inj.map(({ metrics }) => {
      const g = metrics.rows[key];
      if (!g) return ['  -  ', '  -  ', '  -  '];
      const { precision, recall, f1 } = rates(g);
      return [f(precision), f(recall), f(f1)];
    });
    console.log(
      `  ${key.padEnd(24)} ${cells[0][0]} | ${cells[1][0]}   ${cells[0][1]} | ${cells[1][1]}   ${cells[0][2]} | ${cells[1][2]}`,
    );
  }
  console.log('pii (span level)            precision        recall           exact spans');
  const kinds = [...new Set(pii.flatMap((r) => Object.keys(r.metrics.spans)))].sort();
  for (const kind of kinds) {
    const cells = pii.map(({ metrics }) => {
      const k = metrics.spans[kind] ?? { tp: 0, exact: 0, fp: 0, fn: 0 };
      const { precision, recall } = rates(k);
      return [f(precision), f(recall), f(k.tp ? k.exact / k.tp : Number.NaN)];
    });
    console.log(
      `  ${kind.padEnd(24)} ${cells[0][0]} | ${cells[1][0]}   ${cells[0][1]} | ${cells[1][1]}   ${cells[0][2]} | ${cells[1][2]}`,
    );
  }
  if (showErrors) {
    const errors = [...inj[0].metrics.errors, ...pii[0].metrics.errors];
    console.log(
      `\ndevelopment-set errors:\n  ${errors.map((e) => `${e.type} ${e.kind} in ${e.id}`).join('\n  ')}`,
    );
  }
  return { injection: inj, pii };
}
