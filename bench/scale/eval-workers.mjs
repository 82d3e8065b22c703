// Eval fan-out: samples a second of `tandem eval --workers N` (N local worker processes fed over IPC, each
// running -j samples at once) against an upstream that answers in 200 ms, for N = 1, 2, 4; beside them the
// same 4 workers taking samples from a queue in Redis (`--queue`, as workers on other machines do), and one
// process running 4 × j samples at once, which shows what the workers add beyond concurrency.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProcess } from '../processes.mjs';

const UPSTREAM_MS = 200;

function project(upstream, cases) {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-scale-eval-'));
  mkdirSync(join(dir, 'prompts'));
  mkdirSync(join(dir, 'tests'));
  writeFileSync(
    join(dir, 'tandem.yaml'),
    `providers:\n  up: { type: openai, model: gpt-4o-mini, apiKey: sk-bench, baseUrl: ${upstream}/v1 }\ndefaults: { route: up }\n`,
  );
  writeFileSync(join(dir, 'prompts/greet.prompt'), 'Say hello about {{topic}}.\n');
  const lines = [
    'prompt: greet',
    'defaults:',
    '  assert:',
    '    - { type: icontains, value: hello }',
    'cases:',
  ];
  for (let i = 0; i < cases; i++) lines.push(`  - vars: { topic: "topic ${i}" }`);
  writeFileSync(join(dir, 'tests/greet.yaml'), `${lines.join('\n')}\n`);
  return dir;
}

// Samples a second between the run's first and last stored result: the throughput once the workers are up.
async function steadyRate(dir) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(join(dir, '.tandem', 'tandem.db'), { readonly: true });
  const r = db
    .prepare(
      `SELECT COUNT(*) AS n, MIN(created_at) AS first, MAX(created_at) AS last FROM eval_results
       WHERE run_id = (SELECT id FROM eval_runs ORDER BY started_at DESC LIMIT 1)`,
    )
    .get();
  db.close();
  return (r.n - 1) / ((r.last - r.first) / 1000);
}

// One `tandem eval` run: wall seconds; fails unless every sample passed.
function evalRun(bin, dir, args, env) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    execFile(
      process.execPath,
      [bin, 'eval', '--no-cache', ...args],
      { cwd: dir, env: { ...process.env, ...env, NO_COLOR: '1' }, maxBuffer: 1 << 24 },
      (err, stdout, stderr) => {
        const wall = (performance.now() - t0) / 1000;
        if (err || !/100\.0%/.test(stdout))
          return reject(new Error(`tandem eval ${args.join(' ')}: ${stderr}${stdout}`));
        resolve(wall);
      },
    );
  });
}

/** Runs the eval section for each suite size and prints a table per size; returns the 4-worker wall speed-ups. */
export async function evalWorkers({ bin, redisUrl, sizes, perWorker }) {
  const upstreamPort = await startProcess(
    process.execPath,
    [join(import.meta.dirname, '..', 'gateway', 'upstream.mjs'), '0', String(UPSTREAM_MS)],
    {},
    (o) => /^(\d+)$/m.exec(o)?.[1],
  );
  const speedUps = [];
  for (const samples of sizes)
    speedUps.push(
      await oneSize({ bin, redisUrl, samples, perWorker, upstream: `http://127.0.0.1:${upstreamPort}` }),
    );
  return speedUps;
}

// The series for one suite of `samples` cases: 1, 2 and 4 local workers, 4 on Redis, one process.
async function oneSize({ bin, redisUrl, samples, perWorker, upstream }) {
  const dir = project(upstream, samples);
  const env = { TANDEM_REDIS: redisUrl };
  const queue = `bench-scale-${process.pid}`;
  const rows = [];
  for (const workers of [1, 2, 4]) {
    const wall = await evalRun(bin, dir, ['--workers', String(workers), '-j', String(perWorker)], {
      TANDEM_REDIS: '',
    });
    rows.push({ how: `--workers ${workers} -j ${perWorker}`, workers, wall, steady: await steadyRate(dir) });
    process.stderr.write(`eval ${samples} samples, --workers ${workers}: ${wall.toFixed(1)} s\n`);
  }
  const viaRedis = await evalRun(
    bin,
    dir,
    ['--workers', '4', '--queue', queue, '-j', String(perWorker)],
    env,
  );
  rows.push({ how: '  same, --queue (Redis)', workers: 4, wall: viaRedis, steady: await steadyRate(dir) });
  const single = await evalRun(bin, dir, ['-j', String(4 * perWorker)], {});
  rows.push({
    how: `one process -j ${4 * perWorker}`,
    workers: 0,
    wall: single,
    steady: await steadyRate(dir),
  });
  console.log(
    `\neval fan-out: ${samples} samples (1 variant, 1 assertion), upstream answering in ${UPSTREAM_MS} ms, wall time of \`tandem eval\` from start to report (node ${process.version})\n`,
  );
  const x = (a, b) => `${(a / b).toFixed(2)}x`;
  console.log(
    `${'run'.padEnd(24)}${'wall s'.padStart(8)}${'samples/s'.padStart(11)}${'vs 1 worker'.padStart(13)}${'steady/s'.padStart(10)}${'vs 1 worker'.padStart(13)}`,
  );
  for (const r of rows)
    console.log(
      `${r.how.padEnd(24)}${r.wall.toFixed(1).padStart(8)}${(samples / r.wall).toFixed(1).padStart(11)}${x(rows[0].wall, r.wall).padStart(13)}${r.steady.toFixed(1).padStart(10)}${x(r.steady, rows[0].steady).padStart(13)}`,
    );
  console.log(
    '(wall: start to report, starting the worker processes included; steady: first to last stored result)',
  );
  const wall = rows[0].wall / rows[2].wall;
  const steady = rows[2].steady / rows[0].steady;
  const verdict = (v) => `${v.toFixed(2)}x ${v >= 3.5 ? 'MET' : 'MISSED'}`;
  console.log(
    `target (${samples} samples): 4 workers ≥ 3.5x the throughput of 1 → wall ${verdict(wall)}, steady ${verdict(steady)}`,
  );
  return wall;
}
