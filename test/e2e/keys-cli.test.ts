import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

// One project, one step per test: each spawn of the CLI gets the whole test timeout, so a loaded machine
// slows the steps down without failing them (they once shared a single 20 s budget).
let project: string;
let secret: string;

beforeAll(async () => {
  project = join(mkdtempSync(join(tmpdir(), 'tandem-keys-')), 'p');
  expect((await runCli(['init', project])).code).toBe(0);
});

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe.sequential('tandem keys', () => {
  it('refuses to serve on every interface while the project has no key', async () => {
    const r = await runCli(['serve', '--host', '0.0.0.0', '--port', '0'], { cwd: project });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'error refusing to listen on 0.0.0.0: this project has no API keys, so anyone who can reach it could spend your model budget\n' +
        '  hint: create one first (tandem keys create --name <client>), or bind to 127.0.0.1\n',
    );
  });

  it('creates a key and shows its secret once', async () => {
    const r = await runCli(['keys', 'create', '--name', 'web', '--rpm', '60', '--budget-usd-day', '5'], {
      cwd: project,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const shown = /^created client key web \(key_[0-9a-f]{26}\)\n\n {2}(tdm_[A-Za-z0-9_-]{43})\n\n/.exec(
      r.stdout,
    );
    // 32 random bytes in base64url: "tdm_" and 43 characters, on a line of its own for copying.
    expect(shown?.[1]).toMatch(/^tdm_[A-Za-z0-9_-]{43}$/);
    secret = shown![1]!;
    expect(r.stdout.slice(shown![0].length)).toBe(
      'This is the only time the secret is shown; tandem keeps only its hash.\n',
    );
  });

  it('lists the key with its limits and prefix, never its secret', async () => {
    const r = await runCli(['keys', 'list'], { cwd: project });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `web  ${secret.slice(0, 10)}…  client  60 rpm · $5/day  today: 0 requests, 0 tokens, $0.0000\n`,
    );
    expect(r.stdout).not.toContain(secret);
  });

  it('refuses unknown routes, bad limits and a second active key of the same name', async () => {
    const unknownRoute = await runCli(['keys', 'create', '--name', 'x', '--routes', 'gpt-9'], {
      cwd: project,
    });
    expect(unknownRoute.code).toBe(1);
    expect(unknownRoute.stderr).toContain('error --routes: unknown gpt-9\n');
    expect(unknownRoute.stderr).toContain('app:assistant');
    const negative = await runCli(['keys', 'create', '--name', 'x', '--rpm', '-1'], { cwd: project });
    expect(negative.code).toBe(1);
    expect(negative.stderr).toBe('error --rpm expects a whole number of 1 or more, got "-1"\n');
    const dup = await runCli(['keys', 'create', '--name', 'web'], { cwd: project });
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('an active key named "web" exists');
    for (const r of [unknownRoute, negative, dup]) noStack(r.stderr);
  });

  it('gives a key a role, and refuses a role it does not know', async () => {
    const r = await runCli(['keys', 'create', '--name', 'ana', '--role', 'reviewer'], { cwd: project });
    expect(r.stdout).toMatch(/^created reviewer key ana /);
    expect((await runCli(['keys', 'list'], { cwd: project })).stdout).toMatch(
      /^ana {2}tdm_\S+… {2}reviewer {2}no limits/m,
    );
    const bad = await runCli(['keys', 'create', '--name', 'x', '--role', 'owner'], { cwd: project });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--role');
    expect(bad.stderr).toContain('client, read-only, reviewer, admin');
    await runCli(['keys', 'revoke', 'ana'], { cwd: project });
  });

  it('revokes the key once; a second revoke says there is none', async () => {
    const revoked = await runCli(['keys', 'revoke', 'web'], { cwd: project });
    expect(revoked).toEqual({ code: 0, stdout: 'revoked web\n', stderr: '' });
    expect((await runCli(['keys', 'list'], { cwd: project })).stdout).toMatch(/^web \(revoked\) {2}/);
    const again = await runCli(['keys', 'revoke', 'web'], { cwd: project });
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('error no active key "web"\n  hint: see tandem keys list\n');
  });
});
