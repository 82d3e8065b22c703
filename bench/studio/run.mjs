// bench:studio — how the studio holds up on large evals, on this machine, in one run:
//   - first-load JavaScript (compressed), against the 80 KB budget;
//   - time to a usable run page (the first rows of the case matrix on screen) for a run of 100,000 samples,
//     in Debian's Chromium, cold (the server's first read of the run) and warm; goal < 1 s;
//   - server time for a page of the case matrix (plain and filtered) and for a compare of two 10,000-case runs;
//   - beside it, `promptfoo view` opening an eval of the same size, when --peer is given (installed by this
//     benchmark into a temporary folder, never a dependency of tandem).
// Usage: npm run bench:studio [-- --samples 100000 --compare-cases 10000 --peer]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { percentile, startProcess, stopProcess } from '../processes.mjs';
import { promptfooView } from './promptfoo-peer.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'tandem.js');
const arg = (name, fallback) =>
  process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback;
const SAMPLES = Number(arg('samples', 100_000));
const COMPARE_CASES = Number(arg('compare-cases', 10_000));
const CHROMIUM = process.env.TANDEM_CHROMIUM ?? '/usr/bin/chromium';

/** A project whose suites are a JSONL dataset of `cases` questions, answered by the offline echo provider. */
function project() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tandem-studio-'));
  mkdirSync(join(dir, 'prompts'));
  mkdirSync(join(dir, 'tests'));
  writeFileSync(join(dir, 'tandem.yaml'), 'providers:\n  echo: { type: echo }\ndefaults: { route: echo }\n');
  writeFileSync(join(dir, 'prompts/p1.prompt'), 'Write one sentence about {{topic}}.\n');
  writeFileSync(join(dir, 'prompts/p2.prompt'), 'Explain {{topic}} in a sentence.\n');
  return dir;
}

function suite(dir, name, cases, variants) {
  const rows = Array.from({ length: cases }, (_, i) => JSON.stringify({ topic: `topic number ${i}` }));
  writeFileSync(join(dir, `tests/${name}.jsonl`), `${rows.join('\n')}\n`);
  const lines = ['prompt: p1'];
  if (variants === 2) lines.push('variants:', '  - name: p1', '  - name: p2', '    prompt: p2');
  // Every seventh case fails one check: the matrix has something to filter.
  lines.push(
    `dataset: { file: ${name}.jsonl }`,
    'defaults:',
    '  assert:',
    '    - { type: contains, value: sentence }',
    '    - { type: not-icontains, value: "number 7" }',
  );
  writeFileSync(join(dir, `tests/${name}.yaml`), `${lines.join('\n')}\n`);
}

function evalRun(dir, file) {
  const t0 = performance.now();
  try {
    execFileSync(process.execPath, [BIN, 'eval', file, '--no-cache', '-j', '16'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: 'ignore',
      maxBuffer: 1 << 26,
    });
  } catch {
    // A suite below its thresholds exits 1; the run is stored all the same.
  }
  return (performance.now() - t0) / 1000;
}

async function timed(url, n) {
  const times = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(url);
    const body = await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: ${res.status} ${Buffer.from(body).toString()}`);
    times.push(performance.now() - t0);
    bytes = body.byteLength;
  }
  return { first: times[0], p50: percentile(times.slice(1), 50), p95: percentile(times.slice(1), 95), bytes };
}

async function usableRunPage(base, runId, repeats) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const times = [];
  try {
    // Chromium's own first start (and its first new context) is not the studio's: a first visit to the runs
    // list, in a context of its own as every measured visit has, takes it.
    const warmContext = await browser.newContext();
    const warm = await warmContext.newPage();
    await warm.goto(`${base}/runs`);
    await warm.locator('table a').first().waitFor();
    await warmContext.close();
    for (let i = 0; i < repeats; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${base}/runs/${runId}`);
      await page.locator('.matrix tbody tr[aria-rowindex="2"] a').waitFor({ timeout: 30_000 });
      times.push(performance.now() - t0);
      // Scrolling to the middle of the run brings its rows in as fast.
      const t1 = performance.now();
      await page.locator('.matrix').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
      await page.locator('.matrix tbody tr[aria-rowindex] a').nth(12).waitFor();
      times.scroll = [...(times.scroll ?? []), performance.now() - t1];
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { cold: times[0], warm: percentile(times.slice(1), 50), scroll: percentile(times.scroll, 50) };
}

