// The memory series of bench/eval-overhead: peak RSS of `tandem eval` at 5,000, 20,000 and 100,000 samples
// with the offline `echo` provider, each against the 5,000-sample figure (target: ≤ 1.20x). Three shapes of
// growth: more repeats of the same 500 cases (work grows, the suite does not), and more cases at 10 repeats
// (the suite grows with the work), written inline in the suite (`cases`) or kept in a JSONL dataset (`dataset`).
// Peak RSS is the tandem process's own maximum resident set size, as GNU time reports it from wait4's rusage
// (ru_maxrss), so nothing of the benchmark's process counts.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VARIANTS = 2;
const FIXED_CASES = 500;
const FIXED_REPEATS = 10;
const TARGET = 1.2;
const SHAPES = ['repeats', 'cases', 'dataset'];

/** The suite for `samples` samples in a shape: the cases and repeats that give that many with 2 variants. */
export function shapeOf(shape, samples) {
  const perVariant = samples / VARIANTS;
  const [cases, repeat] =
    shape === 'repeats'
      ? [FIXED_CASES, perVariant / FIXED_CASES]
      : [perVariant / FIXED_REPEATS, FIXED_REPEATS];
  if (!SHAPES.includes(shape)) throw new Error(`--memory-shapes takes ${SHAPES.join(', ')}`);
  if (!Number.isInteger(cases) || !Number.isInteger(repeat) || repeat > 100)
    throw new Error(
      `${samples} samples cannot be split as ${shape} (cases ${cases}, repeat ${repeat}; repeat ≤ 100)`,
    );
  return { cases, repeat };
}

function project({ cases, repeat }, shape) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tandem-memory-'));
  mkdirSync(join(dir, 'prompts'));
  mkdirSync(join(dir, 'tests'));
  writeFileSync(join(dir, 'tandem.yaml'), 'providers:\n  echo: { type: echo }\ndefaults: { route: echo }\n');
  writeFileSync(join(dir, 'prompts/p1.prompt'), 'Write one sentence about {{topic}}.\n');
  writeFileSync(join(dir, 'prompts/p2.prompt'), 'Explain {{topic}} in a sentence.\n');
  const lines = [
    'prompt: p1',
    'variants:',
    '  - name: p1',
    '  - name: p2',
    '    prompt: p2',
    'defaults:',
    `  repeat: ${repeat}`,
    '  assert:',
    '    - { type: contains, value: sentence }',
    '    - { type: icontains, value: TOPIC }',
    '    - { type: regex, value: "\\\\d+" }',
    'cases:',
  ];
  // The `dataset` shape keeps the same cases in a JSONL file, as a suite of thousands of cases is usually kept.
  if (shape === 'dataset') {
    lines.splice(lines.indexOf('cases:'), 1, 'dataset: { file: cases.jsonl }');
    const rows = Array.from({ length: cases }, (_, i) => JSON.stringify({ topic: `topic number ${i}` }));
    writeFileSync(join(dir, 'tests/cases.jsonl'), `${rows.join('\n')}\n`);
  } else for (let i = 0; i < cases; i++) lines.push(`  - vars: { topic: "topic number ${i}" }`);
  writeFileSync(join(dir, 'tests/memory.yaml'), `${lines.join('\n')}\n`);
  return dir;
}

// Peak RSS (KB, GNU time's %M) and wall time of one `tandem eval` run; fails unless every case passed.
function measure(bin, dir, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(
      '/usr/bin/time',
      ['-f', '__RSS_KB__ %M', process.execPath, bin, 'eval', '--no-cache', '-j', '16'],
      { cwd: dir, env: { ...process.env, ...env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0 || !/p1 +100\.0%/.test(out) || !/p2 +100\.0%/.test(out))
        return reject(
          new Error(
            `tandem eval exited ${code} or did not pass every case:\n${err.slice(-2000)}\n${out.slice(0, 2000)}`,
          ),
        );
      resolve({ wallMs, rssMb: Number(err.match(/__RSS_KB__ (\d+)/)?.[1] ?? 0) / 1024 });
    });
  });
}

/** Runs the series and prints it; returns whether every shape met the target at its largest size. */
export async function memorySeries({ bin, sizes, shapes, store, label }) {
  const env = store ? { TANDEM_STORE: store } : {};
  const rows = [];
  for (const shape of shapes)
    for (const samples of sizes) {
      const s = shapeOf(shape, samples);
      const r = await measure(bin, project(s, shape), env);
      rows.push({ shape, samples, ...s, ...r });
      process.stderr.write(`memory ${shape} ${samples}: ${r.rssMb.toFixed(0)} MB\n`);
    }
  console.log(
    `\neval memory: peak RSS of the tandem process (GNU time %M), ${VARIANTS} variants × 3 assertions, echo provider, -j 16, ${store ? 'store from TANDEM_STORE' : 'SQLite store'}${label ? `, ${label}` : ''} (node ${process.version})\n`,
  );
  console.log(
    `${'shape'.padEnd(9)}${'samples'.padStart(9)}${'cases'.padStart(7)}${'repeat'.padStart(8)}${'wall s'.padStart(9)}${'peak RSS MB'.padStart(13)}${'vs first'.padStart(10)}`,
  );
  const verdicts = [];
  for (const shape of shapes) {
    const own = rows.filter((r) => r.shape === shape);
    const base = own[0];
    for (const r of own)
      console.log(
        `${shape.padEnd(9)}${String(r.samples).padStart(9)}${String(r.cases).padStart(7)}${String(r.repeat).padStart(8)}${(r.wallMs / 1000).toFixed(1).padStart(9)}${r.rssMb.toFixed(0).padStart(13)}${`${(r.rssMb / base.rssMb).toFixed(2)}x`.padStart(10)}`,
      );
    const last = own.at(-1);
    const ratio = last.rssMb / base.rssMb;
    verdicts.push(ratio <= TARGET);
    console.log(
      `target (${shape}): peak RSS at ${last.samples} samples ≤ ${TARGET.toFixed(2)}x that at ${base.samples} → ${ratio.toFixed(3)}x ${ratio <= TARGET ? 'MET' : 'MISSED'}`,
    );
  }
  return verdicts.every(Boolean);
}
