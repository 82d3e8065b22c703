import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { type EvalEvent, estimateEval, runEval } from './index.js';

// A provider that answers "yes <question>", costs one cent a call, and counts its calls (it runs in this
// process, so the test reads the count from globalThis).
const paidProvider = `
export default () => ({
  generate(req) {
    const q = req.messages.at(-1).content;
    globalThis.__paidCalls = (globalThis.__paidCalls ?? 0) + 1;
    return { text: 'yes ' + q, costUsd: 0.01 };
  },
});
`;

const calls = () => (globalThis as { __paidCalls?: number }).__paidCalls ?? 0;

function suite(cases: string[], thresholds = '') {
  return `app: bot\n${thresholds}cases:\n${cases.map((q, i) => `  - name: case ${i}\n    vars: { question: "${q}" }\n    assert: [{ type: icontains, value: "hours" }]\n`).join('')}`;
}

function project(files: Record<string, string> = {}) {
  return tempProject({
    'tandem.yaml': `providers:\n  paid: { type: script, module: tools/paid.mjs }\nroutes:\n  main: { targets: [paid], cache: true }\nknowledge:\n  help: { sources: kb/*.md }\napps:\n  bot: { prompt: answer, route: main, knowledge: help }\n`,
    'tools/paid.mjs': paidProvider,
    'prompts/answer.prompt': '---\ninput:\n  schema:\n    question: string\n---\n{{question}}\n',
    'kb/hours.md': '# Hours\n\nThe shop opens at 9:00 on weekdays.\n',
    'tests/bot.yaml': suite(['opening hours?', 'hours on sunday?']),
    ...files,
  });
}

function recorder() {
  const events: EvalEvent[] = [];
  return { events, onEvent: (e: EvalEvent) => events.push(e), types: () => events.map((e) => e.type) };
}

