#!/usr/bin/env node
// Scale-out benchmark (npm run bench:scale), in one run on this machine: gateway req/s and added latency on
// SQLite, PostgreSQL and PostgreSQL + Redis; eval throughput with 1, 2 and 4 workers against an upstream that
// answers in 200 ms; trace queries on 1 and 10 million stored traces on both stores, and storage per million.
// Needs PostgreSQL and Redis (TANDEM_BENCH_PG, default postgres://postgres@127.0.0.1:5432/test; TANDEM_BENCH_REDIS,
// default redis://127.0.0.1:6379/13, flushed first).
// Usage: npm run bench:scale [-- --only gateway,eval,traces --traces 1000000,10000000 --samples 800,3200 --per-worker 4
//        --n 1000 --seconds 4 --concurrency 16]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import postgres from 'postgres';
import { evalWorkers } from './eval-workers.mjs';
import { gatewayTiers } from './gateway-tiers.mjs';
import { traceQueries } from './trace-queries.mjs';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'tandem.js');
const arg = (name, fallback) =>
  process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback;
const only = arg('only', 'gateway,eval,traces').split(',');
const unknown = only.filter((o) => !['gateway', 'eval', 'traces'].includes(o));
if (unknown.length) {
  console.error(`--only takes gateway, eval and traces (comma-separated), not ${unknown.join(', ')}`);
  process.exit(2);
}
const pgUrl = process.env.TANDEM_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.TANDEM_BENCH_REDIS ?? 'redis://127.0.0.1:6379/13';

async function prepare() {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js')))
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  await redis.flushdb();
  redis.disconnect();
  const sql = postgres(pgUrl, { onnotice: () => {} });
  for (const schema of ['bench_scale_gw_pg', 'bench_scale_gw_pgr'])
    await sql.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await sql.end();
}

async function main() {
  await prepare();
  if (only.includes('gateway'))
    await gatewayTiers({
      bin,
      pgUrl,
      redisUrl,
      n: Number(arg('n', 1000)),
      seconds: Number(arg('seconds', 4)),
      concurrency: Number(arg('concurrency', 16)),
    });
  if (only.includes('eval'))
    await evalWorkers({
      bin,
      redisUrl,
      sizes: arg('samples', '800,3200').split(',').map(Number),
      perWorker: Number(arg('per-worker', 4)),
    });
  if (only.includes('traces'))
    await traceQueries({ bin, pgUrl, sizes: arg('traces', '1000000,10000000').split(',').map(Number) });
  await prepare(); // leaves no schema or Redis key behind
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
