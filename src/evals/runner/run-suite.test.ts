import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../../../test/support/temp-project.js';
import { loadProject, type Project } from '../../pipeline/index.js';
import { createScriptedProvider, type ScriptedProvider } from '../../providers/testing/index.js';
import { loadSuite } from '../load-suite.js';
import { DETAILED_CASES } from '../summarize.js';
import { runSuite } from './run-suite.js';

const config = `
providers:
  model: { type: echo }
  other: { type: echo }
routes:
  main: { targets: [model], cache: true }
  alt: { targets: [other], cache: true }
apps:
  bot: { prompt: bot, route: main }
`;

let project: Project | undefined;
afterEach(async () => {
  await project?.close();
  project = undefined;
});

async function setup(suite: string, model: ScriptedProvider, other?: ScriptedProvider) {
  const dir = tempProject({
    'tandem.yaml': config,
    'prompts/bot.prompt': '---\ninput:\n  schema:\n    q: string\n---\n{{q}}\n',
    'tests/bot.yaml': suite,
  });
  project = await loadProject(dir, { providerOverrides: { model, ...(other ? { other } : {}) } });
  return { dir, suite: await loadSuite(dir, 'tests/bot.yaml') };
}

const suite = `
app: bot
thresholds: { passRate: 0.5, passRateLowerBound: 0.9 }
cases:
  - name: greets
    vars: { q: hello }
    assert: [{ type: icontains, value: hello }]
  - name: counts
    vars: { q: count }
    assert: [{ type: regex, value: '\\d' }]
`;

