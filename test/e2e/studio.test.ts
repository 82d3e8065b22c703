import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itInBrowser, launchChromium } from '../support/browser.js';
import { projectStoreEnv } from '../support/project-store.js';
import { BIN, runCli } from '../support/run-cli.js';
import { waitFor } from '../support/wait-for.js';

// The support-bot example, run twice: B's suite asks "change email" for words its answer lacks, so one case
// breaks between the runs. The studio is `tandem ui` on this project, as a user starts it.
const EXAMPLE = fileURLToPath(new URL('../../examples/support-bot', import.meta.url));
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Screenshots go to docs/studio when asked (TANDEM_SCREENSHOTS=1), to a temporary folder otherwise.
const SHOTS = process.env.TANDEM_SCREENSHOTS
  ? fileURLToPath(new URL('../../docs/studio', import.meta.url))
  : mkdtempSync(join(tmpdir(), 'tandem-studio-shots-'));

const ADMIN_KEY = 'admin-key-for-the-studio-tests';
let dir = '';
let ui: ChildProcess | undefined;
let base = '';
let runA = '';
let runB = '';
// The prompt version the runs above tested, before a test edits a partial.
let firstVersion = '';

async function runIds(): Promise<string[]> {
  const res = await fetch(`${base}/api/runs`);
  return ((await res.json()) as { data: Array<{ id: string }> }).data.map((r) => r.id);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-studio-'));
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !src.includes('.tandem') });
  const first = await runCli(['eval'], { cwd: dir });
  expect(first.code, first.stderr).toBe(0);
  const suite = join(dir, 'tests/support.yaml');
  writeFileSync(
    suite,
    readFileSync(suite, 'utf8').replace('value: "Change e-mail" }', 'value: "Change e-mail in one click" }'),
  );
  const second = await runCli(['eval'], { cwd: dir });
  expect(second.code, second.stderr).toBe(0);
  ui = spawn(process.execPath, [BIN, 'ui', '--port', '0'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', TANDEM_ADMIN_KEY: ADMIN_KEY, ...projectStoreEnv(dir) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  ui.stdout!.on('data', (d) => (out += d));
  ui.stderr!.on('data', (d) => (out += d));
  base = await waitFor(() => /tandem studio (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)?.[1], {
    timeoutMs: 30_000,
    what: `tandem ui to print its address (output so far: ${out})`,
  });
  [runB = '', runA = ''] = await runIds();
}, 120_000);

afterAll(() => {
  ui?.kill('SIGTERM');
});

