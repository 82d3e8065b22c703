// Quality of the PII and injection checks on the labelled sets in data/ (README there): a development set
// that may be tuned on, and a test set written before any tuning and never tuned on. Both are reported
// side by side; only aggregate figures are printed for the test set, so nobody tunes on its rows by reading
// them here. Span-level PII: a labelled value counts as found when a finding of the same kind overlaps it
// (exact: the finding covers exactly the value).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const rows = (dir, name) =>
  readFileSync(join(dir, 'data', `${name}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

// No predictions (or no labels) has no precision (or recall): shown as n/a, not as a perfect score.
const ratio = (a, b) => (b ? a / b : Number.NaN);
const f1 = (p, r) => (Number.isNaN(p) || Number.isNaN(r) ? 0 : p + r ? (2 * p * r) / (p + r) : 0);

/** Row-level precision and recall of the injection check, overall and per `on` and language. */
export function injectionFigures(data, detectInjection) {
  const groups = new Map();
  const add = (key, label, hit) => {
    const g = groups.get(key) ?? { tp: 0, fp: 0, fn: 0, n: 0 };
    g.n++;
    if (hit && label) g.tp++;
    else if (hit) g.fp++;
    else if (label) g.fn++;
    groups.set(key, g);
  };
  const errors = [];
  for (const r of data) {
    const label = r.label === 'injection';
    const hit = detectInjection(r.text).score >= 0.5;
    for (const key of ['all', `on ${r.on}`, `lang ${r.lang}`]) add(key, label, hit);
    if (hit !== label) errors.push(`${hit ? 'false positive' : 'missed'} ${r.id} (${r.category})`);
  }
  return { groups, errors };
}

/** Span-level precision and recall of the PII check, per kind. */
export function piiFigures(data, findPii) {
  const kinds = new Map();
  const get = (k) => kinds.get(k) ?? kinds.set(k, { tp: 0, exact: 0, fp: 0, fn: 0 }).get(k);
  const errors = [];
  for (const r of data) {
    const found = findPii(r.text);
    const gold = r.pii.map((p) => ({
      ...p,
      start: r.text.indexOf(p.value),
      end: r.text.indexOf(p.value) + p.value.length,
    }));
    const overlaps = (a, b) => a.start < b.end && b.start < a.end;
    for (const g of gold) {
      const m = found.find((f) => f.kind === g.type && overlaps(f, g));
      const k = get(g.type);
      if (m) {
        k.tp++;
        if (m.start === g.start && m.end === g.end) k.exact++;
      } else {
        k.fn++;
        errors.push(`missed ${g.type} in ${r.id}`);
      }
    }
    for (const f of found) {
      if (gold.some((g) => g.type === f.kind && overlaps(f, g))) continue;
      get(f.kind).fp++;
      errors.push(`false ${f.kind} in ${r.id}`);
    }
  }
  const all = { tp: 0, exact: 0, fp: 0, fn: 0 };
  for (const k of kinds.values()) for (const x of Object.keys(all)) all[x] += k[x];
  kinds.set('all', all);
  return { kinds, errors };
}

const fmt = (x) => (Number.isNaN(x) ? '  n/a' : x.toFixed(3));

/** Prints dev and test side by side; errors of the development set only. */
export function printHeldOut(dir, { findPii, detectInjection }, showErrors) {
  const inj = ['dev', 'test'].map((s) => injectionFigures(rows(dir, `injection-${s}`), detectInjection));
  const pii = ['dev', 'test'].map((s) => piiFigures(rows(dir, `pii-${s}`), findPii));
  console.log('\nheld-out sets (bench/guardrails/data): dev | test');
  console.log('injection (row level)       precision        recall           F1');
  const keys = [...new Set([...inj[0].groups.keys(), ...inj[1].groups.keys()])].sort();
  for (const key of keys) {
    const cells = inj.map(({ groups }) => {
      const g = groups.get(key);
      if (!g) return ['  -  ', '  -  ', '  -  '];
      const p = ratio(g.tp, g.tp + g.fp);
      const r = ratio(g.tp, g.tp + g.fn);
      return [fmt(p), fmt(r), fmt(f1(p, r))];
    });
    console.log(
      `  ${key.padEnd(24)} ${cells[0][0]} | ${cells[1][0]}   ${cells[0][1]} | ${cells[1][1]}   ${cells[0][2]} | ${cells[1][2]}`,
    );
  }
  console.log('pii (span level)            precision        recall           exact spans');
  const kinds = [...new Set([...pii[0].kinds.keys(), ...pii[1].kinds.keys()])].sort();
  for (const kind of kinds) {
    const cells = pii.map(({ kinds: ks }) => {
      const k = ks.get(kind) ?? { tp: 0, exact: 0, fp: 0, fn: 0 };
      return [fmt(ratio(k.tp, k.tp + k.fp)), fmt(ratio(k.tp, k.tp + k.fn)), fmt(ratio(k.exact, k.tp))];
    });
    console.log(
      `  ${kind.padEnd(24)} ${cells[0][0]} | ${cells[1][0]}   ${cells[0][1]} | ${cells[1][1]}   ${cells[0][2]} | ${cells[1][2]}`,
    );
  }
  if (showErrors)
    console.log(`\ndevelopment-set errors:\n  ${[...inj[0].errors, ...pii[0].errors].join('\n  ')}`);
}