describe('runSuite', () => {
  it('runs each case through the app, grades it, stores results and summarises', async () => {
    const model = createScriptedProvider(
      [(req) => ({ text: `you said ${req.messages.at(-1)!.content}` })],
      'model',
    );
    const { suite: s } = await setup(suite, model);
    const { run, summary } = await runSuite({ project: project!, suite: s });
    expect(run.status).toBe('finished');
    const results = await project!.store.evals.results(run.id);
    expect(results.map((r) => [r.caseId, r.status])).toEqual(
      expect.arrayContaining([
        ['greets', 'pass'],
        ['counts', 'fail'],
      ]),
    );
    expect(await project!.store.evals.results(run.id)).toHaveLength(2);
    const v = summary.variants[0]!;
    expect(v).toMatchObject({ passed: 1, failed: 1, cases: 2 });
    expect(v.passRate.mean).toBe(0.5);
    // 50% passes the rate threshold, but its lower bound cannot pass the gate.
    expect(summary.thresholds.map((t) => [t.check, t.ok])).toEqual([
      ['passRate', true],
      ['passRateLowerBound', false],
    ]);
    const trace = await project!.store.traces.get(results[0]!.traceId!);
    expect(trace?.name).toBe('bot');
  });

  it('re-running an unchanged suite makes no model calls; --no-cache does', async () => {
    const model = createScriptedProvider([{ text: 'hello 1' }], 'model');
    const { suite: s } = await setup(suite, model);
    await runSuite({ project: project!, suite: s });
    expect(model.calls).toHaveLength(2);
    const again = await runSuite({ project: project!, suite: s });
    expect(model.calls).toHaveLength(2);
    expect(again.summary.variants[0]!.cachedSamples).toBe(2);
    await runSuite({ project: project!, suite: s, noCache: true });
    expect(model.calls).toHaveLength(4);
  });

  it('treats repeats as independent samples (never served from one cache entry), with per-case statistics', async () => {
    // Every other call answers wrongly: the case is flaky.
    const model = createScriptedProvider([(_req, n) => ({ text: n % 2 ? 'hello' : 'bye' })], 'model');
    const { suite: s } = await setup(
      'app: bot\ncases:\n  - name: greets\n    vars: { q: hi }\n    repeat: 4\n    assert: [{ type: icontains, value: hello }]\n',
      model,
    );
    const { summary } = await runSuite({ project: project!, suite: s, concurrency: 1 });
    expect(model.calls).toHaveLength(4);
    const c = summary.cases[0]!;
    expect(c).toMatchObject({ samples: 4, passes: 2, fails: 2, flaky: true, status: 'flaky', passRate: 0.5 });
    expect(c.wilson.low).toBeCloseTo(0.15, 2);
    expect(c.wilson.high).toBeCloseTo(0.85, 2);
    expect(c.passAtK).toBe(1);
    expect(c.passHatK).toBe(0);
    await runSuite({ project: project!, suite: s });
    expect(model.calls).toHaveLength(4); // each sample has its own cache entry
  });

  it('a suite whose every case passes gets a real interval, and one case cannot clear a 0.99 lower bound', async () => {
    const model = createScriptedProvider([{ text: 'hello 1' }], 'model');
    const one =
      'app: bot\nthresholds: { passRateLowerBound: 0.99 }\ncases:\n  - vars: { q: hi }\n    assert: [{ type: icontains, value: hello }]\n';
    const { suite: s } = await setup(one, model);
    const { summary } = await runSuite({ project: project!, suite: s });
    const v = summary.variants[0]!;
    expect(v.passRate.mean).toBe(1);
    expect(v.passRate.low).toBeCloseTo(0.2065, 4); // Wilson 95% for 1 of 1
    expect(v.passRate.high).toBe(1);
    expect(summary.thresholds).toEqual([
      {
        variant: 'default',
        check: 'passRateLowerBound',
        ok: false,
        reason:
          'pass rate 95% lower bound 20.7% < 99.0% (1 case can show at most 20.7%: add cases or lower the bound)',
      },
    ]);
  });

  it('weighs each assertion by its weight in the case score', async () => {
    const model = createScriptedProvider([{ text: 'hello there' }], 'model');
    const weighted =
      "app: bot\ncases:\n  - name: weighed\n    vars: { q: hi }\n    assert:\n      - { type: icontains, value: hello, weight: 3 }\n      - { type: regex, value: '\\d' }\n  - name: even\n    vars: { q: hi }\n    assert:\n      - { type: icontains, value: hello }\n      - { type: regex, value: '\\d' }\n";
    const { suite: s } = await setup(weighted, model);
    const { run, summary } = await runSuite({ project: project!, suite: s });
    const results = await project!.store.evals.results(run.id);
    const score = (id: string) => results.find((r) => r.caseId === id)!.score;
    expect(score('weighed')).toBe(0.75); // (3 × 1 + 1 × 0) / 4
    expect(score('even')).toBe(0.5);
    expect(summary.cases.map((c) => [c.caseId, c.status])).toEqual([
      ['weighed', 'fail'],
      ['even', 'fail'],
    ]);
  });

  it('records a provider failure as an error, not a fail, and counts it apart', async () => {
    const { TandemError } = await import('../../core/index.js');
    const model = createScriptedProvider([new TandemError('PROVIDER_ERROR', 'HTTP 500')], 'model');
    const { suite: s } = await setup(suite, model);
    const { summary } = await runSuite({ project: project!, suite: s });
    expect(summary.variants[0]).toMatchObject({ errored: 2, failed: 0, passed: 0, assertionErrors: 2 });
    expect(summary.cases[0]!.error).toContain('HTTP 500');
  });

  it('compares variants case by case', async () => {
    const model = createScriptedProvider([{ text: 'hello' }], 'model');
    const other = createScriptedProvider([{ text: 'hello 42' }], 'other');
    const { suite: s } = await setup(
      `${suite}variants:\n  - name: base\n  - name: alt\n    route: alt\n`,
      model,
      other,
    );
    const { summary } = await runSuite({ project: project!, suite: s });
    expect(summary.variants.map((v) => [v.name, v.passRate.mean])).toEqual([
      ['base', 0.5],
      ['alt', 1],
    ]);
    expect(summary.comparison).toMatchObject({ a: 'base', b: 'alt', cases: 2 });
    expect(summary.comparison!.fixed.map((c) => c.caseId)).toEqual(['counts']);
    expect(summary.comparison!.difference.mean).toBe(0.5);
  });

  it('holds no results: it returns the run and its figures, with the answers of the first cases not passing', async () => {
    const model = createScriptedProvider(
      [(req) => ({ text: `no ${req.messages.at(-1)!.content}` })],
      'model',
    );
    const many = `app: bot\ncases:\n${Array.from({ length: DETAILED_CASES + 5 }, (_, i) => `  - name: c${i}\n    vars: { q: q${i} }\n    repeat: 2\n    assert: [{ type: contains, value: hello }]\n`).join('')}`;
    const { suite: s } = await setup(many, model);
    const out = await runSuite({ project: project!, suite: s, noCache: true });
    expect(Object.keys(out).sort()).toEqual(['ran', 'run', 'summary']);
    expect(out.ran).toBe(2 * (DETAILED_CASES + 5));
    const answered = out.summary.cases.filter((c) => c.output !== undefined);
    expect(answered.map((c) => [c.name, c.output, c.assertions![0]!.reason])).toEqual(
      Array.from({ length: DETAILED_CASES }, (_, i) => [`c${i}`, `no q${i}`, 'does not contain "hello"']),
    );
    // The run's stored summary keeps figures per case, never answers.
    const stored = await project!.store.evals.getRun(out.run.id);
    expect(JSON.stringify(stored!.summary)).not.toContain('no q');
    expect(await project!.store.evals.results(out.run.id)).toHaveLength(2 * (DETAILED_CASES + 5));
  });

  it('stops at a cost budget and can be resumed without re-calling finished samples', async () => {
    const model = createScriptedProvider([{ text: 'hello 1', costUsd: 0.01 }], 'model');
    const many = `app: bot\ncases:\n${Array.from({ length: 6 }, (_, i) => `  - name: c${i}\n    vars: { q: q${i} }\n    assert: [{ type: contains, value: hello }]\n`).join('')}`;
    const { suite: s } = await setup(many, model);
    const first = await runSuite({
      project: project!,
      suite: s,
      concurrency: 1,
      maxCostUsd: 0.025,
      noCache: true,
    });
    expect(first.run.status).toBe('budget-exceeded');
    expect(first.ran).toBe(3);
    expect(await project!.store.evals.results(first.run.id)).toHaveLength(3);
    const resumed = await runSuite({
      project: project!,
      suite: s,
      concurrency: 1,
      resume: first.run,
      noCache: true,
    });
    expect(resumed.run).toMatchObject({ id: first.run.id, status: 'finished' });
    expect(resumed.ran).toBe(3);
    expect(resumed.summary.variants[0]!.samples).toBe(6);
    expect(await project!.store.evals.results(first.run.id)).toHaveLength(6);
    expect(model.calls).toHaveLength(6);
  });

  it('grades a retrieval check at its own k, deeper than the app retrieves, and leaves the answer alone', async () => {
    // Five documents of equal length: the more "zebra", the better BM25 ranks them; d.md comes 4th.
    const docs = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e'].map((name, i) => [
        `kb/${name}.md`,
        `${'zebra '.repeat(5 - i)}${'lorem '.repeat(i)}\n`,
      ]),
    );
    const dir = tempProject({
      'tandem.yaml': `${config.replace('bot: { prompt: bot, route: main }', 'bot: { prompt: bot, route: main, knowledge: { base: help, k: 2 } }')}knowledge:\n  help: { sources: kb/*.md }\n`,
      'prompts/bot.prompt': '---\ninput:\n  schema:\n    q: string\n---\n{{q}}\n',
      ...docs,
      'tests/kb.yaml': [
        'app: bot',
        'cases:',
        '  - vars: { q: zebra }',
        '    sources: [kb/d.md]',
        '    assert:',
        '      - { type: hit-at-k, k: 5 }',
        '      - { type: hit-at-k, k: 3, metric: hit3 }',
        '      - { type: hit-at-k, k: 2, metric: hit2 }',
        '',
      ].join('\n'),
    });
    const model = createScriptedProvider([{ text: 'Zebras.' }], 'model');
    project = await loadProject(dir, { providerOverrides: { model } });
    await (await project.knowledge.get('help')).ingest();
    const { run } = await runSuite({ project, suite: await loadSuite(dir, 'tests/kb.yaml') });
    const results = await project.store.evals.results(run.id);
    const [r] = results;
    expect(r!.assertions.map((a) => [a.metric, a.status, a.reason])).toEqual([
      ['hit-at-k', 'pass', 'hit@5 = 1.000 ≥ 1 (the run retrieved 2; 5 retrieved for k 5)'],
      ['hit3', 'fail', 'hit@3 = 0.000 < 1 (the run retrieved 2; 3 retrieved for k 3)'],
      ['hit2', 'fail', 'hit@2 = 0.000 < 1 (of 2 retrieved)'],
    ]);
    // The answer is the run's: two passages in its prompt and its record.
    expect(r!.retrieved).toHaveLength(2);
    expect(model.calls).toHaveLength(1);
    expect(model.calls[0]!.messages.map((m) => m.content).join('\n')).not.toContain('lorem lorem lorem');
  });

  it("a dataset's list column reaches the prompt as a list, and each row is graded by its own assertions", async () => {
    const dir = tempProject({
      'tandem.yaml': config,
      'prompts/bot.prompt':
        '---\ninput:\n  schema:\n    items(array): string\n---\n{{#each items}}<{{this}}>{{/each}}\n',
      'tests/cases.jsonl': `${[
        { items: ['a', 'b'], asserts: [{ type: 'contains', value: '<a><b>' }] },
        { items: ['c'], asserts: [{ type: 'contains', value: '<d>' }] },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n')}\n`,
      'tests/data.yaml': 'app: bot\ndataset:\n  file: cases.jsonl\n  assertColumn: asserts\n',
    });
    const model = createScriptedProvider([(req) => ({ text: req.messages.at(-1)!.content })], 'model');
    project = await loadProject(dir, { providerOverrides: { model } });
    const data = await loadSuite(dir, 'tests/data.yaml');
    const { run } = await runSuite({ project, suite: data });
    // In the order of the rows (the store lists them by case id).
    const row = (caseId: string) => data.cases.findIndex((c) => c.id === caseId);
    const results = (await project.store.evals.results(run.id)).sort((a, b) => row(a.caseId) - row(b.caseId));
    expect(results.map((r) => [r.output, r.status, r.assertions[0]!.reason])).toEqual([
      ['<a><b>', 'pass', 'contains "<a><b>"'],
      ['<c>', 'fail', 'does not contain "<d>"'],
    ]);
  });

  it('reads cases from a CSV dataset with a column mapping', async () => {
    const model = createScriptedProvider([(req) => ({ text: req.messages.at(-1)!.content })], 'model');
    const { dir } = await setup(suite, model);
    writeFileSync(
      join(dir, 'tests/cases.csv'),
      'question,answer,topic\nhello there,hello,greeting\nsay 4,4,math\n',
    );
    writeFileSync(
      join(dir, 'tests/data.yaml'),
      'app: bot\ndataset:\n  file: cases.csv\n  vars: { q: question }\n  expected: answer\n  tags: topic\n  assert: [{ type: rouge-l, threshold: 0.1 }]\n',
    );
    const s = await loadSuite(dir, 'tests/data.yaml');
    expect(s.cases.map((c) => [c.vars, c.expected, c.tags, c.origin])).toEqual([
      [{ q: 'hello there' }, 'hello', ['greeting'], 'tests/cases.csv row 1'],
      [{ q: 'say 4' }, '4', ['math'], 'tests/cases.csv row 2'],
    ]);
    const { summary } = await runSuite({ project: project!, suite: s });
    expect(summary.variants[0]!.passed).toBe(2);
  });
});

