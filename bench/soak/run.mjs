#!/usr/bin/env node
// Soak: at least 200,000 requests (half streamed) through `tandem serve` with a virtual key and tracing on,
// against a local upstream on loopback. Checks that the server's RSS after warm-up grows by less than 10%
// and that no request is lost: every request answers 200 in full, and after SIGTERM the store holds one
// trace per request. Bounded and local; not part of `npm test`. Usage: npm run bench:soak [-- --requests 200000]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { Pool } from 'undici';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback;
const TOTAL = arg('requests', 200_000);
const WARMUP = Math.min(20_000, Math.floor(TOTAL / 10));
const CONCURRENCY = 32;
const SAMPLE_EVERY = 1000; // requests between RSS readings
const MODE = process.argv.includes('--stream-only')
  ? 'stream'
  : process.argv.includes('--json-only')
    ? 'json'
    : 'mixed';
const children = [];
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

function start(args, opts, ready) {
  const child = spawn(process.execPath, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  const value = new Promise((resolve, reject) => {
    const onData = (d) => {
      out += d;
      const v = ready(out);
      if (v) resolve(v);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  return { child, value };
}

const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

async function main() {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js')))
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const up = start([join(here, '..', 'gateway', 'upstream.mjs'), '0'], {}, (o) => /^(\d+)$/m.exec(o)?.[1]);
  const upstream = `http://127.0.0.1:${await up.value}`;
  const project = mkdtempSync(join(tmpdir(), 'tandem-soak-'));
  writeFileSync(
    join(project, 'tandem.yaml'),
    `providers:\n  up: { type: openai, model: gpt-4o-mini, apiKey: sk-soak, baseUrl: ${upstream}/v1 }\n`,
  );
  const bin = join(root, 'bin', 'tandem.js');
  const env = { ...process.env, NO_COLOR: '1' };
  const created = execFileSync(
    process.execPath,
    [bin, 'keys', 'create', '--name', 'soak', '--rpm', '100000000', '--budget-usd-day', '1000000'],
    { cwd: project, encoding: 'utf8', env },
  );
  const secret = /tdm_[\w-]+/.exec(created)[0];
  const serve = start(
    [bin, 'serve', '--port', '0'],
    { cwd: project, env },
    (o) => /http:\/\/127\.0\.0\.1:\d+/.exec(o)?.[0],
  );
  const url = await serve.value;
  const pool = new Pool(url, { connections: CONCURRENCY });
  const bodies = [false, true].map((stream) =>
    JSON.stringify({
      model: 'up',
      messages: [{ role: 'user', content: 'Say hello.' }],
      ...(stream ? { stream } : {}),
    }),
  );
  let sent = 0;
  let ok = 0;
  let failed = 0;
  const rss = []; // [requests so far, MB]
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < TOTAL) {
        const i = sent++;
        const stream = MODE === 'stream' ? true : MODE === 'json' ? false : i % 2 === 1;
        try {
          const res = await pool.request({
            path: '/v1/chat/completions',
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
            body: bodies[stream ? 1 : 0],
          });
          const text = await res.body.text();
          if (
            res.statusCode === 200 &&
            (stream ? text.endsWith('data: [DONE]\n\n') : text.includes('"usage"'))
          )
            ok++;
          else failed++;
        } catch {
          failed++;
        }
        if (i >= WARMUP && i % SAMPLE_EVERY === 0) rss.push([i, rssMb(serve.child.pid)]);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  rss.push([TOTAL, rssMb(serve.child.pid)]);
  await pool.close();
  const exited = new Promise((r) => serve.child.on('exit', r));
  serve.child.kill('SIGTERM');
  await exited;
  const db = new Database(join(project, '.tandem', 'tandem.db'), { readonly: true });
  const traces = db.prepare('SELECT COUNT(*) AS n FROM traces').get().n;
  const spend = db.prepare('SELECT SUM(requests) AS n FROM key_spend').get().n;
  db.close();
  // RSS saws up and down by ~20% with the garbage collector, so two single readings mostly measure where in
  // the sawtooth they fell. A leak shows as the level rising: compare the median of the first quarter of
  // the samples after warm-up with the median of the last quarter.
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const quarter = Math.max(1, Math.floor(rss.length / 4));
  const rssStart = median(rss.slice(0, quarter).map(([, mb]) => mb));
  const rssEnd = median(rss.slice(-quarter).map(([, mb]) => mb));
  const rssMax = Math.max(...rss.map(([, mb]) => mb));
  const growth = (rssEnd - rssStart) / rssStart;
  console.log(
    `soak: ${TOTAL} requests (half streamed) at concurrency ${CONCURRENCY} in ${seconds.toFixed(1)} s (${(TOTAL / seconds).toFixed(0)} req/s)`,
  );
  console.log(`  answered in full: ${ok}, failed: ${failed}`);
  console.log(`  traces stored: ${traces}, requests charged to the key: ${spend}`);
  console.log(
    `  server RSS (${rss.length} samples after a ${WARMUP}-request warm-up): median of the first quarter ${rssStart.toFixed(1)} MB, of the last quarter ${rssEnd.toFixed(1)} MB, peak ${rssMax.toFixed(1)} MB: growth ${(growth * 100).toFixed(1)}% (target < 10%)`,
  );
  const pass = failed === 0 && ok === TOTAL && traces === TOTAL && spend === TOTAL && growth < 0.1;
  console.log(pass ? 'PASS' : 'FAIL');
  process.exit(pass ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
