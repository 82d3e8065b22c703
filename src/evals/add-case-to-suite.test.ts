import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import type { TraceRecord } from '../store/index.js';
import { addCaseToSuite, caseFromTrace } from './add-case-to-suite.js';
import { loadSuite } from './load-suite.js';

const trace = (over: Partial<TraceRecord> = {}): TraceRecord => ({
  id: 'tr_1',
  name: 'support',
  kind: 'app',
  status: 'ok',
  startedAt: 0,
  durationMs: 1,
  usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 },
  costUsd: 0,
  input: { vars: { question: 'Can I pay by "bank transfer": yes or no?' } },
  output: 'No.',
  spans: [],
  ...over,
});

const example = readFileSync(
  new URL('../../examples/support-bot/tests/support.yaml', import.meta.url),
  'utf8',
);

describe('adding a trace to a suite', () => {
  it('appends after the last case, leaving every byte of the file before it as written', async () => {
    const dir = tempProject({ 'tests/support.yaml': example });
    const before = await loadSuite(dir, 'tests/support.yaml');
    const { line, added: appended } = await addCaseToSuite(
      dir,
      'tests/support.yaml',
      caseFromTrace(trace(), 'Only by card.'),
      'support',
    );
    expect(appended).toBe(true);
    const after = readFileSync(join(dir, 'tests/support.yaml'), 'utf8');
    expect(after.startsWith(example.trimEnd())).toBe(true); // comments, alignment and quoting untouched
    expect(after).toContain('  passRate: 0.9             # share of cases that must pass');
    const suite = await loadSuite(dir, 'tests/support.yaml');
    expect(suite.cases).toHaveLength(before.cases.length + 1);
    const added = suite.cases.at(-1)!;
    expect(added).toMatchObject({
      vars: { question: 'Can I pay by "bank transfer": yes or no?' },
      expected: 'Only by card.',
      tags: expect.arrayContaining(['from-trace']),
    });
    expect(added.assert).toContainEqual(expect.objectContaining({ type: 'rouge-l' }));
    expect(after.split('\n')[line - 1]).toMatch(/^ {2}- name: 'Can I pay by/);
  });

  it('adding the same trace twice does not append a second case', async () => {
    const dir = tempProject({ 'tests/support.yaml': example });
    const first = await addCaseToSuite(dir, 'tests/support.yaml', caseFromTrace(trace(), 'Only by card.'));
    const once = readFileSync(join(dir, 'tests/support.yaml'), 'utf8');
    const again = await addCaseToSuite(dir, 'tests/support.yaml', caseFromTrace(trace(), 'Only by card.'));
    expect(again).toEqual({ line: first.line, added: false });
    expect(readFileSync(join(dir, 'tests/support.yaml'), 'utf8')).toBe(once);
    // Another trace with the same question and answer is the same case too.
    const twin = caseFromTrace(trace({ id: 'tr_2' }), 'Only by card.');
    expect(await addCaseToSuite(dir, 'tests/support.yaml', twin)).toEqual({ line: first.line, added: false });
    const suite = await loadSuite(dir, 'tests/support.yaml');
    expect(suite.cases.filter((c) => c.tags.includes('from-trace'))).toHaveLength(1);
  });

  it('keeps the conversation a traced follow-up was asked after, and tells it from the same words alone', async () => {
    const history = [
      { role: 'user', content: 'How much does the Family plan cost?' },
      { role: 'assistant', content: 'It costs 89 EUR per week. [1]' },
      { role: 'tool', toolCallId: 'c1', name: 'lookup', content: '{}' },
    ];
    const followUp = trace({ id: 'tr_3', input: { vars: { question: 'And the Single one?' }, history } });
    const alone = trace({ id: 'tr_4', input: { vars: { question: 'And the Single one?' } } });
    expect(caseFromTrace(followUp).history).toEqual(history.slice(0, 2));
    const dir = tempProject({ 'tests/support.yaml': example });
    const first = await addCaseToSuite(dir, 'tests/support.yaml', { ...caseFromTrace(followUp), name: 'a' });
    const second = await addCaseToSuite(dir, 'tests/support.yaml', { ...caseFromTrace(alone), name: 'b' });
    expect(second.added).toBe(true);
    expect(second.line).toBeGreaterThan(first.line);
    const cases = (await loadSuite(dir, 'tests/support.yaml')).cases.filter((c) =>
      c.tags.includes('from-trace'),
    );
    expect(cases.map((c) => c.history)).toEqual([history.slice(0, 2), undefined]);
  });

  it('starts the list in a suite with no cases, and refuses what would break the suite', async () => {
    const dir = tempProject({
      'tests/new.yaml': '# new suite\napp: support\ncases: []\n',
      'tests/other.yaml': 'app: billing\ncases:\n  - vars: { q: x }\n',
    });
    await addCaseToSuite(dir, 'tests/new.yaml', caseFromTrace(trace()), 'support');
    const text = readFileSync(join(dir, 'tests/new.yaml'), 'utf8');
    expect(text.startsWith('# new suite\napp: support\ncases:\n- name:')).toBe(true);
    expect((await loadSuite(dir, 'tests/new.yaml')).cases).toHaveLength(1);

    await expect(addCaseToSuite(dir, 'tests/other.yaml', caseFromTrace(trace()), 'support')).rejects.toThrow(
      'tests app "billing", but the trace is of app "support"',
    );
    await expect(addCaseToSuite(dir, '../outside.yaml', caseFromTrace(trace()))).rejects.toThrow(
      'must be a .yaml file inside the project',
    );
    expect(() => caseFromTrace(trace({ input: undefined }))).toThrow('has no stored input');
    expect(() => caseFromTrace(trace({ kind: 'request' }))).toThrow('not an app run');
    writeFileSync(join(dir, 'tests/flow.yaml'), 'app: support\ncases: [{ vars: { q: x } }]\n');
    await expect(addCaseToSuite(dir, 'tests/flow.yaml', caseFromTrace(trace()))).rejects.toThrow(
      'not a block list',
    );
    expect(readFileSync(join(dir, 'tests/flow.yaml'), 'utf8')).toBe(
      'app: support\ncases: [{ vars: { q: x } }]\n',
    );
  });
});
