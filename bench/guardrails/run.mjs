#!/usr/bin/env node
// Guardrail quality and cost. Quality: precision and recall of the PII and injection checks with their
// default settings on the held-out sets in data/ (a development set that may be tuned on, and a test set
// written first and never tuned on), side by side; the targets are checked on the test set. Cost: the
// latency the default input set (PII redaction + injection) adds to a request with a 2 KB input.
// Usage: npm run bench:guardrails [-- --show-errors]   (errors are printed for the development set only)
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printHeldOut } from './held-out.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
// Always measure the source as it is now.
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
const { createGuard, rates } = await import(pathToFileURL(join(root, 'dist', 'guardrails', 'index.js')).href);

console.log(`guardrails benchmark (node ${process.version})`);
const figures = await printHeldOut(here, process.argv.includes('--show-errors'));

// Latency: the default input set on a 2 KB message with an e-mail address and a phone number in it.
const guard = createGuard(
  [
    { name: 'pii', config: { check: 'pii', action: 'redact', retries: 1 } },
    { name: 'injection', config: { check: 'injection', action: 'block', retries: 1 } },
  ],
  { root, provider: async () => undefined },
);
const sentence =
  'My order from last week arrived late and the ice packs had melted, so I would like to know what happens next with the refund for the meat and fish. ';
const input = (
  sentence.repeat(Math.ceil(2048 / sentence.length)) +
  'You can reach me at ann@example.com or +31 6 12345678.'
).slice(-2048);
const once = async () => guard.begin().input({ vars: { question: input }, history: [] });
for (let i = 0; i < 500; i++) await once();
const times = [];
const cpu = process.cpuUsage();
for (let i = 0; i < 3000; i++) {
  const t = process.hrtime.bigint();
  await once();
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const cpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1e3 / times.length;
times.sort((a, b) => a - b);
const p = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];

const f = (x) => x.toFixed(3);
const check = (label, value, target, atLeast = true) =>
  console.log(
    `  ${label.padEnd(44)} ${Number.isNaN(value) ? '  n/a' : f(value)}  ${(atLeast ? value >= target : value < target) ? 'MET' : 'MISSED'}`,
  );
console.log(
  `\ndefault input set (pii redact + injection), 2 KB input: p50 ${f(p(0.5))} ms, p99 ${f(p(0.99))} ms, ${f(cpuMs)} ms CPU per request`,
);
console.log('\ntargets (test set, default settings)');
const injTest = figures.injection.test;
for (const key of ['all', 'on user', 'on retrieved']) {
  const r = rates(injTest.metrics.rows[key]);
  check(`injection ${key}: precision ≥ 0.90`, r.precision, 0.9);
  check(`injection ${key}: recall ≥ 0.85`, r.recall, 0.85);
}
const piiTest = figures.pii.test;
for (const kind of Object.keys(piiTest.metrics.spans).sort()) {
  const r = rates(piiTest.metrics.spans[kind]);
  check(`pii ${kind}: span precision ≥ 0.97`, r.precision, 0.97);
  check(`pii ${kind}: span recall ≥ 0.95`, r.recall, 0.95);
}
check('default input set p50 < 1 ms', p(0.5), 1, false);
check('default input set p99 < 5 ms', p(0.99), 5, false);
