// Gateway tiers: req/s and added latency of `tandem serve` (a virtual key with limits and a budget, tracing
// on) on SQLite, on PostgreSQL, and on PostgreSQL + Redis (rate windows, budgets, cache and revocation shared
// through Redis), each beside the upstream called directly, in one run on loopback.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { cpuMs, percentile, startProcess } from '../processes.mjs';

const BODY = JSON.stringify({ model: 'up', messages: [{ role: 'user', content: 'Say hello.' }] });

/** The tiers' environments: which store and Redis each `tandem serve` uses. */
export function tiers({ pgUrl, redisUrl }) {
  return [
    { name: 'sqlite', env: {} },
    { name: 'postgres', env: { TANDEM_STORE: `${pgUrl}?schema=bench_scale_gw_pg` } },
    {
      name: 'postgres+redis',
      env: { TANDEM_STORE: `${pgUrl}?schema=bench_scale_gw_pgr`, TANDEM_REDIS: redisUrl },
    },
  ];
}

// A project of its own per tier, a key created in the tier's store, and the server started on it.
async function startTier(bin, upstream, tier) {
  const project = mkdtempSync(join(tmpdir(), `tandem-bench-scale-${tier.name.replace('+', '-')}-`));
  writeFileSync(
    join(project, 'tandem.yaml'),
    `providers:\n  up: { type: openai, model: gpt-4o-mini, apiKey: sk-bench, baseUrl: ${upstream}/v1 }\n`,
  );
  const env = { ...process.env, ...tier.env, NO_COLOR: '1' };
  const created = execFileSync(
    process.execPath,
    [bin, 'keys', 'create', '--name', `bench-${Date.now()}`, '--rpm', '100000000', '--tpm', '10000000000'],
    { cwd: project, encoding: 'utf8', env },
  );
  const secret = /tdm_[\w-]+/.exec(created)[0];
  const started = startProcess(
    process.execPath,
    [bin, 'serve', '--port', '0'],
    { cwd: project, env },
    (o) => /http:\/\/127\.0\.0\.1:\d+/.exec(o)?.[0],
  );
  const url = await started;
  return { ...tier, url, pid: started.child.pid, headers: { authorization: `Bearer ${secret}` } };
}

async function once(pool, target) {
  const t0 = performance.now();
  const res = await pool.request({
    path: '/v1/chat/completions',
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.model ? BODY.replace('"up"', JSON.stringify(target.model)) : BODY,
  });
  const text = await res.body.text();
  if (res.statusCode !== 200 || !text.includes('Hello from the upstream'))
    throw new Error(`${target.name}: ${res.statusCode} ${text.slice(0, 300)}`);
  return performance.now() - t0;
}

// Sequential requests, interleaved in blocks of 50 across targets so each sees the same machine conditions.
async function latencies(targets, n) {
  const pools = targets.map((t) => new Pool(t.url, { connections: 1 }));
  const samples = targets.map(() => []);
  for (const [k, t] of targets.entries()) for (let i = 0; i < 200; i++) await once(pools[k], t);
  for (let done = 0; done < n; done += 50)
    for (const [k, t] of targets.entries())
      for (let i = 0; i < Math.min(50, n - done); i++) samples[k].push(await once(pools[k], t));
  await Promise.all(pools.map((p) => p.close()));
  return samples.map((s) => ({ p50: percentile(s, 50), p99: percentile(s, 99) }));
}

async function throughput(target, seconds, concurrency) {
  const pool = new Pool(target.url, { connections: concurrency });
  const run = async (ms) => {
    const end = performance.now() + ms;
    let done = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (; performance.now() < end; done++) await once(pool, target);
      }),
    );
    return done;
  };
  await run(500);
  const cpu0 = target.pid ? cpuMs(target.pid) : undefined;
  const done = await run(seconds * 1000);
  const cpu1 = target.pid ? cpuMs(target.pid) : undefined;
  await pool.close();
  return { rps: done / seconds, cpuPerReq: cpu0 === undefined ? undefined : (cpu1 - cpu0) / done };
}

/** Runs the gateway section and prints its table. */
export async function gatewayTiers({ bin, pgUrl, redisUrl, n, seconds, concurrency }) {
  const upstreamPort = await startProcess(
    process.execPath,
    [join(import.meta.dirname, '..', 'gateway', 'upstream.mjs'), '0'],
    {},
    (o) => /^(\d+)$/m.exec(o)?.[1],
  );
  const upstream = `http://127.0.0.1:${upstreamPort}`;
  const direct = { name: 'direct', url: upstream, model: 'gpt-4o-mini', headers: {} };
  const servers = [];
  for (const t of tiers({ pgUrl, redisUrl })) servers.push(await startTier(bin, upstream, t));
  const targets = [direct, ...servers];
  const lat = await latencies(targets, n);
  const rps = [];
  for (const t of targets) rps.push(await throughput(t, seconds, concurrency));
  console.log(
    `\ngateway: POST /v1/chat/completions through tandem serve (a virtual key: rpm, tpm and spend checked; tracing on), upstream answering at once; ${n} sequential requests per target interleaved, then ${seconds} s at concurrency ${concurrency} each (node ${process.version})\n`,
  );
  console.log(
    `${'tier'.padEnd(16)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'added p50'.padStart(11)}${'req/s'.padStart(8)}${'vs sqlite'.padStart(11)}${'CPU ms/req'.padStart(12)}`,
  );
  const sqliteRps = rps[1].rps;
  for (const [k, t] of targets.entries()) {
    const added = k ? (lat[k].p50 - lat[0].p50).toFixed(3) : '';
    console.log(
      `${t.name.padEnd(16)}${lat[k].p50.toFixed(3).padStart(8)}${lat[k].p99.toFixed(3).padStart(8)}${added.padStart(11)}${rps[k].rps.toFixed(0).padStart(8)}${(k ? `${(rps[k].rps / sqliteRps).toFixed(2)}x` : '').padStart(11)}${(rps[k].cpuPerReq?.toFixed(3) ?? '').padStart(12)}`,
    );
  }
  return { lat, rps };
}
