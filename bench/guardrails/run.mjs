#!/usr/bin/env node
// Guardrail quality and cost: precision and recall of the PII and injection checks on the labelled set in
// samples.jsonl (written for the project, never tuned in tests), and the latency the default guardrail set
// (PII redaction + injection on input, citations on output) adds to a request with a 2 KB input.
// Usage: npm run bench:guardrails
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
if (!existsSync(join(root, 'dist', 'guardrails', 'index.js')))
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const { findPii, detectInjection, createGuard } = await import(
  pathToFileURL(join(root, 'dist', 'guardrails', 'index.js')).href
);
const samples = readFileSync(join(here, 'samples.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));

function score(rows, predict, correct = () => true) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses = [];
  for (const r of rows) {
    const p = predict(r);
    if (p && r.label && correct(r)) tp++;
    else if (p && !r.label) {
      fp++;
      misses.push(`false positive: ${r.text}`);
    } else if (r.label && (!p || !correct(r))) {
      fn++;
      misses.push(`missed: ${r.text}`);
    }
  }
  return { n: rows.length, tp, fp, fn, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), misses };
}

const pii = samples.filter((s) => s.task === 'pii');
const inj = samples.filter((s) => s.task === 'injection');
const piiScore = score(
  pii,
  (r) => findPii(r.text).length > 0,
  (r) => {
    const kinds = new Set(findPii(r.text).map((f) => f.kind));
    return r.kinds.every((k) => kinds.has(k)); // a hit must find the right kind(s)
  },
);
const injScore = score(inj, (r) => detectInjection(r.text).score >= 0.5);

// Latency: the default set on a 2 KB input and an answer of similar size.
const guard = createGuard(
  [
    { name: 'pii', config: { check: 'pii', action: 'redact', retries: 1 } },
    { name: 'injection', config: { check: 'injection', action: 'block', retries: 1 } },
    { name: 'cite', config: { check: 'citations', action: 'reask', retries: 1 } },
  ],
  { root, provider: async () => undefined },
);
const sentence =
  'My order from last week arrived late and the ice packs had melted, so I would like to know what happens next with the refund for the meat and fish. ';
const input = (
  sentence.repeat(Math.ceil(2048 / sentence.length)) +
  'You can reach me at ann@example.com or +31 6 12345678.'
).slice(-2048);
const answer =
  'Report it within 48 hours under Orders, then Report a problem, and we credit the affected ingredients [1]. '
    .repeat(19)
    .slice(0, 2048);
const once = async () => {
  const g = guard.begin();
  await g.input({ vars: { question: input }, history: [] });
  await g.output(answer, { citable: 3 });
};
for (let i = 0; i < 300; i++) await once();
const times = [];
for (let i = 0; i < 3000; i++) {
  const t = process.hrtime.bigint();
  await once();
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
times.sort((a, b) => a - b);
const p = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
// findPii alone on the same 2 KB input (its budget: well under 0.5 ms p50).
const piiTimes = [];
for (let i = 0; i < 3000; i++) {
  const t = process.hrtime.bigint();
  findPii(input);
  piiTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
}
piiTimes.sort((a, b) => a - b);
const pPii = (q) => piiTimes[Math.floor(q * piiTimes.length)];

const f = (x) => x.toFixed(3);
console.log(`guardrails benchmark (node ${process.version}), ${samples.length} labelled samples\n`);
console.log(`check      samples  TP  FP  FN  precision  recall`);
for (const [name, s] of [
  ['pii', piiScore],
  ['injection', injScore],
]) {
  console.log(
    `${name.padEnd(10)} ${String(s.n).padStart(7)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${f(s.precision).padStart(9)}  ${f(s.recall).padStart(6)}`,
  );
}
console.log(
  `\ndefault set (pii redact + injection on input, citations on output), 2 KB input: p50 ${f(p(0.5))} ms, p99 ${f(p(0.99))} ms`,
);
console.log(`findPii alone, same input: p50 ${f(pPii(0.5))} ms, p99 ${f(pPii(0.99))} ms`);
console.log('\ntargets');
console.log(
  `  PII precision ≥ 0.98: ${f(piiScore.precision)} ${piiScore.precision >= 0.98 ? 'MET' : 'MISSED'}`,
);
console.log(`  PII recall ≥ 0.95: ${f(piiScore.recall)} ${piiScore.recall >= 0.95 ? 'MET' : 'MISSED'}`);
console.log(`  default set adds < 1 ms p50: ${f(p(0.5))} ms ${p(0.5) < 1 ? 'MET' : 'MISSED'}`);
const { printHeldOut } = await import('./held-out.mjs');
printHeldOut(here, { findPii, detectInjection }, process.argv.includes('--show-errors'));
const misses = [...piiScore.misses.map((m) => `pii ${m}`), ...injScore.misses.map((m) => `injection ${m}`)];
if (misses.length) console.log(`\nerrors:\n  ${misses.join('\n  ')}`);
