import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/support-bot', import.meta.url));

// The support bot with its refund cases naming the document by its bare file name, as people write it.
function withBareSourceName(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-support-bot-'));
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !src.includes('.tandem') });
  const suite = join(dir, 'tests/support.yaml');
  writeFileSync(
    suite,
    readFileSync(suite, 'utf8').replaceAll(
      'sources: [knowledge/billing/refunds.md]',
      'sources: [refunds.md]',
    ),
  );
  return dir;
}

const WARNING =
  'warning: tests/support.yaml:178: sources entry "refunds.md" matches no document of knowledge base "help"; did you mean knowledge/billing/refunds.md?\n';

describe('tandem eval: a sources entry that names no document', () => {
  it('is a warning, once per entry, on stderr, at --dry-run and at a run that goes on', async () => {
    const dir = withBareSourceName();
    const dry = await runCli(['eval', '--dry-run'], { cwd: dir });
    expect(dry.code).toBe(0);
    expect(dry.stderr).toBe(WARNING);
    const run = await runCli(['eval', '--tag', 'answerable', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('warning:'))).toEqual([WARNING.trim()]);
    expect(JSON.parse(run.stdout).suites[0].summary.cases).toHaveLength(38);
  }, 60_000);

  it('is an error under --ci, before anything runs', async () => {
    const dir = withBareSourceName();
    const ci = await runCli(['eval', '--ci'], { cwd: dir });
    expect(ci.code).toBe(1);
    expect(ci.stdout).toBe('');
    expect(ci.stderr).toContain(
      'error 1 sources entry matches no document:\n  tests/support.yaml:178: sources entry "refunds.md" matches no document of knowledge base "help"; did you mean knowledge/billing/refunds.md?\n',
    );
  }, 60_000);
});