describe('suite errors', () => {
  it('point at the line and suggest the fix', async () => {
    const dir = tempProject({
      'tests/bad.yaml':
        'app: bot\ncases:\n  - vars: { q: a }\n    assert:\n      - type: icontain\n        value: x\n',
    });
    await expect(loadSuite(dir, 'tests/bad.yaml')).rejects.toMatchObject({
      code: 'SUITE_INVALID',
      message: 'unknown assertion type "icontain"',
      hint: 'did you mean "icontains"?',
      where: { file: 'tests/bad.yaml', line: 5, path: 'cases[0].assert[0].type' },
    });
    const none = tempProject({ 'tests/empty.yaml': 'app: bot\n' });
    await expect(loadSuite(none, 'tests/empty.yaml')).rejects.toMatchObject({
      message: 'a suite needs cases: or a dataset:',
    });
  });

  it('a malformed dataset names the file, the line and what is wrong', async () => {
    const suiteOver = (file: string, text: string) =>
      tempProject({
        [`tests/${file}`]: text,
        'tests/data.yaml': `app: bot\ndataset:\n  file: ${file}\n  assert: [{ type: icontains, value: x }]\n`,
      });
    const cases: Array<[string, string, number, string, string]> = [
      [
        'cases.csv',
        'q,a\nhi,hello\n"multi\nline",x\nsay 4,4,extra\n',
        5,
        'columns length is 2, got 3',
        'as many fields',
      ],
      [
        'cases.csv',
        'q,a\nhi,"hello\nbye,x\n',
        2,
        'a quoted field that starts here is never closed',
        'never closed',
      ],
      ['cases.csv', 'q,q\nhi,hello\n', 1, 'column "q" appears twice in the header', 'must differ'],
      ['cases.jsonl', '{"q":"hi"}\n\n{"q": oops}\n', 3, 'not valid JSON', 'one JSON object per line'],
      ['cases.jsonl', '["hi"]\n', 1, 'a row must be a JSON object', '{"question"'],
    ];
    for (const [file, text, line, what, hint] of cases) {
      const err = await loadSuite(suiteOver(file, text), 'tests/data.yaml').catch((e) => e);
      expect(err).toMatchObject({ code: 'SUITE_INVALID', where: { file: `tests/${file}`, line } });
      expect(err.message).toContain(`malformed dataset: ${what}`);
      expect(err.hint).toContain(hint);
    }
  });

  it('dataset cases know the line they start on (for CI annotations)', async () => {
    const dir = tempProject({
      'tests/cases.csv': 'q,a\nhi,hello\n\n"two\nlines",x\nlast,y\n',
      'tests/data.yaml': 'app: bot\ndataset:\n  file: cases.csv\n',
    });
    const s = await loadSuite(dir, 'tests/data.yaml');
    expect(s.cases.map((c) => c.location)).toEqual([
      { file: 'tests/cases.csv', line: 2 },
      { file: 'tests/cases.csv', line: 4 },
      { file: 'tests/cases.csv', line: 6 },
    ]);
  });
});
