import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
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

const calls = (dir: string) => readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n');

async function resultsOf(dir: string) {
  const store = openSqliteStore(join(dir, '.tandem/tandem.db'));
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
      env: { ...process.env, NO_COLOR: '1' },
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

  it('Ctrl-C stops cleanly: exit 130, results kept, run marked interrupted', async () => {
    const dir = project(12, 150);
    const child = spawn(process.execPath, [BIN, 'eval', '-j', '1'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
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
  }, 30_000);

  it('--ci fails with a one-line reason, and writes JUnit that parses and an HTML report that opens in Chromium', async () => {
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
    expect(JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')).results).toHaveLength(5);

    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
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
  }, 60_000);

  it('--dry-run estimates without calling anything', async () => {
    const dir = project(4, 0);
    const r = await runCli(['eval', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tests/bot.yaml: 4 samples → up to 4 model calls and 0 judge calls');
    expect(() => calls(dir)).toThrow(); // no call log was ever written
  });
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
  });
});
