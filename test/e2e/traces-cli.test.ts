import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

describe('tandem traces add-to-suite', () => {
  it('turns a run into a case with the corrected answer, which tandem eval then runs', async () => {
    const project = join(mkdtempSync(join(tmpdir(), 'tandem-traces-')), 'p');
    expect((await runCli(['init', project])).code).toBe(0);
    const suiteBefore = readFileSync(join(project, 'tests/assistant.yaml'), 'utf8');
    const run = await runCli(
      ['run', 'assistant', '--json', '--var', 'question=How do I reset my password?'],
      {
        cwd: project,
      },
    );
    const { traceId } = JSON.parse(run.stdout) as { traceId: string };

    const added = await runCli(
      [
        'traces',
        'add-to-suite',
        traceId,
        '--suite',
        'tests/assistant.yaml',
        '--expected',
        'Choose "Forgot password" on the sign-in page and follow the link we e-mail you.',
      ],
      { cwd: project },
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('added case "How do I reset my password?');
    const suiteAfter = readFileSync(join(project, 'tests/assistant.yaml'), 'utf8');
    expect(suiteAfter.startsWith(suiteBefore.trimEnd())).toBe(true);
    const again = await runCli(
      ['traces', 'add-to-suite', traceId, '--suite', 'tests/assistant.yaml', '--expected', 'Anything else.'],
      { cwd: project },
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^tests\/assistant\.yaml:\d+ already has this case; nothing added\n$/);
    expect(readFileSync(join(project, 'tests/assistant.yaml'), 'utf8')).toBe(suiteAfter);

    await runCli(['eval', '-o', 'report.json'], { cwd: project });
    type Result = { caseId: string; status: string; assertions: Array<{ type: string }> };
    const { suites } = JSON.parse(readFileSync(join(project, 'report.json'), 'utf8')) as {
      suites: Array<{ results: Result[] }>;
    };
    const report = suites[0]!;
    expect(report.results).toHaveLength(6);
    const fromTrace = report.results.find((r) => r.caseId.includes(traceId.toLowerCase().replace('_', '-')));
    expect(fromTrace?.assertions.map((a) => a.type)).toEqual(['rouge-l']);
    expect(fromTrace?.status).toMatch(/pass|fail/);

    const missing = await runCli(['traces', 'add-to-suite', 'tr_nope', '--suite', 'tests/assistant.yaml'], {
      cwd: project,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no trace tr_nope');
    expect(missing.stderr).not.toMatch(/^\s+at /m);
  });
});