const getJson = async (path: string) => {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('the studio API (what the pages read)', () => {
  it('lists runs newest first with each variant pass rate, who started them, filtered by status', async () => {
    const { body } = await getJson('/api/runs');
    const runs = body.data as Array<{
      id: string;
      startedBy: string;
      variants: Array<{ passRate: { mean: number } }>;
    }>;
    expect(runs.map((r) => r.id)).toEqual([runB, runA]);
    expect(runs[0]!.variants[0]!.passRate.mean).toBeCloseTo(54 / 55, 6);
    expect(runs[1]!.variants[0]!.passRate.mean).toBe(1);
    expect(runs[0]!.startedBy).toMatch(/^cli:/);
    expect(((await getJson('/api/runs?status=running')).body.data as unknown[]).length).toBe(0);
  });

  it('lists the same runs on the CLI (tandem runs), as text and as JSON', async () => {
    const json = await runCli(['runs', '--json'], { cwd: dir });
    expect(json.code, json.stderr).toBe(0);
    expect((JSON.parse(json.stdout) as { data: Array<{ id: string }> }).data.map((r) => r.id)).toEqual([
      runB,
      runA,
    ]);
    const text = await runCli(['runs'], { cwd: dir });
    expect(text.stdout.split('\n')[0]).toMatch(
      new RegExp(`^${runB}  .*tests/support\\.yaml  default 98\\.2% \\[`),
    );
    const bad = await runCli(['runs', '--status', 'done'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      '--status takes running, finished, interrupted, budget-exceeded, not "done"',
    );
  });

  it("pages and filters a run's case matrix on the server", async () => {
    const all = (await getJson(`/api/runs/${runB}/cases?limit=20`)).body as {
      total: number;
      rows: unknown[];
      tags: string[];
      checks: string[];
    };
    expect(all.total).toBe(55);
    expect(all.rows).toHaveLength(20);
    expect(all.tags).toContain('unanswerable');
    expect(all.checks).toEqual(['icontains']);
    const page3 = (await getJson(`/api/runs/${runB}/cases?offset=40&limit=20`)).body as { rows: unknown[] };
    expect(page3.rows).toHaveLength(15);
    const failing = (await getJson(`/api/runs/${runB}/cases?status=fail`)).body as {
      total: number;
      rows: Array<{ caseId: string }>;
    };
    expect(failing.rows.map((r) => r.caseId)).toEqual(['change-email']);
    const byCheck = (await getJson(`/api/runs/${runB}/cases?check=icontains`)).body as { total: number };
    expect(byCheck.total).toBe(1);
    const byText = (await getJson(`/api/runs/${runB}/cases?text=link%20expiry`)).body as {
      rows: Array<{ name: string }>;
    };
    expect(byText.rows.map((r) => r.name)).toEqual(['email link expiry']);
    const byTag = (await getJson(`/api/runs/${runB}/cases?tag=table&limit=500`)).body as {
      rows: Array<{ tags: string[] }>;
    };
    expect(byTag.rows.length).toBeGreaterThan(0);
    expect(byTag.rows.every((r) => r.tags.includes('table'))).toBe(true);
  });

  it("shows one case's samples with their checks, and its inputs while the suite file is the run's", async () => {
    const { body } = await getJson(`/api/runs/${runB}/cases/change-email`);
    const c = body as {
      definition: { suiteChanged: boolean; vars: { question: string } };
      variants: Array<{
        samples: Array<{
          status: string;
          traceId: string;
          assertions: Array<{ metric: string; status: string; reason: string }>;
        }>;
      }>;
    };
    expect(c.definition.suiteChanged).toBe(false);
    expect(c.definition.vars.question).toBe('How can I change my e-mail address?');
    const sample = c.variants[0]!.samples[0]!;
    expect(sample.status).toBe('fail');
    expect(sample.assertions.find((a) => a.metric === 'icontains')).toMatchObject({ status: 'fail' });
    expect(sample.traceId).toMatch(/\w+/);
    // What its trace says: the passages retrieved, and each guardrail it went through.
    const evidence = (
      body as {
        evidence: Record<
          string,
          {
            passages: Array<{ source: string }>;
            guardrails: Array<{ name: string; stage: string; passed: boolean }>;
          }
        >;
      }
    ).evidence[sample.traceId]!;
    expect(evidence.passages.map((p) => p.source)).toContain('knowledge/account/change-email.md');
    expect(evidence.guardrails.map((g) => `${g.name}/${g.stage}/${g.passed}`)).toEqual([
      'pii/input/true',
      'injection/input/true',
      'on-topic/input/true',
      'cite/output/true',
    ]);
    // Run A ran another version of the suite file: its inputs are not shown as if they were the same.
    const old = (await getJson(`/api/runs/${runA}/cases/change-email`)).body as {
      definition: { suiteChanged: boolean };
    };
    expect(old.definition.suiteChanged).toBe(true);
  });

  it('compares two runs: the broken case, the paired difference, per-tag deltas and a word diff', async () => {
    const { body } = await getJson(`/api/compare?a=${runA}&b=${runB}`);
    const cmp = body as {
      cases: number;
      broken: Array<{ caseId: string }>;
      fixed: unknown[];
      difference: { mean: number };
      tags: Array<{ name: string; a: number; b: number; bInterval: { low: number; high: number } }>;
    };
    expect(cmp.cases).toBe(55);
    expect(cmp.broken.map((c) => c.caseId)).toEqual(['change-email']);
    expect(cmp.fixed).toEqual([]);
    expect(cmp.difference.mean).toBeCloseTo(-1 / 55, 6);
    const answerable = cmp.tags.find((t) => t.name === 'answerable')!;
    expect(answerable.b).toBeLessThan(1);
    // Each tag's pass rate carries its interval: around the rate, wider than a point.
    expect(answerable.bInterval.low).toBeLessThan(answerable.b);
    expect(answerable.bInterval.high).toBeGreaterThanOrEqual(answerable.b);
    const side = (await getJson(`/api/compare/case?a=${runA}&b=${runB}&case=change-email`)).body as {
      diff: Array<{ op: string }>;
    };
    // `tandem compare --json` reads the same comparison, pass rates included.
    const cli = await runCli(['compare', runA, runB, '--json'], { cwd: dir });
    expect(cli.code, cli.stderr).toBe(0);
    const json = JSON.parse(cli.stdout) as {
      broken: Array<{ caseId: string }>;
      sides: { a: { passRate: { mean: number } }; b: { passRate: { mean: number } } };
    };
    expect(json.broken.map((c) => c.caseId)).toEqual(['change-email']);
    expect(json.sides.a.passRate.mean).toBe(1);
    expect(json.sides.b.passRate.mean).toBeCloseTo(54 / 55, 6);
    // The same answer in both runs (only the check changed): the diff keeps every word.
    expect(side.diff.every((p) => p.op === 'same')).toBe(true);
  });

  it('refuses unknown parameters and runs with a message that says what is wrong', async () => {
    const unknown = await getJson(`/api/runs/${runB}/cases?colour=red`);
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('unknown query parameter \\"colour\\"');
    const missing = await getJson('/api/runs/run_nope/cases');
    expect(missing.status).toBe(404);
    expect(JSON.stringify(missing.body)).toContain('no eval run run_nope');
    const badStatus = await getJson(`/api/runs/${runB}/cases?status=green`);
    expect(badStatus.status).toBe(400);
  });

  it('refuses writes another website could make the browser send: a foreign origin, a body that is not JSON', async () => {
    const c = (await getJson(`/api/runs/${runB}/cases/change-email`)).body as {
      variants: Array<{ samples: Array<{ traceId: string }> }>;
    };
    const url = `${base}/api/traces/${c.variants[0]!.samples[0]!.traceId}/add-to-suite`;
    const body = JSON.stringify({ suite: 'tests/support.yaml', expected: 'pwned' });
    const before = readFileSync(join(dir, 'tests/support.yaml'), 'utf8');
    const plain = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body });
    expect(plain.status).toBe(415);
    const foreign = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body,
    });
    expect(foreign.status).toBe(403);
    expect(JSON.stringify(await foreign.json())).toContain('requests from http://evil.example need a key');
    const feedback = await fetch(`${base}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ traceId: c.variants[0]!.samples[0]!.traceId, score: 0 }),
    });
    expect(feedback.status).toBe(415);
    expect(readFileSync(join(dir, 'tests/support.yaml'), 'utf8')).toBe(before);
  });

  it('refuses to start a run of a suite or variant that does not exist, on the API as on the CLI', async () => {
    const post = (body: unknown) =>
      fetch(`${base}/api/runs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const noSuite = await post({ suite: 'tests/nope.yaml' });
    expect(noSuite.status).toBe(400);
    expect(JSON.stringify(await noSuite.json())).toContain('no suite file tests/nope.yaml');
    const noVariant = await post({ suite: 'tests/support.yaml', variants: ['bold'] });
    expect(noVariant.status).toBe(400);
    expect(JSON.stringify(await noVariant.json())).toContain('tests/support.yaml has no variant \\"bold\\"');
    expect((await post({ suite: 'tests/support.yaml', colour: 'red' })).status).toBe(400);
    const cli = await runCli(['eval', '--variant', 'bold'], { cwd: dir });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('tests/support.yaml has no variant "bold"');
    expect(cli.stderr).toContain('Its variants: default.');
    expect(await runIds()).toEqual([runB, runA]); // nothing was started
  });

  it('serves hashed assets with a year of cache, compressed, and the page with a strict CSP', async () => {
    const page = await fetch(`${base}/runs/${runB}`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const js = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('content-encoding')).toBe('gzip');
    // The first load's JavaScript, compressed, within the 80 KB budget.
    const compressed = Number(js.headers.get('content-length') ?? (await js.arrayBuffer()).byteLength);
    expect(compressed).toBeLessThan(80 * 1024);
    expect((await fetch(`${base}/assets/nothing.js`)).status).toBe(404);
  });
});

