#!/usr/bin/env node
// Start-up benchmark: `tandem --version` and `tandem run` (echo provider) against `promptfoo --version`,
// timed side by side in one run. promptfoo is installed by the benchmark into bench/.peers, never as a project
// dependency. Usage: npm run bench:startup [-- --runs 15]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePeer } from '../peers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const PROMPTFOO = '0.121.20'; // the newest promptfoo that runs on Node 20
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;

function ensurePromptfoo() {
  return join(ensurePeer('promptfoo', { promptfoo: PROMPTFOO }), 'node_modules', '.bin', 'promptfoo');
}

function ensureBuilt() {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js')))
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

function echoProject() {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-startup-'));
  mkdirSync(join(dir, 'prompts'));
  writeFileSync(
    join(dir, 'tandem.yaml'),
    'providers:\n  echo: { type: echo }\napps:\n  hello:\n    prompt: hello\n    route: echo\n',
  );
  writeFileSync(
    join(dir, 'prompts', 'hello.prompt'),
    '---\ninput:\n  schema:\n    name: string\n---\nHello {{name}}!\n',
  );
  return dir;
}

// Median wall time of `runs` executions, after one warm-up (file cache).
function time(cmd, args, opts = {}) {
  const once = () => {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', PROMPTFOO_DISABLE_TELEMETRY: '1', PROMPTFOO_DISABLE_UPDATE: '1' },
      ...opts,
    });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
    return ms;
  };
  once();
  const samples = Array.from({ length: runs }, once).sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0], max: samples.at(-1) };
}

ensureBuilt();
const promptfoo = ensurePromptfoo();
const tandem = join(root, 'bin', 'tandem.js');
const project = echoProject();

const rows = [
  ['promptfoo --version', time(process.execPath, [promptfoo, '--version'])],
  ['tandem --version', time(process.execPath, [tandem, '--version'])],
  [
    'tandem run hello (echo)',
    time(process.execPath, [tandem, 'run', 'hello', '--var', 'name=bench', '--no-cache'], { cwd: project }),
  ],
];
const base = rows[0][1].median;
console.log(`\nstart-up, median of ${runs} runs (node ${process.version})\n`);
console.log(
  `${'command'.padEnd(26)} ${'median ms'.padStart(10)} ${'min'.padStart(8)} ${'max'.padStart(8)}  vs promptfoo --version`,
);
for (const [name, t] of rows) {
  console.log(
    `${name.padEnd(26)} ${t.median.toFixed(1).padStart(10)} ${t.min.toFixed(1).padStart(8)} ${t.max.toFixed(1).padStart(8)}  ${(t.median / base).toFixed(3)}x`,
  );
}
const target = 0.15;
const ratio = rows[1][1].median / base;
console.log(
  `\ntarget: tandem --version at most ${target}x promptfoo --version → ${ratio.toFixed(3)}x ${ratio <= target ? 'MET' : 'MISSED'}`,
);
