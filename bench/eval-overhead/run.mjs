#!/usr/bin/env node
// Eval harness overhead: tandem eval and promptfoo eval on the same generated suite (N cases, 2 prompts,
// 3 deterministic assertions each), against the same local OpenAI-compatible upstream that answers at once,
// results written to each tool's store as in a normal run. Prints wall time and peak RSS side by side.
// promptfoo is installed by the benchmark (bench/.peers), never as a project dependency.
// Then the memory series (memory.mjs): tandem's peak RSS at 5,000, 20,000 and 100,000 samples, offline.
// Usage: npm run bench:eval-overhead [-- --sizes 1000,5000 --concurrency 16]
//        [--only overhead|memory] [--memory-sizes 5000,20000,100000] [--memory-shapes repeats,dataset,cases]
//        [--tandem path/to/bin/tandem.js] (another build, e.g. a checkout of an older commit)
//        [--store postgres://…] (the memory series on that store, via TANDEM_STORE)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePeer } from '../peers.mjs';
import { memorySeries } from './memory.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const arg = (name, fallback) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback;
const sizes = arg('--sizes', '1000,5000').split(',').map(Number);
const concurrency = Number(arg('--concurrency', '16'));
const PROMPTFOO = '0.121.20'; // the newest promptfoo that runs on Node 20
const only = arg('--only', 'all');
if (!['all', 'overhead', 'memory'].includes(only)) throw new Error('--only takes overhead or memory');
const tandemBin = arg('--tandem', join(root, 'bin', 'tandem.js'));

// The upstream: Chat Completions, answers at once; counts requests so both tools are seen to call it.
function startUpstream() {
  let requests = 0;
  const body = JSON.stringify({
    id: 'chatcmpl-bench',
    object: 'chat.completion',
    created: 1700000000,
    model: 'gpt-4o-mini',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: 'The answer is 42, and the sky is blue.' },
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 20, completion_tokens: 12, total_tokens: 32 },
  });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/v1`,
        count: () => requests,
        close: () => server.close(),
      }),
    ),
  );
}

const ASSERT = [
  { type: 'contains', value: 'answer' },
  { type: 'icontains', value: 'SKY' },
  { type: 'regex', value: '\\d+' },
];

function tandemProject(n, url) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tandem-'));
  mkdirSync(join(dir, 'prompts'));
  mkdirSync(join(dir, 'tests'));
  writeFileSync(
    join(dir, 'tandem.yaml'),
    `providers:\n  openai: { type: openai, model: gpt-4o-mini, baseUrl: ${url}, apiKey: sk-bench }\ndefaults: { route: openai }\n`,
  );
  writeFileSync(join(dir, 'prompts/p1.prompt'), 'Write one sentence about {{topic}}.\n');
  writeFileSync(join(dir, 'prompts/p2.prompt'), 'Explain {{topic}} to a child in one sentence.\n');
  const cases = Array.from({ length: n }, (_, i) => `  - vars: { topic: "topic number ${i}" }`).join('\n');
  const asserts = ASSERT.map((a) => `    - { type: ${a.type}, value: ${JSON.stringify(a.value)} }`).join(
    '\n',
  );
  writeFileSync(
    join(dir, 'tests/bench.yaml'),
    `prompt: p1\nvariants:\n  - name: p1\n  - name: p2\n    prompt: p2\ndefaults:\n  assert:\n${asserts}\ncases:\n${cases}\n`,
  );
  return dir;
}

function promptfooProject(n, url) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-promptfoo-'));
  writeFileSync(join(dir, 'p1.txt'), 'Write one sentence about {{topic}}.\n');
  writeFileSync(join(dir, 'p2.txt'), 'Explain {{topic}} to a child in one sentence.\n');
  const tests = Array.from({ length: n }, (_, i) => ({ vars: { topic: `topic number ${i}` } }));
  writeFileSync(join(dir, 'tests.json'), JSON.stringify(tests));
  writeFileSync(
    join(dir, 'promptfooconfig.yaml'),
    `prompts:\n  - file://p1.txt\n  - file://p2.txt\nproviders:\n  - id: openai:chat:gpt-4o-mini\n    config:\n      apiBaseUrl: ${url}\n      apiKey: sk-bench\ndefaultTest:\n  assert:\n${ASSERT.map((a) => `    - type: ${a.type}\n      value: ${JSON.stringify(a.value)}`).join('\n')}\ntests: file://tests.json\n`,
  );
  return dir;
}

