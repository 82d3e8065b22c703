import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { itInBrowser, launchChromium } from '../support/browser.js';
import { openProjectStore, projectStoreEnv } from '../support/project-store.js';
import { BIN, runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

// A provider that takes its time and logs every call, so a test can kill a run mid-way and count calls.
const slowProvider = `
import { appendFileSync } from 'node:fs';
export default (options: { log: string; delayMs: number }) => ({
  async generate(req: { messages: Array<{ content: string }> }) {
    const q = req.messages.at(-1)!.content;
    appendFileSync(options.log, q + '\\n');
    await new Promise((r) => setTimeout(r, options.delayMs));
    return { text: q.includes('odd') ? 'no' : 'yes ' + q };
  },
});
`;

function project(cases = 12, delayMs = 150): string {
  const dir = tempProject({
    'tools/slow.ts': slowProvider,
    'prompts/bot.prompt': '---\ninput:\n  schema:\n    q: string\n---\n{{q}}\n',
  });
  const yaml = `providers:\n  slow: { type: script, module: tools/slow.ts, options: { log: ${JSON.stringify(join(dir, 'calls.log'))}, delayMs: ${delayMs} } }\napps:\n  bot: { prompt: bot, route: slow }\n`;
  const suite = `app: bot\nthresholds: { passRate: 0.95 }\ncases:\n${Array.from({ length: cases }, (_, i) => `  - name: case ${i}\n    vars: { q: "question ${i}${i === 3 ? ' odd' : ''}" }\n    assert: [{ type: starts-with, value: "yes" }]\n`).join('')}`;
  writeFileSync(join(dir, 'tandem.yaml'), yaml);
  mkdirSync(join(dir, 'tests'), { recursive: true });
  writeFileSync(join(dir, 'tests/bot.yaml'), suite);
  return dir;
}

const EXAMPLE = fileURLToPath(new URL('../../examples/support-bot', import.meta.url));

const calls = (dir: string) => readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n');

async function resultsOf(dir: string) {
  const store = await openProjectStore(dir);
  const runs = await store.evals.listRuns();
  const results = runs[0] ? await store.evals.results(runs[0].id) : [];
  await store.close();
  return { runs, results };
}

describe('tandem eval', () => {
  it('a run killed with SIGKILL continues with --resume, re-calling no finished case and losing nothing', async () => {
    const dir = project(12, 150);
    const child = spawn(process.execPath, [BIN, 'eval', '-j', '2', '--no-cache'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', ...projectStoreEnv(dir) },
    });
    // Wait until a few samples are stored, then kill without warning.
    for (let i = 0; i < 100; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const { results } = await resultsOf(dir).catch(() => ({ results: [] as unknown[] }));
      if (results.length >= 4) break;
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const before = await resultsOf(dir);
    expect(before.runs[0]!.status).toBe('running'); // it never got to finish
    const finished = new Set(before.results.map((r) => (r as { caseId: string }).caseId));
    expect(finished.size).toBeGreaterThanOrEqual(4);
    expect(finished.size).toBeLessThan(12);

    const resumed = await runCli(['eval', '--resume', '--no-cache'], { cwd: dir });
    expect(resumed.stderr).toContain(`resuming ${before.runs[0]!.id}`);
    const after = await resultsOf(dir);
    expect(after.runs).toHaveLength(1);
    expect(after.runs[0]!.status).toBe('finished');
    expect(after.results).toHaveLength(12);
    // Every question was asked once, except at most the two in flight when the kill came.
    const log = calls(dir);
    const counts = new Map<string, number>();
    for (const q of log) counts.set(q, (counts.get(q) ?? 0) + 1);
    expect(counts.size).toBe(12);
    const twice = [...counts.entries()].filter(([, n]) => n > 1).map(([q]) => q);
    expect(twice.length).toBeLessThanOrEqual(2);
    for (const q of twice) expect(finished.has(`case-${q.match(/\d+/)![0]}`)).toBe(false);
  }, 60_000);

  it('SIGKILL mid-run never leaves a saved result pointing at a trace that was not written', async () => {
    const dir = project(600, 5); // fast samples: traces are batched, so many are in flight at any moment
    const child = spawn(process.execPath, [BIN, 'eval', '-j', '4', '--no-cache'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', ...projectStoreEnv(dir) },
    });
    for (let i = 0; i < 200; i++) {
      await new Promise((r) => setTimeout(r, 25));
      const { results } = await resultsOf(dir).catch(() => ({ results: [] as unknown[] }));
      if (results.length >= 40) break;
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const store = await openProjectStore(dir);
    try {
      const [run] = await store.evals.listRuns();
      const results = await store.evals.results(run!.id);
      expect(run!.status).toBe('running'); // killed before it could finish
      expect(results.length).toBeGreaterThanOrEqual(40);
      expect(results.length).toBeLessThan(600);
      const dangling: string[] = [];
      for (const r of results) if (!(await store.traces.get(r.traceId!))) dangling.push(r.caseId);
      expect(dangling).toEqual([]);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('Ctrl-C stops cleanly: exit 130, results kept, the sample in flight discarded, run marked interrupted', async () => {
    const dir = project(12, 150);
    const child = spawn(process.execPath, [BIN, 'eval', '-j', '1', '-o', 'out/report.json'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', ...projectStoreEnv(dir) },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    for (let i = 0; i < 100 && !(await resultsOf(dir).catch(() => ({ results: [] }))).results.length; i++)
      await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(130);
    expect(out).toContain('results so far are saved');
    expect(out).toContain('interrupted (tandem eval --resume continues it)');
    const { runs, results } = await resultsOf(dir);
    expect(runs[0]!.status).toBe('interrupted');
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThan(12);
    // The report says its figures cover part of the suite, not the whole of it.
    expect(out).toContain(`${results.length} of 12 cases × 1 variant`);
    // The sample in flight (its answer came after Ctrl-C) was not saved half-graded: --resume runs it again.
    expect(calls(dir).length - results.length).toBeLessThanOrEqual(1);
    expect(results.filter((r) => (r as { error?: string }).error)).toEqual([]);
    // The reports are written for what finished.
    const report = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'));
    expect(report.suites[0].run.status).toBe('interrupted');
    expect(report.suites[0].results).toHaveLength(results.length);
  }, 30_000);

  it('a suite that names an app the project lacks is told where, with the name it likely meant', async () => {
    const dir = project(2, 1);
    writeFileSync(
      join(dir, 'tests/bot.yaml'),
      readFileSync(join(dir, 'tests/bot.yaml'), 'utf8').replace('app: bot', 'app: boot'),
    );
    const r = await runCli(['eval', '--no-cache'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error tests/bot.yaml:1:6 app: no app named "boot"\n  hint: did you mean "bot"?\n');
  });

  it('--ci fails with a one-line reason, and writes JUnit that parses and every other report', async () => {
    const dir = project(5, 0);
    const r = await runCli(
      [
        'eval',
        '--ci',
        '-o',
        'out/junit.xml',
        '-o',
        'out/report.html',
        '-o',
        'out/report.md',
        '-o',
        'out/report.csv',
        '-o',
        'out/report.json',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^tandem eval: gate failed: tests\/bot\.yaml: default pass rate 80\.0% < 95\.0%$/m,
    );
    expect(r.stdout).toContain('✗ case 3');
    expect(r.stdout).toContain('fail starts-with: starts with "no"');

    const junit = new XMLParser({ ignoreAttributes: false }).parse(
      readFileSync(join(dir, 'out/junit.xml'), 'utf8'),
    );
    const suite = junit.testsuites.testsuite;
    expect(suite['@_tests']).toBe('5');
    expect(suite['@_failures']).toBe('1');
    const failing = suite.testcase.filter((t: Record<string, unknown>) => t.failure);
    expect(failing.map((t: Record<string, string>) => t['@_name'])).toEqual(['case 3']);

    expect(readFileSync(join(dir, 'out/report.md'), 'utf8')).toContain('| default | 80.0% |');
    expect(readFileSync(join(dir, 'out/report.csv'), 'utf8').split('\n')[0]).toContain(
      'variant,case_id,case',
    );
    expect(JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')).suites[0].results).toHaveLength(5);
    expect(readFileSync(join(dir, 'out/report.html'), 'utf8')).toContain(
      '<title>tandem eval · tests/bot.yaml</title>',
    );
  }, 60_000);

  itInBrowser(
    'writes an HTML report that opens in Chromium, self-contained',
    async () => {
      const dir = project(5, 0);
      const r = await runCli(['eval', '-o', 'out/report.html'], { cwd: dir });
      expect(r.code).toBe(0);
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        const requests: string[] = [];
        page.on('request', (req) => requests.push(req.url()));
        await page.goto(`file://${join(dir, 'out/report.html')}`);
        expect(await page.title()).toBe('tandem eval · tests/bot.yaml');
        expect(await page.locator('.card .big').first().textContent()).toBe('80.0%');
        expect(await page.locator('table.matrix td.cell.fail').count()).toBe(1);
        expect(await page.locator('svg[aria-label="Pass rate per variant"] rect').count()).toBe(1);
        expect(await page.locator('details[open] summary').first().textContent()).toContain('case 3');
        expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]); // self-contained
        await page.screenshot({ path: join(dir, 'out/report.png'), fullPage: true });
      } finally {
        await browser.close();
      }
    },
    60_000,
  );

  it('with two suites, every report holds both, JUnit cases carry file and line, and --ci fails on the earlier failing suite', async () => {
    const dir = project(3, 0); // tests/bot.yaml: case 3 does not exist, so all 3 pass; with a threshold
    // An earlier suite with no thresholds and one failing case: it must fail the gate and be in every report.
    writeFileSync(
      join(dir, 'tests/a-first.yaml'),
      'app: bot\ncases:\n  - name: fine\n    vars: { q: "fine" }\n    assert: [{ type: starts-with, value: "yes" }]\n\n  - name: broken\n    vars: { q: "odd one" }\n    assert: [{ type: starts-with, value: "yes" }]\n',
    );
    const outs = ['junit.xml', 'report.json', 'report.csv', 'report.md', 'report.html'];
    const r = await runCli(['eval', '--ci', ...outs.flatMap((o) => ['-o', `out/${o}`])], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^tandem eval: gate failed: tests\/a-first\.yaml: default 1 of 2 cases do not pass \(no thresholds set: every case must\)$/m,
    );
    for (const o of outs) expect(r.stderr.split(`wrote ${join(dir, 'out', o)}`)).toHaveLength(2); // once each

    const junit = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['testsuite', 'testcase'].includes(name),
    }).parse(readFileSync(join(dir, 'out/junit.xml'), 'utf8'));
    const suites = junit.testsuites.testsuite as Array<
      Record<string, string> & { testcase: Array<Record<string, unknown>> }
    >;
    expect(suites.map((s) => [s['@_name'], s['@_tests'], s['@_failures']])).toEqual([
      ['tests/a-first.yaml [default]', '2', '1'],
      ['tests/bot.yaml [default]', '3', '0'],
    ]);
    expect(junit.testsuites['@_tests']).toBe('5');
    expect(junit.testsuites['@_failures']).toBe('1');
    const broken = suites[0]!.testcase.find((t) => t['@_name'] === 'broken')!;
    expect(broken).toMatchObject({ '@_file': 'tests/a-first.yaml', '@_line': '7' });
    expect(broken.failure).toMatchObject({ '@_message': 'fail: starts-with: starts with "no"' });
    expect(suites[1]!.testcase.map((t) => [t['@_file'], t['@_line']])).toEqual([
      ['tests/bot.yaml', '4'],
      ['tests/bot.yaml', '7'],
      ['tests/bot.yaml', '10'],
    ]);

    const json = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'));
    expect(json.suites.map((s: { summary: { suite: string } }) => s.summary.suite)).toEqual([
      'tests/a-first.yaml',
      'tests/bot.yaml',
    ]);
    const csv = readFileSync(join(dir, 'out/report.csv'), 'utf8').trim().split('\n');
    expect(csv).toHaveLength(1 + 5);
    expect(
      csv.filter((l) => l.startsWith('tests/a-first.yaml,default,broken,broken,tests/a-first.yaml,7,')),
    ).toHaveLength(1);
    const md = readFileSync(join(dir, 'out/report.md'), 'utf8');
    expect(md).toContain('### tandem eval: 2 suites');
    expect(md).toContain('#### `tests/a-first.yaml`');
    expect(md).toContain('#### `tests/bot.yaml`');
    const html = readFileSync(join(dir, 'out/report.html'), 'utf8');
    expect(html.match(/<section class="suite"/g)).toHaveLength(2);
  }, 60_000);

  it('a suite can say it reports without gating; --ci warns when a gate passed on cached answers only', async () => {
    const dir = project(2, 0);
    writeFileSync(
      join(dir, 'tandem.yaml'),
      readFileSync(join(dir, 'tandem.yaml'), 'utf8').replace(
        'apps:\n  bot: { prompt: bot, route: slow }',
        'routes:\n  cached: { targets: [slow], cache: true }\napps:\n  bot: { prompt: bot, route: cached }',
      ),
    );
    writeFileSync(
      join(dir, 'tests/bot.yaml'),
      'app: bot\nthresholds: { allowFailures: true }\ncases:\n  - vars: { q: "odd" }\n    assert: [{ type: starts-with, value: "yes" }]\n  - vars: { q: "fine" }\n    assert: [{ type: starts-with, value: "yes" }]\n',
    );
    const first = await runCli(['eval', '--ci'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).not.toContain('warning');
    const second = await runCli(['eval', '--ci'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/default .* 2\/2 *$/m); // the cached column
    expect(second.stderr).toContain(
      'warning: tests/bot.yaml [default]: the gate passed on cached answers only (2/2); tandem eval --no-cache asks the models again',
    );
    const fresh = await runCli(['eval', '--ci', '--no-cache'], { cwd: dir });
    expect(fresh.stderr).not.toContain('warning');
    expect(calls(dir)).toHaveLength(4); // the first run and the --no-cache run
  }, 60_000);

  it('--dry-run counts the retrieved context: its input tokens bound what the example project really sends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-support-bot-'));
    cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !src.includes('.tandem') });
    const real = await runCli(['eval', '--no-cache', '--json'], { cwd: dir });
    const [suite] = JSON.parse(real.stdout).suites as Array<{ results: Array<{ traceId?: string }> }>;
    const store = await openProjectStore(dir);
    let sent = 0;
    for (const r of suite!.results) sent += (await store.traces.get(r.traceId!))?.usage.inputTokens ?? 0;
    await store.close();
    const dry = await runCli(['eval', '--dry-run'], { cwd: dir });
    const estimated = Number(/≈ ([\d,]+) input/.exec(dry.stdout)![1]!.replace(/,/g, ''));
    expect(sent).toBeGreaterThan(15_000); // the passages are most of what is sent
    expect(estimated).toBeGreaterThanOrEqual(sent);
    expect(estimated).toBeLessThan(sent * 1.25);
    // The offline answerer costs nothing: no price is missing for it.
    expect(dry.stdout).not.toContain('no price known');
  }, 60_000);

  it('--dry-run estimates without calling anything', async () => {
    const dir = project(4, 0);
    const r = await runCli(['eval', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tests/bot.yaml: 4 samples → up to 4 model calls and 0 judge calls');
    // A script provider may call anything: its price is unknown, named by the app's route.
    expect(r.stdout).toContain('no price known for slow (local or unlisted');
    expect(() => calls(dir)).toThrow(); // no call log was ever written
    // --json is machine-readable here too.
    const json = await runCli(['eval', '--dry-run', '--json'], { cwd: dir });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).estimates).toMatchObject([
      { suite: 'tests/bot.yaml', samples: 4, modelCalls: 4 },
    ]);
  });
});

describe('tandem run --no-cache', () => {
  it('neither reads nor writes the response cache', async () => {
    const dir = project(1, 0);
    writeFileSync(
      join(dir, 'tandem.yaml'),
      readFileSync(join(dir, 'tandem.yaml'), 'utf8').replace(
        'apps:\n  bot: { prompt: bot, route: slow }',
        'routes:\n  cached: { targets: [slow], cache: true }\napps:\n  bot: { prompt: bot, route: cached }',
      ),
    );
    const run = (...flags: string[]) =>
      runCli(['run', 'bot', '--var', 'q=hello', '--json', ...flags], { cwd: dir }).then(
        (r) => JSON.parse(r.stdout) as { text: string; cached: boolean },
      );
    expect(await run('--no-cache')).toMatchObject({ text: 'yes hello', cached: false });
    expect(await run()).toMatchObject({ cached: false }); // the --no-cache answer was not stored
    expect(await run()).toMatchObject({ cached: true });
    expect(await run('--no-cache')).toMatchObject({ cached: false }); // nor read
    expect(calls(dir)).toEqual(['hello', 'hello', 'hello']);
  }, 30_000);
});

describe('tandem compare', () => {
  it('shows the difference between two runs with an interval, and the cases fixed', async () => {
    const dir = project(5, 0);
    await runCli(['eval'], { cwd: dir });
    writeFileSync(join(dir, 'tools/slow.ts'), slowProvider.replace("q.includes('odd') ? 'no' : ", ''));
    await runCli(['eval', '--no-cache'], { cwd: dir });
    const { runs } = await resultsOf(dir);
    const [after, before] = runs;
    const r = await runCli(['compare', before!.id, after!.id], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${before!.id} → ${after!.id} (tests/bot.yaml), 5 shared cases`);
    expect(r.stdout).toMatch(/pass rate 80\.0% → 100\.0%: \+20\.0 pts \(95% CI \+0\.0 to \+60\.0\)/);
    expect(r.stdout).toContain('fixed   case 3');
    const missing = await runCli(['compare', 'run_nope', after!.id], { cwd: dir });
    expect(missing.stderr).toContain('no eval run run_nope');
    // The same comparison named as `tandem runs` helps a person name runs: latest~1 and latest, or prefixes.
    const byName = await runCli(['compare', 'latest~1', 'latest'], { cwd: dir });
    expect(byName.stdout).toContain(`${before!.id} → ${after!.id} (tests/bot.yaml), 5 shared cases`);
    const shortest = (id: string, other: string) => {
      let n = 'run_'.length + 4;
      while (other.startsWith(id.slice(0, n))) n++;
      return id.slice('run_'.length, n);
    };
    const byPrefix = await runCli(
      ['compare', shortest(before!.id, after!.id), shortest(after!.id, before!.id)],
      {
        cwd: dir,
      },
    );
    expect(byPrefix.stdout).toContain(`${before!.id} → ${after!.id} (tests/bot.yaml), 5 shared cases`);
    const common = before!.id.slice(
      0,
      [...before!.id].findIndex((ch, i) => after!.id[i] !== ch),
    );
    const ambiguous = await runCli(['compare', common, 'latest'], { cwd: dir });
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain(`run id "${common}" fits more than one run`);
    const tooFar = await runCli(['compare', 'latest~2', 'latest'], { cwd: dir });
    expect(tooFar.stderr).toContain('no run latest~2: the store holds 2 runs');
  }, 90_000); // nine CLI runs: a loaded machine takes well over the default 20 s

  it('says how many cases each rate covers when two runs ran different cases', async () => {
    const dir = project(5, 0);
    writeFileSync(join(dir, 'tools/slow.ts'), slowProvider.replace("q.includes('odd') ? 'no' : ", ''));
    await runCli(['eval'], { cwd: dir });
    const suite = join(dir, 'tests/bot.yaml');
    writeFileSync(
      suite,
      `${readFileSync(suite, 'utf8')}  - name: case 5\n    vars: { q: "question 5" }\n    assert: [{ type: starts-with, value: "no" }]\n`,
    );
    await runCli(['eval', '--no-cache'], { cwd: dir });
    const r = await runCli(['compare', 'latest~1', 'latest'], { cwd: dir });
    expect(r.stdout).toContain('5 shared cases');
    // The rates differ (5 of 5, then 5 of 6), but over the cases both ran nothing changed.
    expect(r.stdout).toContain(
      'pass rate 100.0% (5 cases) → 83.3% (6 cases); on the 5 shared cases: +0.0 pts',
    );
    expect(r.stdout).toContain('only in ');
  }, 60_000);
});
