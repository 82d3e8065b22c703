import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { isTandemError } from '../core/index.js';
import { loadProject, type Project } from '../pipeline/index.js';
import { approvalStatus, missingInWords, signOffApp } from './approval-status.js';
import { labelGate, moveLabel } from './label-gate.js';

const yaml = `
providers:
  echo: { type: echo }
apps:
  support: { prompt: answer, route: echo }
approvals:
  required: [legal, brand]
labels:
  production: {}
  canary: { approvals: false }
`;

let project: Project | undefined;
afterEach(async () => {
  await project?.close();
  project = undefined;
});

async function open(files: Record<string, string> = {}) {
  const dir = tempProject({ 'tandem.yaml': yaml, 'prompts/answer.prompt': '{{question}}', ...files });
  project = await loadProject(dir);
  return { dir, project };
}

// A finished run that tested `version` of the prompt, its one threshold met or not.
async function evalRun(p: Project, version: string, ok: boolean, startedAt: number) {
  const id = `run_${startedAt}`;
  await p.store.evals.createRun({
    id,
    suite: 'tests/support.yaml',
    suiteHash: 'h',
    status: 'finished',
    startedAt,
    config: { variants: ['default'], tested: { default: { prompt: 'answer', version } } },
    summary: {
      suite: 'support',
      runId: id,
      variants: [
        { name: 'default', cases: 10, passed: ok ? 10 : 7, failed: ok ? 0 : 3, flaky: 0, errored: 0 },
      ],
      cases: [],
      tags: [],
      thresholds: [
        {
          variant: 'default',
          check: 'passRate',
          ok,
          reason: ok ? 'pass rate 100% ≥ 90%' : 'pass rate 70% < 90%',
        },
      ],
    },
  });
  return id;
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (isTandemError(err) && err.code === 'GATE_FAILED') return err.message;
    throw err;
  }
  throw new Error('the move was not refused');
}

describe('sign-offs by role', () => {
  it('approve a version only once every required role approved, and a request for changes holds it back', async () => {
    const { project: p } = await open();
    await signOffApp(p, 'support', { by: 'Lee', role: 'legal' });
    let status = await approvalStatus(p, 'support');
    expect([status.approved, status.missing]).toEqual([false, ['brand']]);
    await signOffApp(p, 'support', {
      by: 'Bo',
      role: 'brand',
      decision: 'changes-requested',
      note: 'too formal',
    });
    status = await approvalStatus(p, 'support');
    expect(status.approved).toBe(false);
    expect(status.changesRequested.map((a) => [a.by, a.note])).toEqual([['Bo', 'too formal']]);
    await signOffApp(p, 'support', { by: 'Bo', role: 'brand', note: 'fine now' });
    status = await approvalStatus(p, 'support');
    expect([status.approved, status.missing, status.changesRequested]).toEqual([true, [], []]);
    expect(status.approvedBy.map((a) => `${a.role}:${a.by}`).sort()).toEqual(['brand:Bo', 'legal:Lee']);
  });

  it('need a reviewer per role: one person signing for legal and brand counts once', async () => {
    const { project: p } = await open();
    await signOffApp(p, 'support', { by: 'Lee', role: 'legal' });
    await signOffApp(p, 'support', { by: 'Lee', role: 'brand' });
    const status = await approvalStatus(p, 'support');
    expect([status.approved, status.missing]).toEqual([false, ['brand']]);
    expect(missingInWords(status)).toBe('not approved by brand (each role needs its own reviewer)');
  });

  it('refuse a role the project does not name, an unsigned approval, and a request without a note', async () => {
    const { project: p } = await open();
    await expect(signOffApp(p, 'support', { by: 'Lee', role: 'finance' })).rejects.toThrow(
      '"finance" is not a sign-off role of this project',
    );
    await expect(signOffApp(p, 'support', { by: 'Lee' })).rejects.toThrow(
      'this project needs approvals by role (legal, brand)',
    );
    await expect(
      signOffApp(p, 'support', { by: 'Lee', role: 'legal', decision: 'changes-requested' }),
    ).rejects.toThrow('a request for changes needs a note');
    expect(await p.store.approvals.list()).toEqual([]);
  });
});