// Wall time and peak RSS of a command, via GNU time.
function measure(cmd, args, opts) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', '__RSS_KB__ %M', cmd, ...args], {
      ...opts,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const rss = Number(err.match(/__RSS_KB__ (\d+)/)?.[1] ?? 0);
      if (code !== 0 && code !== 100 && code !== 1)
        return reject(
          new Error(`${cmd} ${args.join(' ')} exited ${code}\n${err.slice(-2000)}\n${out.slice(-2000)}`),
        );
      resolve({ wallMs, rssMb: rss / 1024, out, err });
    });
  });
}

if (!existsSync(join(root, 'dist', 'cli', 'main.js')))
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (only !== 'memory') await overhead();
if (only !== 'overhead') {
  await memorySeries({
    bin: tandemBin,
    sizes: arg('--memory-sizes', '5000,20000,100000').split(',').map(Number),
    shapes: arg('--memory-shapes', 'repeats,dataset,cases').split(','),
    store: arg('--store', undefined),
    label: process.argv.includes('--tandem') ? `tandem at ${tandemBin}` : undefined,
  });
}

async function overhead() {
  const promptfoo = join(
    ensurePeer('promptfoo', { promptfoo: PROMPTFOO }),
    'node_modules',
    '.bin',
    'promptfoo',
  );
  const upstream = await startUpstream();
  const rows = [];
  try {
    for (const n of sizes) {
      const tDir = tandemProject(n, upstream.url);
      let before = upstream.count();
      const t = await measure(
        process.execPath,
        [tandemBin, 'eval', '--no-cache', '-j', String(concurrency)],
        { cwd: tDir, env: { ...process.env, NO_COLOR: '1' } },
      );
      const tCalls = upstream.count() - before;
      if (!/p1 +100\.0%/.test(t.out) || !/p2 +100\.0%/.test(t.out))
        throw new Error(`tandem did not pass every case:\n${t.out.slice(0, 2000)}`);
      const pDir = promptfooProject(n, upstream.url);
      const pfHome = mkdtempSync(join(tmpdir(), 'bench-promptfoo-home-'));
      before = upstream.count();
      const p = await measure(
        process.execPath,
        [
          promptfoo,
          'eval',
          '-c',
          'promptfooconfig.yaml',
          '--no-cache',
          '-j',
          String(concurrency),
          '--no-progress-bar',
          '--no-table',
        ],
        {
          cwd: pDir,
          env: {
            ...process.env,
            PROMPTFOO_CONFIG_DIR: pfHome,
            PROMPTFOO_DISABLE_TELEMETRY: '1',
            PROMPTFOO_DISABLE_UPDATE: '1',
            PROMPTFOO_DISABLE_REDTEAM_REMOTE_GENERATION: '1',
            NO_COLOR: '1',
          },
        },
      );
      const pCalls = upstream.count() - before;
      rows.push({ n, t, p, tCalls, pCalls });
    }
  } finally {
    upstream.close();
  }

  console.log(
    `\neval overhead: N cases × 2 prompts × 3 assertions, -j ${concurrency}, instant local upstream (node ${process.version})\n`,
  );
  console.log(
    `${'N'.padEnd(7)}${'tool'.padEnd(12)}${'calls'.padStart(8)}${'wall s'.padStart(10)}${'peak RSS MB'.padStart(14)}${'wall ratio'.padStart(12)}${'RSS ratio'.padStart(11)}`,
  );
  for (const r of rows) {
    console.log(
      `${String(r.n).padEnd(7)}${'promptfoo'.padEnd(12)}${String(r.pCalls).padStart(8)}${(r.p.wallMs / 1000).toFixed(2).padStart(10)}${r.p.rssMb.toFixed(0).padStart(14)}${'1.000x'.padStart(12)}${'1.000x'.padStart(11)}`,
    );
    console.log(
      `${''.padEnd(7)}${'tandem'.padEnd(12)}${String(r.tCalls).padStart(8)}${(r.t.wallMs / 1000).toFixed(2).padStart(10)}${r.t.rssMb.toFixed(0).padStart(14)}${`${(r.t.wallMs / r.p.wallMs).toFixed(3)}x`.padStart(12)}${`${(r.t.rssMb / r.p.rssMb).toFixed(3)}x`.padStart(11)}`,
    );
  }
  const big = rows.find((r) => r.n === 5000) ?? rows.at(-1);
  const wall = big.t.wallMs / big.p.wallMs;
  const rss = big.t.rssMb / big.p.rssMb;
  console.log(
    `\ntargets at N = ${big.n}: wall ≤ 0.10x → ${wall.toFixed(3)}x ${wall <= 0.1 ? 'MET' : 'MISSED'}; peak RSS ≤ 0.33x → ${rss.toFixed(3)}x ${rss <= 0.33 ? 'MET' : 'MISSED'}`,
  );
}
