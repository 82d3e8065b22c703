import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { loadProject, type Project } from '../pipeline/index.js';
import { approvalStatus, approveApp } from './approval-status.js';

const yaml = (extra = '') => `
providers:
  local: { type: extractive }
  cloud: { type: openai, model: gpt-4.1-mini, apiKey: sk-unused, baseUrl: "https://llm.example.com/v1" }
routes:
  main: { targets: [local, cloud], retry: { attempts: 2 }${extra} }
guardrails:
  pii: { check: pii, action: redact }
apps:
  support: { prompt: answer, route: main, guardrails: [pii] }
`;

let project: Project | undefined;
afterEach(async () => {
  await project?.close();
  project = undefined;
});

async function open(dir: string) {
  await project?.close();
  project = await loadProject(dir);
  return project;
}

describe('app approvals', () => {
  it('cover the app as approved, and list each change since in plain words', async () => {
    const dir = tempProject({
      'tandem.yaml': yaml(),
      'prompts/answer.prompt': '{{> tone}} {{question}}',
      'prompts/_tone.prompt': 'Be kind.',
    });
    await approveApp(await open(dir), 'support', 'Ana', 'tone OK');
    expect((await approvalStatus(project!, 'support')).approvedBy.map((a) => [a.by, a.note])).toEqual([
      ['Ana', 'tone OK'],
    ]);

    writeFileSync(join(dir, 'prompts/_tone.prompt'), 'Be curt.');
    writeFileSync(join(dir, 'tandem.yaml'), yaml().replace('llm.example.com', 'llm.elsewhere.example'));
    const status = await approvalStatus(await open(dir), 'support');
    expect(status.approvedBy).toEqual([]);
    expect(status.previous?.approval.by).toBe('Ana');
    expect(status.previous?.changes).toEqual([
      expect.stringMatching(/^prompt answer: partial _tone changed \(version [0-9a-f]{12} → [0-9a-f]{12}\)$/),
      'provider cloud: sendsTo llm.example.com → llm.elsewhere.example',
    ]);
  });

  it('are not voided by tuning the playbook does not show (retries, timeouts)', async () => {
    const dir = tempProject({ 'tandem.yaml': yaml(), 'prompts/answer.prompt': '{{question}}' });
    const before = await approvalStatus(await open(dir), 'support');
    await approveApp(project!, 'support', 'Ana');
    writeFileSync(join(dir, 'tandem.yaml'), yaml(', timeoutMs: 5000').replace('attempts: 2', 'attempts: 4'));
    const after = await approvalStatus(await open(dir), 'support');
    expect(after.appVersion).toBe(before.appVersion);
    expect(after.approvedBy.map((a) => a.by)).toEqual(['Ana']);
  });

  it('recorded before app versions existed do not count, and say why', async () => {
    const dir = tempProject({ 'tandem.yaml': yaml(), 'prompts/answer.prompt': '{{question}}' });
    const p = await open(dir);
    const { prompt } = await p.app('support');
    await p.store.approvals.add({ app: 'support', prompt: prompt.name, version: prompt.version, by: 'Bo' });
    const status = await approvalStatus(p, 'support');
    expect(status.approvedBy).toEqual([]);
    expect(status.previous?.changes).toEqual([
      'approved before tandem recorded tools, models, guardrails and knowledge with the prompt: review it all again',
    ]);
  });
});
