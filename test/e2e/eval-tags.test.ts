import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/support-bot', import.meta.url));

function supportBot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-support-bot-'));
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !src.includes('.tandem') });
  return dir;
}

describe('tandem eval --tag / --exclude-tag (examples/support-bot: 55 cases in eight tags)', () => {
  it('runs only the selected cases and reports each tag with its interval in every format', async () => {
    const dir = supportBot();
    const outputs = ['-o', 'out/r.json', '-o', 'out/r.md', '-o', 'out/r.xml', '-o', 'out/r.html'];
    const r = await runCli(['eval', '--tag', 'formatting', '--tag', 'guardrails,adversarial', ...outputs], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('12 cases (--tag formatting,guardrails,adversarial) × 1 variant');
    expect(r.stdout).toMatch(/By tag\n +tag +pass rate \(95% CI\) +cases/);
    expect(r.stdout).toMatch(/^ +formatting +100\.0% \(51\.0%–100\.0%\) +4 +4 +0 +0 +0/m);
    const json = JSON.parse(readFileSync(join(dir, 'out/r.json'), 'utf8'));
    const summary = json.suites[0].summary;
    expect(summary.cases).toHaveLength(12);
    expect(summary.tags.map((t: { tag: string; cases: number }) => [t.tag, t.cases])).toEqual([
      ['adversarial', 5],
      ['formatting', 4],
      ['guardrails', 3],
    ]);
    expect(json.suites[0].run.config).toMatchObject({
      cases: 12,
      tags: ['formatting', 'guardrails', 'adversarial'],
    });
    expect(readFileSync(join(dir, 'out/r.md'), 'utf8')).toContain(
      '| formatting | default | 100.0% | 51.0%–100.0% | 4 | 4 | 0 | 0 | 0 |',
    );
    const xml = readFileSync(join(dir, 'out/r.xml'), 'utf8');
    expect(xml).toContain('<property name="tag:guardrails" value="100.0% (95% CI 43.9%–100.0%), 3 cases"/>');
    expect(xml).toMatch(/name="short answer"[^>]*><properties><property name="tag" value="formatting"\/>/);
    expect(readFileSync(join(dir, 'out/r.html'), 'utf8')).toContain('<h2>By tag</h2>');

    // A follow-up case's report says how its question was read after the conversation it follows.
    const followUps = await runCli(['eval', '--tag', 'follow-up', '-o', 'out/f.html'], { cwd: dir });
    expect(followUps.code).toBe(0);
    expect(readFileSync(join(dir, 'out/f.html'), 'utf8')).toContain(
      '<p class="grounding">read as: How much does the Family plan cost per week. And the Single one?</p>',
    );

    const excluded = await runCli(['eval', '--exclude-tag', 'answerable', '--json'], { cwd: dir });
    expect(JSON.parse(excluded.stdout).suites[0].summary.cases).toHaveLength(55 - 38);
  }, 120_000);

  it('refuses an unknown tag, naming the tags there are; --dry-run counts only the selected cases', async () => {
    const dir = supportBot();
    const typo = await runCli(['eval', '--tag', 'formating'], { cwd: dir });
    expect(typo.code).toBe(1);
    expect(typo.stderr).toBe(
      'error --tag formating: no case has the tag "formating"\n  hint: Did you mean formatting? Tags the cases have: adversarial, answerable, follow-up, formatting, guardrails, superseded, table, unanswerable\n',
    );
    const dry = await runCli(['eval', '--dry-run', '--exclude-tag', 'answerable'], { cwd: dir });
    expect(dry.stdout).toContain('tests/support.yaml: 17 samples → up to 17 model calls');
    const unknown = await runCli(['eval', '--dry-run', '--exclude-tag', 'nope'], { cwd: dir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('error --exclude-tag nope: no case has the tag "nope"');
  }, 60_000);

  it('--resume continues a run with the tags it started with, and refuses other tags', async () => {
    const dir = supportBot();
    const first = await runCli(['eval', '--tag', 'guardrails', '--json'], { cwd: dir });
    const runId = JSON.parse(first.stdout).suites[0].run.id as string;
    const other = await runCli(['eval', '--resume', '--run', runId, '--tag', 'formatting'], { cwd: dir });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain(
      `error run ${runId} of tests/support.yaml was started with --tag guardrails; --resume continues it with the same cases`,
    );
    const same = await runCli(['eval', '--resume', '--run', runId], { cwd: dir });
    expect(same.code).toBe(0);
    expect(same.stderr).toContain(`resuming ${runId} of tests/support.yaml (--tag guardrails)`);
    expect(same.stdout).toContain('3 cases (--tag guardrails) × 1 variant');
  }, 60_000);
});
