import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

let project: string;

beforeAll(async () => {
  project = join(mkdtempSync(join(tmpdir(), 'tandem-keys-')), 'p');
  expect((await runCli(['init', project])).code).toBe(0);
});

describe('tandem keys', () => {
  it('creates a key shown once, lists it with limits, refuses bad input and revokes it', async () => {
    const serveOpen = await runCli(['serve', '--host', '0.0.0.0', '--port', '0'], { cwd: project });
    expect(serveOpen.code).toBe(1);
    expect(serveOpen.stderr).toContain('has no API keys');
    expect(serveOpen.stderr).toContain('tandem keys create');

    const created = await runCli(
      ['keys', 'create', '--name', 'web', '--rpm', '60', '--budget-usd-day', '5'],
      {
        cwd: project,
      },
    );
    expect(created.code).toBe(0);
    const secret = /tdm_[\w-]+/.exec(created.stdout)?.[0];
    expect(secret).toBeDefined();

    const list = await runCli(['keys', 'list'], { cwd: project });
    expect(list.stdout).toContain('web');
    expect(list.stdout).toContain('60 rpm · $5/day');
    expect(list.stdout).not.toContain(secret!);

    const unknownRoute = await runCli(['keys', 'create', '--name', 'x', '--routes', 'gpt-9'], {
      cwd: project,
    });
    expect(unknownRoute.code).toBe(1);
    expect(unknownRoute.stderr).toContain('--routes: unknown gpt-9');
    expect(unknownRoute.stderr).toContain('app:assistant');
    const negative = await runCli(['keys', 'create', '--name', 'x', '--rpm', '-1'], { cwd: project });
    expect(negative.stderr).toContain('--rpm must be a positive number');
    const dup = await runCli(['keys', 'create', '--name', 'web'], { cwd: project });
    expect(dup.stderr).toContain('an active key named "web" exists');
    for (const r of [unknownRoute, negative, dup]) expect(r.stderr).not.toMatch(/^\s+at /m);

    expect((await runCli(['keys', 'revoke', 'web'], { cwd: project })).code).toBe(0);
    expect((await runCli(['keys', 'list'], { cwd: project })).stdout).toContain('web (revoked)');
    const again = await runCli(['keys', 'revoke', 'web'], { cwd: project });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('no active key "web"');
  });
});