describe('gated label moves', () => {
  it('refuse production until the version passed its latest eval and carries every sign-off, then record the move', async () => {
    const { project: p } = await open();
    const { version } = await p.prompts.load('answer');
    const move = { prompt: 'answer', label: 'production', by: 'Ann' };
    expect(await refusal(moveLabel(p, move))).toMatch(
      /no finished eval run tested answer [0-9a-f]{12}; support is not approved with it \(not approved by legal, brand\)/,
    );
    await evalRun(p, version, true, 1000);
    await evalRun(p, version, false, 2000); // the newer run failed: the older pass does not count
    expect(await refusal(moveLabel(p, move))).toContain('failed: default pass rate 70% < 90%');
    await evalRun(p, version, true, 3000);
    await signOffApp(p, 'support', { by: 'Lee', role: 'legal' });
    expect(await refusal(moveLabel(p, move))).toContain('not approved by brand');
    expect(await p.store.prompts.getLabel('answer', 'production')).toBeUndefined();

    await signOffApp(p, 'support', { by: 'Bo', role: 'brand' });
    const moved = await moveLabel(p, { ...move, note: 'release 1' });
    expect(moved.gate.checks.map((c) => [c.check, c.ok, c.runId])).toEqual([
      ['eval', true, 'run_3000'],
      ['approvals', true, undefined],
    ]);
    expect((await p.store.prompts.getLabel('answer', 'production'))?.version).toBe(version);
    expect(await p.store.prompts.labelMoves('answer')).toEqual([
      expect.objectContaining({ label: 'production', version, by: 'Ann', note: 'release 1' }),
    ]);
  });

  it('hold a version edited after the approval back, and let labels the project does not gate move freely', async () => {
    const { dir, project: p } = await open();
    const first = await p.prompts.load('answer');
    await evalRun(p, first.version, true, 1000);
    await signOffApp(p, 'support', { by: 'Lee', role: 'legal' });
    await signOffApp(p, 'support', { by: 'Bo', role: 'brand' });
    writeFileSync(join(dir, 'prompts/answer.prompt'), 'Answer briefly: {{question}}');
    const second = await p.prompts.load('answer');
    await evalRun(p, second.version, true, 2000);
    const gate = await labelGate(p, 'answer', 'production', second.version);
    expect(gate.checks.find((c) => c.check === 'approvals')?.detail).toMatch(
      /^support is not approved with it \(changed since Bo approved it: prompt answer: its text changed/,
    );
    // The approved version can still go out; canary needs only an eval; staging is not gated at all.
    expect(
      (await moveLabel(p, { prompt: 'answer', label: 'production', ref: first.version, by: 'Ann' })).version,
    ).toBe(first.version);
    expect((await moveLabel(p, { prompt: 'answer', label: 'canary', by: 'Ann' })).gate.checks).toHaveLength(
      1,
    );
    // A gated label in other letters would dodge its gate: refused. Moving a label where it is records nothing.
    await expect(moveLabel(p, { prompt: 'answer', label: 'Production', by: 'Ann' })).rejects.toThrow(
      '"Production" differs from the gated label "production" only in case',
    );
    await moveLabel(p, { prompt: 'answer', label: 'canary', by: 'Ann' });
    const staging = await moveLabel(p, { prompt: 'answer', label: 'staging', by: 'Ann' });
    expect([staging.gate.gated, staging.version]).toEqual([false, second.version]);
    expect((await p.store.prompts.labelMoves('answer')).map((m) => m.label)).toEqual([
      'staging',
      'canary',
      'production',
    ]);
  });
});
