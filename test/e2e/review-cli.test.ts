import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

// What the studio's reviews, label moves, playground and trace search do, from the terminal: a new project
// that asks for legal's and brand's sign-off and gates production.
let project = '';
const cli = (args: string[]) => runCli(args, { cwd: project });

beforeAll(async () => {
  project = join(mkdtempSync(join(tmpdir(), 'tandem-review-')), 'p');
  expect((await runCli(['init', project])).code).toBe(0);
  const yaml = join(project, 'tandem.yaml');
  writeFileSync(
    yaml,
    `${readFileSync(yaml, 'utf8')}\napprovals:\n  required: [legal, brand]\nlabels:\n  production: {}\n`,
  );
}, 60_000);

describe('reviews and gated labels on the CLI', () => {
  it('refuses production until an eval passed and legal and brand approved, then records the move', async () => {
    const early = await cli(['prompts', 'label', 'answer', 'production']);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(
      /^error answer@production cannot move to [0-9a-f]{12}: no finished eval run tested answer [0-9a-f]{12}; assistant is not approved with it \(not approved by legal, brand\)\n/,
    );
    expect((await cli(['eval'])).code).toBe(0);
    const unsigned = await cli(['playbook', 'approve', 'assistant', '--by', 'Lee']);
    expect([unsigned.code, unsigned.stderr]).toEqual([
      1,
      'error this project needs approvals by role (legal, brand)\n  hint: Say which one you sign for: --role legal.\n',
    ]);
    const legal = await cli(['playbook', 'approve', 'assistant', '--by', 'Lee', '--role', 'legal']);
    expect(legal.stdout).toMatch(
      /^Lee as legal approved assistant: app version [0-9a-f]{12} \(prompt answer@[0-9a-f]{12}\)\nassistant is not approved yet: not approved by brand\n$/,
    );
    const asked = await cli([
      'playbook',
      'request-changes',
      'assistant',
      '--by',
      'Bo',
      '--role',
      'brand',
      '--note',
      'too formal',
    ]);
    expect(asked.stdout).toContain(
      'assistant is not approved yet: Bo (brand) requested changes: "too formal"',
    );
    expect((await cli(['playbook', 'request-changes', 'assistant', '--by', 'Bo'])).stderr).toContain(
      'error missing --note: what must change',
    );
    await cli(['playbook', 'approve', 'assistant', '--by', 'Bo', '--role', 'brand']);
    const moved = await cli(['prompts', 'label', 'answer', 'production', '--note', 'first release']);
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toMatch(
      /^answer@production → [0-9a-f]{12}\n {2}✓ eval: passed tests\/assistant\.yaml in run_\w+ .*\n {2}✓ approvals: assistant approved with it\n$/,
    );
    const moves = await cli(['prompts', 'moves', 'answer']);
    expect(moves.stdout).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d {2}production {3}[0-9a-f]{12} {2}by cli:\S+ "first release"\n$/,
    );
  }, 90_000);

  it('runs an app at another prompt version and route, then finds its trace by text and counts it by model', async () => {
    const version = JSON.parse((await cli(['prompts', 'list', 'answer', '--json'])).stdout).current as string;
    const run = await cli([
      'run',
      'assistant',
      '--prompt',
      `answer@${version.slice(0, 8)}`,
      '--json',
      '--var',
      'question=Can I pay with a gift card?',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const { traceId, prompt } = JSON.parse(run.stdout) as { traceId: string; prompt: { version: string } };
    expect(prompt.version).toBe(version);
    const found = await cli(['traces', 'list', '--text', 'GIFT CARD', '--json']);
    expect((JSON.parse(found.stdout) as { data: Array<{ id: string }> }).data.map((t) => t.id)).toEqual([
      traceId,
    ]);
    expect((await cli(['traces', 'list', '--feedback', 'bad'])).stdout).toBe('no trace matches\n');
    const stats = JSON.parse((await cli(['traces', 'stats', '--by', 'model', '--json'])).stdout) as {
      total: { requests: number };
      groups: Array<{ group: string; requests: number }>;
    };
    expect(stats.groups.reduce((n, g) => n + g.requests, 0)).toBe(stats.total.requests);
    expect(stats.groups.map((g) => g.group)).toContain('extractive');
    const bad = await cli(['traces', 'stats', '--since', 'yesterday']);
    expect([bad.code, bad.stderr]).toEqual([
      1,
      'error --since takes an age (24h, 7d, 90m) or an ISO date, not "yesterday"\n',
    ]);
  }, 90_000);
});
