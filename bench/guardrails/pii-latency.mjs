#!/usr/bin/env node
// Latency of findPii alone on a 2 KB input (ordinary prose with an e-mail and a phone number at the end),
// p50 and p99 over 5000 runs after a warm-up. Usage: npm run build && node bench/guardrails/pii-latency.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { findPii } = await import(pathToFileURL(join(root, 'dist', 'guardrails', 'index.js')).href);
const sentence =
  'My order 2025-118834 from 14.11.2025 arrived late and the ice packs had melted, version 2.1.0.3 of the app says 49.99 EUR. ';
const input = (
  sentence.repeat(Math.ceil(2048 / sentence.length)) +
  'You can reach me at ann@example.com or +31 6 12345678, tel. 020 7946 0155.'
).slice(-2048);
for (let i = 0; i < 500; i++) findPii(input);
const times = [];
const cpu = process.cpuUsage();
for (let i = 0; i < 5000; i++) {
  const t = process.hrtime.bigint();
  findPii(input);
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
// CPU time per call: on a shared machine the wall-clock p99 mostly measures the other processes.
const { user, system } = process.cpuUsage(cpu);
times.sort((a, b) => a - b);
const p = (q) => times[Math.floor(q * times.length)].toFixed(3);
console.log(
  `findPii on ${input.length} chars: p50 ${p(0.5)} ms, p99 ${p(0.99)} ms wall; ${((user + system) / 5000 / 1000).toFixed(3)} ms CPU per call; ${findPii(input).length} findings`,
);