function firstLoadJs() {
  const html = readFileSync(join(ROOT, 'dist/studio/index.html'), 'utf8');
  const scripts = [...html.matchAll(/src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return scripts.reduce(
    (sum, s) => sum + gzipSync(readFileSync(join(ROOT, 'dist/studio', s)), { level: 9 }).length,
    0,
  );
}

const dir = project();
const bigCases = SAMPLES / 2;
suite(dir, 'big', bigCases, 2);
suite(dir, 'pair', COMPARE_CASES, 1);
process.stderr.write(`seeding: ${SAMPLES} samples (${bigCases} cases × 2 variants)…\n`);
const seedBig = evalRun(dir, 'tests/big.yaml');
process.stderr.write(`seeding: two runs of ${COMPARE_CASES} cases…\n`);
evalRun(dir, 'tests/pair.yaml');
evalRun(dir, 'tests/pair.yaml');

// A run's first read by a server that has not read it (`tandem serve`, or a run older than the newest three
// `tandem ui` reads at start): the run and its first page of cases, asked together as the run page does.
async function firstRead() {
  const serve = startProcess(
    process.execPath,
    [BIN, 'serve', '--port', '0'],
    { cwd: dir, env: { ...process.env, NO_COLOR: '1' } },
    (o) => /studio: (http:\/\/127\.0\.0\.1:\d+)\//.exec(o)?.[1],
  );
  const url = await serve;
  try {
    const runs = (await (await fetch(`${url}/api/runs`)).json()).data;
    const id = runs.find((r) => r.suite === 'tests/big.yaml').id;
    const t0 = performance.now();
    await Promise.all([
      fetch(`${url}/api/runs/${id}`).then((r) => r.arrayBuffer()),
      fetch(`${url}/api/runs/${id}/cases?offset=0&limit=100`).then((r) => r.arrayBuffer()),
    ]);
    return performance.now() - t0;
  } finally {
    await stopProcess(serve.child);
  }
}
const unread = await firstRead();

const server = startProcess(
  process.execPath,
  [BIN, 'ui', '--port', '0'],
  { cwd: dir, env: { ...process.env, NO_COLOR: '1' } },
  (o) => /tandem studio (http:\/\/127\.0\.0\.1:\d+)\//.exec(o)?.[1],
);
const base = await server;
try {
  const runs = (await (await fetch(`${base}/api/runs`)).json()).data;
  const big = runs.find((r) => r.suite === 'tests/big.yaml');
  const [pairB, pairA] = runs.filter((r) => r.suite === 'tests/pair.yaml');
  const page = await usableRunPage(base, big.id, 6);
  const plain = await timed(`${base}/api/runs/${big.id}/cases?offset=${bigCases / 2}&limit=100`, 21);
  const filtered = await timed(`${base}/api/runs/${big.id}/cases?status=fail&text=number%2042&limit=100`, 21);
  const samples = await timed(
    `${base}/api/runs/${big.id}/cases/${(await (await fetch(`${base}/api/runs/${big.id}/cases?limit=1`)).json()).rows[0].caseId}`,
    21,
  );
  const compare = await timed(`${base}/api/compare?a=${pairA.id}&b=${pairB.id}`, 11);
  const js = firstLoadJs();
  const peer = process.argv.includes('--peer') ? await promptfooView(SAMPLES, CHROMIUM) : undefined;

  const ms = (x) => (x === undefined ? 'n/a' : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
  console.log(
    `\nstudio: a run of ${SAMPLES.toLocaleString()} samples (${bigCases.toLocaleString()} cases × 2 variants, seeded in ${seedBig.toFixed(0)} s), two runs of ${COMPARE_CASES.toLocaleString()} cases; node ${process.version}, Chromium ${CHROMIUM}\n`,
  );
  console.log(
    `first-load JavaScript, gzip -9: ${(js / 1024).toFixed(1)} KB (budget 80 KB: ${js <= 80 * 1024 ? 'MET' : 'MISSED'})`,
  );
  console.log(
    `time to a usable run page (first matrix row on screen, from navigation): first visit after tandem ui started ${ms(page.cold)}, again p50 ${ms(page.warm)} (goal < 1 s: ${page.cold < 1000 ? 'MET' : 'MISSED'}); scrolling to the middle: ${ms(page.scroll)}`,
  );
  console.log(
    `a run the server has not read yet (tandem serve, or older than the newest three tandem ui reads at start): the run and its first page of cases take ${ms(unread)} of server time`,
  );
  console.log('\nserver time (loopback, whole response)            first      p50      p95     bytes');
  for (const [name, t] of [
    ['page of 100 cases, middle of the run', plain],
    ['page of 100 cases, status=fail + text filter', filtered],
    ['one case: its samples and definition', samples],
    [`compare two ${COMPARE_CASES.toLocaleString()}-case runs`, compare],
  ])
    console.log(
      `${name.padEnd(48)}${ms(t.first).padStart(8)} ${ms(t.p50).padStart(8)} ${ms(t.p95).padStart(8)} ${String(t.bytes).padStart(9)}`,
    );
  if (peer) {
    console.log(
      `\npromptfoo ${peer.version} view, the same ${SAMPLES.toLocaleString()} results imported: time to its results table on screen ${ms(peer.usable)}; first-load JavaScript ${(peer.js / 1024).toFixed(0)} KB gzip`,
    );
    console.log(
      `tandem vs promptfoo, time to a usable page: ${(peer.usable / page.cold).toFixed(1)}x faster (cold)`,
    );
  } else
    console.log(
      '\n(run with --peer to measure promptfoo view beside it; it installs promptfoo into a temporary folder)',
    );
} finally {
  await stopProcess(server.child);
}
