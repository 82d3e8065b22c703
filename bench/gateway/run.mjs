#!/usr/bin/env node
// Gateway benchmark: the time tandem serve adds over calling an OpenAI-compatible upstream directly, and its
// throughput, side by side with @portkey-ai/gateway 1.15.2 proxying the same upstream, in one run on loopback.
// tandem runs with a virtual key (rate limit and budget checked, spend charged) and tracing on; it is
// measured calling the provider and a route over it (retries and a timeout), both relayed byte for byte.
// Usage: npm run bench:gateway [-- --n 3000 --seconds 4]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { ensurePeer } from '../peers.mjs';
import { cpuMs, freePort, percentile as pct, startProcess as start } from '../processes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback;
const N = arg('n', 3000); // sequential requests per target for latency
const SECONDS = arg('seconds', 4); // per throughput measurement
const CONCURRENCY = 32;
// --profile DIR: tandem serve writes a V8 CPU profile there (open it in Chrome DevTools); --only tandem skips peers.
const flag = (name) =>
  process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined;
const PROFILE = flag('profile');
const ONLY = flag('only');
const STREAM_ONLY = flag('stream');
const body = (stream, api) =>
  JSON.stringify(
    api === 'responses'
      ? { model: 'MODEL', input: 'Say hello.', ...(stream ? { stream: true } : {}) }
      : {
          model: 'MODEL',
          messages: [{ role: 'user', content: 'Say hello.' }],
          ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
        },
  );

/** One request: [total ms, ms to the first body byte]. */
async function once(pool, target, stream) {
  const t0 = performance.now();
  const res = await pool.request({
    path: target.api === 'responses' ? '/v1/responses' : '/v1/chat/completions',
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: body(stream, target.api).replace('MODEL', target.model),
  });
  let first = 0;
  let text = '';
  for await (const chunk of res.body) {
    if (!first) first = performance.now() - t0;
    text += chunk;
  }
  if (
    res.statusCode !== 200 ||
    (stream
      ? !text.includes(target.api === 'responses' ? 'response.completed' : '[DONE]')
      : !text.includes('Hello from the upstream'))
  )
    throw new Error(`${target.name}: ${res.statusCode} ${text.slice(0, 300)}`);
  return [performance.now() - t0, first];
}

/**
 * Sequential requests (concurrency 1) to each target, interleaved in blocks of 50, so they see the same
 * machine conditions (CPU frequency, noise) and "added" compares like with like.
 */
async function latencies(targets, stream) {
  const BLOCK = 50;
  const pools = targets.map((t) => new Pool(t.url, { connections: 1, pipelining: 1 }));
  const samples = targets.map(() => ({ total: [], first: [] }));
  for (const [k, t] of targets.entries()) for (let i = 0; i < 300; i++) await once(pools[k], t, stream); // warm-up
  for (let done = 0; done < N; done += BLOCK) {
    for (const [k, t] of targets.entries()) {
      for (let i = 0; i < Math.min(BLOCK, N - done); i++) {
        const [total, first] = await once(pools[k], t, stream);
        samples[k].total.push(total);
        samples[k].first.push(first);
      }
    }
  }
  await Promise.all(pools.map((p) => p.close()));
  return Object.fromEntries(
    targets.map((t, k) => [
      t.name,
      { p50: pct(samples[k].total, 50), p99: pct(samples[k].total, 99), ttfb50: pct(samples[k].first, 50) },
    ]),
  );
}

async function throughput(target, stream) {
  const pool = new Pool(target.url, { connections: CONCURRENCY, pipelining: 1 });
  const run = async (ms) => {
    const end = performance.now() + ms;
    let done = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < end) {
          await once(pool, target, stream);
          done++;
        }
      }),
    );
    return done;
  };
  await run(500); // warm-up
  const cpu0 = target.pid ? cpuMs(target.pid) : undefined;
  const done = await run(SECONDS * 1000);
  const cpu1 = target.pid ? cpuMs(target.pid) : undefined;
  await pool.close();
  // CPU time the gateway process spent per request: steadier than req/s on a shared machine.
  const cpuPerReq = cpu0 !== undefined && cpu1 !== undefined ? (cpu1 - cpu0) / done : undefined;
  return { rps: done / SECONDS, cpuPerReq };
}

