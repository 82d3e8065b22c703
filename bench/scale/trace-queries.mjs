// Trace queries: `GET /api/traces` with filters and a page of 50, against `tandem serve` on a store holding
// 1,000,000 and 10,000,000 traces, on SQLite and on PostgreSQL; and the storage each million traces takes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { Pool } from 'undici';
import { percentile, startProcess, stopProcess } from '../processes.mjs';
import { DAY_MS, NAMES, postgresBytes, seedPostgres, seedSqlite } from './seed-traces.mjs';

const REPS = 40;
const SCHEMA = 'bench_scale_traces';

/** The queries measured, each a function of the rep number (so names and keys vary) and the seed's end. */
function queries(now) {
  const name = (k) => NAMES[k % NAMES.length];
  return [
    { label: 'app + last 24 h', goal: true, path: (k) => `app=${name(k)}&since=${now - DAY_MS}` },
    {
      label: 'app + one day 3 weeks ago',
      goal: true,
      path: (k) => `app=${name(k)}&since=${now - 21 * DAY_MS}&until=${now - 20 * DAY_MS}`,
    },
    {
      label: 'app + errors, last 7 days',
      path: (k) => `app=${name(k)}&status=error&since=${now - 7 * DAY_MS}`,
    },
    { label: 'key, newest page', path: (k) => `key=key_${k % 20}` },
    { label: 'key, page 2 (cursor)', path: (k) => `key=key_${k % 20}`, second: true },
  ];
}

async function get(pool, path) {
  const res = await pool.request({ path, method: 'GET' });
  const body = await res.body.json();
  if (res.statusCode !== 200 || !Array.isArray(body.data))
    throw new Error(`${path}: ${res.statusCode} ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

// Each query REPS times; p50 and p95 of the request (a page of 50, full rows) as a client sees it.
async function measureQueries(url, now) {
  const pool = new Pool(url, { connections: 1 });
  const out = [];
  for (const q of queries(now)) {
    const times = [];
    for (let k = 0; k < REPS + 5; k++) {
      let path = `/api/traces?limit=50&${q.path(k)}`;
      if (q.second) path += `&before=${(await get(pool, path)).next}`;
      const t0 = performance.now();
      const body = await get(pool, path);
      if (k >= 5) times.push(performance.now() - t0); // the first five warm the caches
      if (body.data.length !== 50)
        throw new Error(`${q.label}: ${body.data.length} traces, expected a full page of 50`);
    }
    out.push({ ...q, p50: percentile(times, 50), p95: percentile(times, 95) });
  }
  await pool.close();
  return out;
}

async function serve(bin, cwd, env) {
  const started = startProcess(
    process.execPath,
    [bin, 'serve', '--port', '0'],
    { cwd, env },
    (o) => /http:\/\/127\.0\.0\.1:\d+/.exec(o)?.[0],
  );
  return { url: await started, child: started.child };
}

// A project whose store is migrated by tandem itself (before the seed writes into its tables).
function migratedProject(bin, env) {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-scale-traces-'));
  writeFileSync(join(dir, 'tandem.yaml'), 'providers:\n  echo: { type: echo }\n');
  execFileSync(process.execPath, [bin, 'keys', 'list'], { cwd: dir, env, stdio: 'ignore' });
  return dir;
}

async function onSqlite(bin, n, now) {
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.TANDEM_STORE;
  const dir = migratedProject(bin, env);
  const file = join(dir, '.tandem', 'tandem.db');
  await seedSqlite(file, n, now);
  const bytes = statSync(file).size;
  const server = await serve(bin, dir, env);
  const results = await measureQueries(server.url, now);
  await stopProcess(server.child);
  rmSync(dir, { recursive: true, force: true });
  return { store: 'sqlite', n, bytes, results };
}

async function onPostgres(bin, pgUrl, n, now) {
  const sql = postgres(pgUrl, { onnotice: () => {} });
  await sql.unsafe(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  const env = { ...process.env, NO_COLOR: '1', TANDEM_STORE: `${pgUrl}?schema=${SCHEMA}` };
  const dir = migratedProject(bin, env);
  await seedPostgres(sql, SCHEMA, n, now);
  const bytes = await postgresBytes(sql, SCHEMA);
  const server = await serve(bin, dir, env);
  const results = await measureQueries(server.url, now);
  await stopProcess(server.child);
  await sql.unsafe(`DROP SCHEMA ${SCHEMA} CASCADE`);
  await sql.end();
  return { store: 'postgres', n, bytes, results };
}

/** Runs the traces section for each size on both stores and prints its table; true when every goal was met. */
export async function traceQueries({ bin, pgUrl, sizes }) {
  const now = Date.now();
  const runs = [];
  for (const n of sizes) {
    runs.push(await onSqlite(bin, n, now));
    runs.push(await onPostgres(bin, pgUrl, n, now));
  }
  console.log(
    `\ntrace queries: GET /api/traces (limit 50, full rows) through tandem serve, ${REPS} requests each after 5 to warm up; traces over 30 days, one model span each, 10 names, 20 keys (node ${process.version})\n`,
  );
  console.log(
    `${'store'.padEnd(10)}${'traces'.padStart(12)}  ${'query'.padEnd(28)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}`,
  );
  let met = true;
  for (const r of runs)
    for (const q of r.results) {
      if (q.goal && q.p50 >= 50) met = false;
      console.log(
        `${r.store.padEnd(10)}${r.n.toLocaleString('en').padStart(12)}  ${q.label.padEnd(28)}${q.p50.toFixed(1).padStart(9)}${q.p95.toFixed(1).padStart(9)}`,
      );
    }
  console.log('\nstorage (traces, spans and their indexes):');
  for (const r of runs)
    console.log(
      `${r.store.padEnd(10)}${r.n.toLocaleString('en').padStart(12)} traces: ${(r.bytes / 2 ** 20).toFixed(0)} MiB, ${((r.bytes / 2 ** 20) * (1e6 / r.n)).toFixed(0)} MiB per million`,
    );
  console.log(`target: app + time filters p50 < 50 ms on every store and size → ${met ? 'MET' : 'MISSED'}`);
  return met;
}