describe('runEval', () => {
  it('syncs knowledge, runs the suites, writes the reports and reports each step as an event', async () => {
    const root = project({ 'tests/more.yaml': suite(['what are your hours?', 'where is the shop?']) });
    const rec = recorder();
    const result = await runEval({ root, outputs: ['out/report.json'], cwd: root, onEvent: rec.onEvent });

    expect(result.runs.map((r) => r.summary.suite)).toEqual(['tests/bot.yaml', 'tests/more.yaml']);
    expect(result.runs.map((r) => r.run.status)).toEqual(['finished', 'finished']);
    expect(result.interrupted).toBe(false);
    expect(result.reports).toEqual([join(root, 'out/report.json')]);
    const report = JSON.parse(readFileSync(join(root, 'out/report.json'), 'utf8')) as {
      suites: Array<{ summary: { suite: string } }>;
    };
    expect(report.suites.map((s) => s.summary.suite)).toEqual(['tests/bot.yaml', 'tests/more.yaml']);
    // The knowledge base is indexed before the first suite; the second finds nothing changed.
    expect(rec.events.filter((e) => e.type === 'knowledge-synced')).toEqual([
      {
        type: 'knowledge-synced',
        suite: 'tests/bot.yaml',
        base: 'help',
        added: 1,
        updated: 0,
        removed: 0,
        failed: 0,
      },
      {
        type: 'knowledge-synced',
        suite: 'tests/more.yaml',
        base: 'help',
        added: 0,
        updated: 0,
        removed: 0,
        failed: 0,
      },
    ]);
    expect(rec.types()).toEqual([
      'knowledge-synced',
      'suite-started',
      'run-started',
      'progress',
      'progress',
      'progress',
      'suite-finished',
      'knowledge-synced',
      'suite-started',
      'run-started',
      'progress',
      'progress',
      'progress',
      'suite-finished',
      'report-written',
    ]);
    const progress = rec.events.filter((e) => e.type === 'progress');
    expect(progress.slice(0, 3).map((p) => [p.done, p.total, p.costUsd.toFixed(2)])).toEqual([
      [0, 2, '0.00'],
      [1, 2, '0.01'],
      [2, 2, '0.02'],
    ]);
    expect(rec.events.at(-1)).toEqual({ type: 'report-written', file: join(root, 'out/report.json') });
  });

  it('fails the gate on a threshold and on a prompt label that is not approved, with one reason each', async () => {
    const root = project({
      'tests/bot.yaml': suite(['opening hours?', 'where is the shop?'], 'thresholds: { passRate: 0.9 }\n'),
    });
    const result = await runEval({ root, requireApproval: 'prod' });
    expect(result.gate.passed).toBe(false);
    expect(result.gate.reasons).toHaveLength(2);
    expect(result.gate.reasons[0]).toMatch(/^tests\/bot\.yaml: default pass rate 50\.0%/);
    expect(result.gate.reasons[1]).toBe(
      'bot: prompt answer has no label "prod" (tandem prompts label answer prod)',
    );
  });

  it('passes the gate with a warning when every answer came from the cache', async () => {
    const root = project();
    const first = await runEval({ root });
    expect(first.gate).toEqual({ passed: true, reasons: [], warnings: [] });
    const before = calls();
    const second = await runEval({ root });
    expect(calls()).toBe(before); // nothing asked again
    expect(second.gate.passed).toBe(true);
    expect(second.gate.warnings).toEqual([
      'tests/bot.yaml [default]: the gate passed on cached answers only (2/2); tandem eval --no-cache asks the models again',
    ]);
  });

  it('stops at the cost budget, and resume continues that run without asking finished cases again', async () => {
    const root = project({
      'tests/bot.yaml': suite(['hours 1', 'hours 2', 'hours 3', 'hours 4', 'hours 5']),
    });
    const start = calls();
    const capped = await runEval({ root, maxCostUsd: 0.015, concurrency: 1, noCache: true });
    const [run] = capped.runs;
    expect(run!.run.status).toBe('budget-exceeded');
    expect(run!.summary.variants[0]!.samples).toBe(2);
    expect(calls() - start).toBe(2);

    const rec = recorder();
    const resumed = await runEval({ root, resume: true, noCache: true, onEvent: rec.onEvent });
    expect(rec.events.find((e) => e.type === 'suite-started')).toEqual({
      type: 'suite-started',
      suite: 'tests/bot.yaml',
      resumed: { runId: run!.run.id, suiteChanged: false },
    });
    expect(resumed.runs[0]!.run.id).toBe(run!.run.id);
    expect(resumed.runs[0]!.run.status).toBe('finished');
    expect(resumed.runs[0]!.summary.variants[0]!.samples).toBe(5);
    expect(calls() - start).toBe(5);
  });

  it('stops starting samples when the signal aborts, and says the run was interrupted', async () => {
    const root = project({ 'tests/bot.yaml': suite(['hours 1', 'hours 2', 'hours 3', 'hours 4']) });
    const controller = new AbortController();
    const result = await runEval({
      root,
      concurrency: 1,
      noCache: true,
      signal: controller.signal,
      onEvent: (e) => {
        if (e.type === 'progress' && e.done === 1) controller.abort();
      },
    });
    expect(result.interrupted).toBe(true);
    expect(result.runs[0]!.run.status).toBe('interrupted');
    expect(result.runs[0]!.summary.variants[0]!.samples).toBe(1);
  });

  it('refuses a report file it cannot write before running anything', async () => {
    const root = project();
    const start = calls();
    await expect(runEval({ root, outputs: ['out/report.txt'] })).rejects.toMatchObject({
      code: 'USAGE',
      message: 'cannot write a report to out/report.txt',
    });
    expect(calls()).toBe(start);
  });

  it('estimates without calling the provider', async () => {
    const root = project();
    const start = calls();
    const [estimate] = await estimateEval({ root });
    expect(estimate).toMatchObject({ suite: 'tests/bot.yaml', samples: 2, modelCalls: 2, judgeCalls: 0 });
    expect(calls()).toBe(start);
  });

  it('runs only the tagged cases, summarises each tag, and keeps a resumed run to its own tags', async () => {
    const tagged = (name: string, q: string, tags: string) =>
      `  - name: ${name}\n    vars: { question: "${q}" }\n    tags: [${tags}]\n    assert: [{ type: icontains, value: "hours" }]\n`;
    const root = project({
      'tests/bot.yaml': `app: bot\nthresholds: { allowFailures: true }\ncases:\n${tagged('a', 'hours a', 'smoke, hours')}${tagged('b', 'hours b', 'hours, slow')}${tagged('c', 'price c', 'smoke')}${tagged('d', 'hours d', 'hours')}`,
      'tests/other.yaml': suite(['hours?']),
    });
    await expect(runEval({ root, tags: ['smok'] })).rejects.toMatchObject({
      code: 'USAGE',
      message: '--tag smok: no case has the tag "smok"',
      hint: 'Did you mean smoke? Tags the cases have: hours, slow, smoke',
    });
    const [estimate] = await estimateEval({ root, tags: ['hours'], excludeTags: ['slow'] });
    expect(estimate).toMatchObject({ suite: 'tests/bot.yaml', samples: 2 }); // other.yaml has no such case

    const rec = recorder();
    const start = calls();
    const capped = await runEval({
      root,
      tags: ['hours', 'smoke'],
      excludeTags: ['slow'],
      noCache: true,
      concurrency: 1,
      maxCostUsd: 0.015,
      onEvent: rec.onEvent,
    });
    expect(rec.events.find((e) => e.type === 'suite-skipped')).toEqual({
      type: 'suite-skipped',
      suite: 'tests/other.yaml',
      reason: 'no case selected by --tag hours,smoke --exclude-tag slow',
    });
    expect(capped.runs.map((r) => r.run.status)).toEqual(['budget-exceeded']);
    expect(calls() - start).toBe(2);
    await expect(runEval({ root, resume: true, tags: ['smoke'] })).rejects.toMatchObject({
      code: 'USAGE',
      message: `run ${capped.runs[0]!.run.id} of tests/bot.yaml was started with --tag hours,smoke --exclude-tag slow; --resume continues it with the same cases`,
    });

    const resumed = await runEval({ root, resume: true, noCache: true });
    const { summary } = resumed.runs[0]!;
    expect(resumed.runs[0]!.run.id).toBe(capped.runs[0]!.run.id);
    expect(summary.cases.map((c) => c.caseId)).toEqual(['a', 'c', 'd']); // b is slow
    // d, and other.yaml's case: it had no unfinished run, so --resume starts one of all its cases.
    expect(resumed.runs.map((r) => r.summary.suite)).toEqual(['tests/bot.yaml', 'tests/other.yaml']);
    expect(calls() - start).toBe(4);
    expect(summary.tags.map((t) => [t.tag, t.cases, t.passed, t.failed])).toEqual([
      ['hours', 2, 2, 0],
      ['smoke', 2, 1, 1],
    ]);
    expect(summary.tags[1]!.passRate).toMatchObject({ mean: 0.5, cases: 2 });
  });
});