async function main() {
  const portkeyDir = ensurePeer(
    'portkey',
    { '@portkey-ai/gateway': '1.15.2' },
    { '@hono/node-server': '1.14.1' },
  );
  if (!existsSync(join(root, 'dist', 'cli', 'main.js')))
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

  const upPort = await start(
    process.execPath,
    [join(here, 'upstream.mjs'), '0'],
    {},
    (o) => /^(\d+)$/m.exec(o)?.[1],
  );
  const upstream = `http://127.0.0.1:${upPort}`;

  const project = mkdtempSync(join(tmpdir(), 'tandem-bench-gateway-'));
  writeFileSync(
    join(project, 'tandem.yaml'),
    `providers:\n  up: { type: openai, model: gpt-4o-mini, apiKey: sk-bench, baseUrl: ${upstream}/v1 }\nroutes:\n  main: { targets: [up], retry: { attempts: 2 }, timeoutMs: 30000 }\n`,
  );
  const bin = join(root, 'bin', 'tandem.js');
  const created = execFileSync(
    process.execPath,
    [
      bin,
      'keys',
      'create',
      '--name',
      'bench',
      '--rpm',
      '100000000',
      '--tpm',
      '10000000000',
      '--budget-usd-day',
      '1000000',
    ],
    { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  const secret = /tdm_[\w-]+/.exec(created)[0];
  const tandemStart = start(
    process.execPath,
    [...(PROFILE ? ['--cpu-prof', '--cpu-prof-dir', PROFILE] : []), bin, 'serve', '--port', '0'],
    { cwd: project, env: { ...process.env, NO_COLOR: '1' } },
    (o) => /http:\/\/127\.0\.0\.1:\d+/.exec(o)?.[0],
  );
  const tandemUrl = await tandemStart;
  const tandemPid = tandemStart.child.pid;
  const pkPort = await freePort();
  const portkeyStart = start(
    process.execPath,
    [
      join(portkeyDir, 'node_modules', '@portkey-ai', 'gateway', 'build', 'start-server.js'),
      `--port=${pkPort}`,
      '--headless',
    ],
    { cwd: portkeyDir },
    (o) => o.includes('Ready for connections'),
  );
  await portkeyStart;
  const portkeyPid = portkeyStart.child.pid;

  const direct = {
    name: 'direct',
    url: upstream,
    model: 'gpt-4o-mini',
    headers: { authorization: 'Bearer sk-bench' },
  };
  const targets = [
    direct,
    {
      name: 'tandem',
      url: tandemUrl,
      model: 'up',
      headers: { authorization: `Bearer ${secret}` },
      pid: tandemPid,
    },
    // The Responses API on the same provider: translated to its Chat Completions and back.
    {
      name: 'tandem-responses',
      api: 'responses',
      url: tandemUrl,
      model: 'up',
      headers: { authorization: `Bearer ${secret}` },
      pid: tandemPid,
    },
    // The same upstream behind a route (retries, a timeout): parsed and re-encoded rather than passed through.
    {
      name: 'tandem-route',
      url: tandemUrl,
      model: 'main',
      headers: { authorization: `Bearer ${secret}` },
      pid: tandemPid,
    },
    {
      name: 'portkey',
      url: `http://127.0.0.1:${pkPort}`,
      model: 'gpt-4o-mini',
      headers: {
        authorization: 'Bearer sk-bench',
        'x-portkey-provider': 'openai',
        'x-portkey-custom-host': `${upstream}/v1`,
      },
      pid: portkeyPid,
    },
  ];

  console.log(
    `gateway benchmark: ${N} sequential requests per target (interleaved in blocks of 50), ${SECONDS} s at concurrency ${CONCURRENCY}\n`,
  );
  const active = ONLY ? targets.filter((t) => t.name === 'direct' || t.name.startsWith(ONLY)) : targets;
  const modes = STREAM_ONLY === undefined ? [false, true] : [STREAM_ONLY === 'true'];
  for (const stream of modes) {
    // Each gateway is timed against its own interleaved direct baseline: mixing in another gateway's idle
    // gaps (Portkey's streams wait ~26 ms each) would let the CPUs idle and slow whoever comes next.
    const lat = {};
    for (const t of active.filter((x) => x.name !== 'direct')) {
      const pair = await latencies([direct, t], stream);
      lat[t.name] = { ...pair[t.name], base: pair.direct };
    }
    const rps = {};
    for (const t of active) rps[t.name] = await throughput(t, stream);
    const f = (x) => x.toFixed(3);
    console.log(stream ? 'streaming (SSE, 10 chunks + usage)' : 'non-streaming');
    for (const name of ['tandem', 'tandem-responses', 'tandem-route', 'portkey'].filter((n) => lat[n])) {
      const { base } = lat[name];
      const added50 = lat[name].p50 - base.p50;
      const added99 = lat[name].p99 - base.p99;
      const ttfb = lat[name].ttfb50 - base.ttfb50;
      const cpu = rps[name].cpuPerReq !== undefined ? `  CPU ${f(rps[name].cpuPerReq)} ms/req` : '';
      console.log(
        `  ${name.padEnd(16)} added p50 ${f(added50)} ms  added p99 ${f(added99)} ms${stream ? `  added TTFB p50 ${f(ttfb)} ms` : ''}  ${rps[name].rps.toFixed(0)} req/s at c=${CONCURRENCY}${cpu}`,
      );
    }
    const ratio = (a, b) => (rps[a] && rps[b] ? (rps[a].rps / rps[b].rps).toFixed(2) : '?');
    console.log(
      `  direct           p50 ${f(lat.tandem.base.p50)} ms  p99 ${f(lat.tandem.base.p99)} ms (beside tandem)  ${rps.direct.rps.toFixed(0)} req/s\n  tandem/portkey throughput: ${ratio('tandem', 'portkey')}x (through a route ${ratio('tandem-route', 'portkey')}x, Responses API ${ratio('tandem-responses', 'portkey')}x)  (target ≥ 4x); Responses/Chat Completions through tandem: ${ratio('tandem-responses', 'tandem')}x; tandem added p50 target < 0.35 ms${stream ? ', added TTFB < 1 ms' : ''}\n`,
    );
  }
  if (PROFILE) {
    // A profile is written when the process exits on its own: ask politely, then wait for it.
    tandemStart.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 3000));
    console.log(`CPU profile written to ${PROFILE}`);
  }
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