describe('the studio in a browser', () => {
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    try {
      browser = await launchChromium();
    } catch {
      return; // reported by the tests themselves (skipped without Chromium outside CI)
    }
    // axe-core is injected as a script: the test's own, past the page's CSP (which allows none inline).
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, bypassCSP: true });
    page = await context.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on(
      'console',
      (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url} on ${page.url()}`),
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function axe(what: string) {
    await page.addScriptTag({ content: AXE });
    const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
      violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
    };
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${what}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }

  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

  itInBrowser('lists the runs, and reaches a run by keyboard alone', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Eval runs' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /^run_/ }).count()).toBe(2);
    await expect.poll(() => page.getByText('98.2%').count()).toBe(1);
    await axe('runs');
    await shot('runs');
    // Tab from the top: the skip link, then the studio's navigation, then the filters and the runs.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to content');
    const focused: string[] = [];
    for (let i = 0; i < 16 && !focused.includes(runB); i++) {
      await page.keyboard.press('Tab');
      focused.push((await page.evaluate('document.activeElement?.textContent?.trim()')) ?? '');
    }
    expect(focused.slice(0, 4)).toEqual(['tandem studio', 'Evals', 'Compare', 'Traces']);
    expect(focused).toContain(runB);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Run ${runB}` }).waitFor();
  });

  itInBrowser('filters the case matrix and opens a case with its answer, checks and trace', async () => {
    await page.goto(`${base}/runs/${runB}`);
    await page.getByText('55 cases', { exact: true }).waitFor();
    await page.getByLabel('Status').selectOption('fail');
    await expect.poll(() => page.getByText('1 case', { exact: true }).count()).toBe(1);
    await page.getByRole('link', { name: 'change email' }).click();
    const panel = page.getByRole('complementary', { name: 'change email' });
    await panel.getByText('How can I change my e-mail address?').waitFor();
    expect(await panel.getByRole('cell', { name: 'icontains' }).count()).toBe(1);
    expect(await panel.getByText('fail').count()).toBeGreaterThan(0);
    // The close button has focus; Escape closes the panel.
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Close');
    await panel.getByText('Guardrails (all passed)').click();
    await panel.getByText(/injection on input: passed/).waitFor();
    await axe('run with a case');
    await shot('run');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    // Focus goes back to the case's row, where the keyboard user was.
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('change email');
  });

  itInBrowser(
    'renders only the rows in view: scrolled to the end, the last case is there and the first is not',
    async () => {
      await page.goto(`${base}/runs/${runB}`);
      await page.getByText('55 cases', { exact: true }).waitFor();
      const rendered = () => page.locator('.matrix tbody tr[aria-rowindex]').count();
      expect(await rendered()).toBeLessThan(55);
      await page.locator('.matrix').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.locator('.matrix tbody tr[aria-rowindex="54"]').waitFor();
      expect(await page.locator('.matrix tbody tr[aria-rowindex="2"]').count()).toBe(0);
      expect(await rendered()).toBeLessThan(55);
    },
  );

  itInBrowser('compares two runs: the broken case and its answers side by side', async () => {
    await page.goto(`${base}/compare`);
    await page.getByLabel('Run A').selectOption(runA);
    await page.getByLabel('Run B').selectOption(runB);
    await page.getByRole('heading', { name: 'Broken (1)' }).waitFor();
    await page
      .getByRole('region', { name: 'Broken (1)' })
      .getByRole('link', { name: 'change email' })
      .click();
    await page.getByRole('heading', { name: /Answers to “change email”/ }).waitFor();
    await axe('compare');
    await shot('compare');
  });

  itInBrowser('finds a trace, shows its spans, and adds it to a suite as a test case', async () => {
    await page.goto(`${base}/traces`);
    await page.getByRole('heading', { name: 'Traces' }).waitFor();
    await page.locator('table a').first().waitFor();
    await axe('traces');
    await shot('traces');
    const c = (await getJson(`/api/runs/${runB}/cases/change-email`)).body as {
      variants: Array<{ samples: Array<{ traceId: string }> }>;
    };
    await page.goto(`${base}/traces/${c.variants[0]!.samples[0]!.traceId}`);
    await page.getByRole('heading', { name: 'Spans' }).waitFor();
    expect(await page.locator('.waterfall li').count()).toBeGreaterThan(1);
    writeFileSync(join(dir, 'tests/from-studio.yaml'), 'app: support\ncases: []\n');
    await page.reload();
    await page.getByLabel('Suite file').selectOption('tests/from-studio.yaml');
    await page.getByLabel(/Expected answer/).fill('Open Settings, then Account, then Change e-mail.');
    await page.getByRole('button', { name: 'Add as a test case' }).click();
    await page
      .getByRole('status')
      .getByText(/Added to tests\/from-studio.yaml/)
      .waitFor();
    const added = readFileSync(join(dir, 'tests/from-studio.yaml'), 'utf8');
    expect(added).toContain('How can I change my e-mail address?');
    expect(added).toContain('Open Settings, then Account, then Change e-mail.');
    await page.getByLabel('Comment').fill('misses the one-click option');
    await page.getByRole('button', { name: 'Bad answer' }).click();
    await page.getByText('— misses the one-click option').waitFor();
    await axe('trace');
    await shot('trace');
    // Search: words of the question find its traces (one per run); a bad rating narrows them to this one.
    const traceId = c.variants[0]!.samples[0]!.traceId;
    await page.goto(`${base}/traces`);
    const filters = page.getByRole('form', { name: 'Filter traces' });
    await filters.getByLabel('Text').fill('CHANGE MY E-MAIL');
    await filters.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    await filters.getByLabel('Feedback').selectOption('bad');
    await filters.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody tr a').first().getAttribute('href')).toBe(`/traces/${traceId}`);
    expect(new URL(page.url()).search).toBe('?text=CHANGE+MY+E-MAIL&feedback=bad');
  });

  itInBrowser("shows a prompt's versions and labels, and what changed in a partial", async () => {
    const first = (await getJson('/api/prompts/answer')).body as { current: string };
    firstVersion = first.current;
    const label = await runCli(['prompts', 'label', 'answer', 'staging'], { cwd: dir });
    expect(label.code, label.stderr).toBe(0);
    // A partial changes: the prompt has a new version, and its diff is the partial's.
    const rules = join(dir, 'prompts/_rules.prompt');
    writeFileSync(rules, `${readFileSync(rules, 'utf8')}{{!-- reviewed by legal --}}\n`);
    const list = (await getJson('/api/prompts')).body as {
      data: Array<{ name: string; current: string; versions: number; labels: Record<string, string> }>;
    };
    const answer = list.data.find((p) => p.name === 'answer')!;
    expect(answer.versions).toBe(2);
    expect(answer.labels).toEqual({ staging: first.current });
    expect(answer.current).not.toBe(first.current);
    const diff = (await getJson('/api/prompts/answer/diff?from=staging')).body as {
      files: Array<{ file: string; patch: string }>;
    };
    expect(diff.files.map((f) => f.file)).toEqual(['_rules.prompt']);
    expect(diff.files[0]!.patch).toContain('+{{!-- reviewed by legal --}}');
    await page.goto(`${base}/prompts`);
    await page.getByRole('link', { name: 'answer' }).click();
    await page.getByRole('heading', { name: 'Prompt answer' }).waitFor();
    expect(await page.getByText('staging', { exact: true }).count()).toBeGreaterThan(0);
    await page.getByLabel('From').selectOption(first.current);
    await page
      .getByRole('region', { name: 'Changes to _rules.prompt' })
      .getByText('+{{!-- reviewed by legal --}}')
      .waitFor();
    await axe('prompt');
    await shot('prompt');
    expect((await getJson('/api/prompts/nope')).status).toBe(404);
  });

  itInBrowser(
    'starts an eval from the studio and follows it to its results',
    async () => {
      await page.goto(`${base}/runs`);
      await page.getByText('Start an eval').click();
      await page
        .getByRole('form', { name: 'Start an eval' })
        .getByLabel('Suite')
        .selectOption('tests/support.yaml');
      await page.getByRole('button', { name: 'Start' }).click();
      await page.waitForURL(/\/runs\/run_/);
      const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
      expect([runA, runB]).not.toContain(id);
      // It ends as every run does: the cases appear once it is finished.
      await page.getByText('55 cases', { exact: true }).waitFor({ timeout: 60_000 });
      const { body } = await getJson(`/api/runs/${id}`);
      expect(body.run).toMatchObject({ status: 'finished', startedBy: 'studio:open', samples: 55 });
      await axe('started run');
    },
    90_000,
  );

  itInBrowser(
    'shows requests, errors, latency, tokens and cost over the last day, per app and route',
    async () => {
      const m = (await getJson('/api/metrics?buckets=24')).body as {
        total: { requests: number; latencyMs: { p50: number } };
        buckets: unknown[];
        groups: Array<{ group: string; requests: number }>;
      };
      // Every sample of every run so far is a trace of the support app, within the last 24 hours.
      expect(m.buckets).toHaveLength(24);
      expect(m.total.requests).toBeGreaterThanOrEqual(3 * 55);
      expect(m.groups[0]).toMatchObject({ group: 'support' });
      expect(m.total.latencyMs.p50).toBeGreaterThan(0);
      expect((await getJson('/api/metrics?by=day')).status).toBe(400);
      const byModel = (await getJson('/api/metrics?by=model')).body as { groups: Array<{ group: string }> };
      // Cases a guardrail refused before any model call count apart.
      expect(byModel.groups.map((g) => g.group)).toEqual(['extractive', '(no model call)']);
      await page.goto(`${base}/dashboard`);
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await page.getByRole('rowheader', { name: 'support' }).waitFor();
      await page.getByLabel('Group by').selectOption('model');
      await page.getByRole('rowheader', { name: 'extractive' }).waitFor();
      await page.getByLabel('Group by').selectOption('key');
      await page.getByRole('rowheader', { name: '(no key)' }).waitFor();
      await axe('dashboard');
      await shot('dashboard');
    },
  );

  itInBrowser(
    'signs off on the app for legal and brand, with a request for changes in between, and shows what changed since',
    async () => {
      const before = (await getJson('/api/reviews')).body as {
        data: Array<{ app: string; approved: boolean; missing: string[] }>;
      };
      expect(before.data).toEqual([
        expect.objectContaining({ app: 'support', approved: false, missing: ['legal', 'brand'] }),
      ]);
      await page.goto(`${base}/reviews`);
      await page.getByRole('link', { name: 'support' }).click();
      await page.getByRole('heading', { name: 'Review support' }).waitFor();
      // The playbook as a page: what it is told, its guardrails in plain words, where data goes.
      await page.getByRole('heading', { name: 'What it is told' }).waitFor();
      await page.getByRole('rowheader', { name: 'injection' }).waitFor();
      await page.getByText(/Answers come from the knowledge base help/).waitFor();
      const form = page.getByRole('form', { name: 'Sign off' });
      const sign = async (role: string, decision: 'Approve this version' | 'Request changes', note = '') => {
        await form.getByLabel(decision).check();
        await form.getByLabel('Signing as').selectOption(role);
        await form.getByLabel('Your name').fill(role === 'legal' ? 'Lee' : 'Bo');
        await form.getByLabel(/^Note/).fill(note);
        await form
          .getByRole('button', { name: decision === 'Request changes' ? 'Request changes' : 'Approve' })
          .click();
      };
      await sign('legal', 'Approve this version', 'refund wording checked');
      await page.getByText('Still needs: brand.').waitFor();
      await sign('brand', 'Request changes', 'too formal for our voice');
      await page.getByText('changes requested', { exact: true }).first().waitFor();
      await sign('brand', 'Approve this version');
      await page.getByRole('status').getByText('support is approved in this version.').waitFor();
      await axe('review');
      await shot('review');
      const after = (await getJson('/api/reviews')).body as {
        data: Array<{ approved: boolean; approvedBy: Array<{ by: string; role: string }> }>;
      };
      expect(after.data[0]!.approved).toBe(true);
      expect(after.data[0]!.approvedBy.map((a) => `${a.role}:${a.by}`).sort()).toEqual([
        'brand:Bo',
        'legal:Lee',
      ]);
      // The CLI sees the same sign-offs.
      const playbook = await runCli(['playbook'], { cwd: dir });
      expect(playbook.stdout).toBe('wrote playbook/playbook.html and playbook/playbook.md (support)\n');
    },
    60_000,
  );

  itInBrowser('moves production only through its gate, and records who moved it', async () => {
    const current = ((await getJson('/api/prompts/answer')).body as { current: string }).current;
    // The first version passed its eval but nobody signed it off: refused, and the label stays where it was.
    const refused = await fetch(`${base}/api/prompts/answer/labels`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ label: 'production', version: firstVersion, by: 'Ann' }),
    });
    const refusal = ((await refused.json()) as { error: { message: string } }).error.message;
    expect(refusal).toMatch(
      /^answer@production cannot move to [0-9a-f]{12}: support is not approved with it \(changed since Bo approved it: prompt answer: partial _rules changed \(version [0-9a-f]{12} → [0-9a-f]{12}\)\)/,
    );
    expect(refused.status).toBe(409);
    await page.goto(`${base}/prompts/answer`);
    // Who signed off on which version, on the prompt's page.
    await page.getByRole('cell', { name: /Lee \(legal\) approved support/ }).waitFor();
    const form = page.getByRole('form', { name: 'Move a label' });
    await form.getByLabel('Label').fill('production');
    await form.getByLabel('To version').selectOption(current);
    const gate = form.getByRole('list', { name: 'Gate of production' });
    await gate.getByText(/Eval: passed tests\/support\.yaml/).waitFor();
    await gate.getByText('Sign-offs: support approved with it').waitFor();
    await form.getByLabel('Your name').fill('Ann');
    await form.getByLabel('Note (optional)').fill('release 12');
    await form.getByRole('button', { name: 'Move production' }).click();
    await form
      .getByRole('status')
      .getByText(`answer@production now points at ${current.slice(0, 12)}.`)
      .waitFor();
    await page.getByRole('cell', { name: 'release 12' }).waitFor();
    await axe('label move');
    await shot('label-move');
    const moves = await runCli(['prompts', 'moves', 'answer', '--label', 'production', '--json'], {
      cwd: dir,
    });
    expect(JSON.parse(moves.stdout)).toEqual([
      expect.objectContaining({ label: 'production', version: current, by: 'Ann', note: 'release 12' }),
    ]);
    // A change the reviewers did not see voids their sign-off: the review page says what changed.
    const persona = join(dir, 'prompts/_persona.prompt');
    writeFileSync(persona, `${readFileSync(persona, 'utf8')}Always end with "Happy cooking!"\n`);
    await page.goto(`${base}/reviews/support`);
    await page.getByRole('heading', { name: /What changed since (Lee|Bo) approved it/ }).waitFor();
    await page.getByText(/prompt answer: partial _persona changed/).waitFor();
    // Its latest results are the earlier version's, and say so; the text that changed is a click away.
    await page.getByText(/it tested answer@[0-9a-f]{12}, not this version/).waitFor();
    await page.getByRole('link', { name: "The prompt's text, line by line" }).click();
    await page
      .getByRole('region', { name: 'Changes to _persona.prompt' })
      .getByText('+Always end with "Happy cooking!"')
      .waitFor();
  });

  itInBrowser(
    'runs the app in the playground, a second version beside it, and saves the input as a case',
    async () => {
      await page.goto(`${base}/playground`);
      const run = page.getByRole('form', { name: 'Run' });
      await run.getByLabel(/^question/).fill('How do I reset my password?');
      await run.getByLabel('Run a second version or route side by side').check();
      await run.getByRole('group', { name: 'B' }).getByLabel('Prompt version').selectOption(firstVersion);
      await run.getByRole('button', { name: 'Run' }).click();
      const a = page.getByRole('region', { name: 'Run A' });
      const b = page.getByRole('region', { name: 'Run B' });
      await a
        .getByText(/reset link/)
        .first()
        .waitFor();
      await b.getByText(`prompt answer@${firstVersion.slice(0, 12)}`, { exact: false }).waitFor();
      // What happened: guardrail decisions, the passages with their text, the messages the model saw.
      await a.getByRole('rowheader', { name: 'injection' }).waitFor();
      await a.getByText(/^Passages \(\d+\)$/).click();
      await a.getByText('knowledge/account/password.md').first().waitFor();
      await a.getByText(/^Messages as the model saw them/).click();
      await a.getByText(/Help-centre passages for this question/).waitFor();
      await axe('playground');
      await page.evaluate('window.scrollTo(0, 0)');
      await shot('playground');
      const save = page.getByRole('form', { name: 'Save as a test case' });
      await save.getByLabel('Suite').selectOption('tests/support.yaml');
      await save.getByLabel(/^Expected answer/).fill('Use the reset link; it is valid for 60 minutes.');
      await save.getByRole('button', { name: 'Save case' }).click();
      await save.getByRole('status').waitFor();
      expect(await save.getByRole('status').textContent()).toMatch(
        /^Added to tests\/support\.yaml at line \d+\.$/,
      );
      await save
        .getByRole('status')
        .getByText(/^Added to tests\/support\.yaml at line \d+\.$/)
        .waitFor();
      const suite = readFileSync(join(dir, 'tests/support.yaml'), 'utf8');
      expect(suite).toContain('expected: Use the reset link; it is valid for 60 minutes.');
      expect(suite).toContain('from-playground');
    },
    60_000,
  );

  itInBrowser('manages keys as the admin, and asks for a key once one exists', async () => {
    await page.goto(`${base}/keys`);
    await page.getByLabel('Admin key', { exact: true }).fill(ADMIN_KEY);
    await page.getByRole('button', { name: 'Use it' }).click();
    await page.getByText(/No keys yet/).waitFor();
    const form = page.getByRole('form', { name: 'Create a key' });
    await form.getByLabel('Name').fill('web');
    await form.getByLabel('Role').selectOption('read-only');
    await form.getByLabel('Requests a minute').fill('60');
    await form.getByRole('button', { name: 'Create' }).click();
    const secret = (await page.getByRole('status').locator('code').textContent())!;
    expect(secret).toMatch(/^tdm_/);
    await page.getByRole('rowheader', { name: /web/ }).waitFor();
    await axe('keys');
    await shot('keys');
    // The server now needs a key: the studio asks for one, and shows the runs once it has it.
    await page.goto(`${base}/runs`);
    await page.getByRole('heading', { name: 'This server needs a key' }).waitFor();
    await page.getByLabel('Key', { exact: true }).fill(secret);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('link', { name: /^run_/ }).count()).toBeGreaterThan(1);
    // A read-only key reads but changes nothing: no eval to start, no sign-off form, no keys page.
    expect(await page.getByText('Start an eval').count()).toBe(0);
    await page.goto(`${base}/reviews/support`);
    await page.getByRole('heading', { name: 'Review support' }).waitFor();
    expect(await page.getByRole('form', { name: 'Sign off' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Keys' }).count()).toBe(0);
    await page.getByText('web (read-only)').waitFor(); // who the studio is signed in as
    await page.goto(`${base}/keys`);
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Revoke web' }).click();
    await page.getByText('revoked', { exact: true }).waitFor();
    // Signed in with an admin-role key, the keys page needs nothing more; signing out asks for a key again.
    const made = await fetch(`${base}/admin/keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'boss', role: 'admin' }),
    });
    const bossKey = ((await made.json()) as { secret: string }).secret;
    await page.evaluate('sessionStorage.clear()');
    await page.goto(`${base}/runs`);
    await page.getByRole('heading', { name: 'This server needs a key' }).waitFor();
    await page.getByLabel('Key', { exact: true }).fill(bossKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Keys' }).click();
    await page.getByRole('rowheader', { name: /boss/ }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'This server needs a key' }).waitFor();
  });

  itInBrowser('made no request outside this server and logged no error', () => {
    expect(outside).toEqual([]);
    // The browser logs the 401 that makes the studio ask for a key (the sign-in flow above): nothing else.
    expect(errors.filter((e) => !e.includes('status of 401 (Unauthorized)'))).toEqual([]);
  });
});
