#!/usr/bin/env node
// Retrains the injection classifier from training/injection/*.jsonl and writes
// src/guardrails/checks/injection/weights.json (the build copies it to dist). Deterministic: the same corpus
// gives the same file byte for byte. Usage: npm run train:injection
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
const lib = pathToFileURL(join(root, 'dist', 'guardrails', 'checks', 'injection', 'train-corpus.js')).href;
const { trainFromCorpus, modelFileText } = await import(lib);
const started = process.cpuUsage();
const file = trainFromCorpus(join(root, 'training', 'injection'));
const cpu = process.cpuUsage(started);
const out = join(root, 'src', 'guardrails', 'checks', 'injection', 'weights.json');
writeFileSync(out, modelFileText(file));
console.log(
  `trained on ${file.trainedOn.rows} rows (${file.trainedOn.injection} injection) in ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU; wrote ${out}`,
);
