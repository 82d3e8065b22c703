import { afterEach, describe, expect, it } from 'vitest';
import { type EvalResultRecord, openSqliteStore, type SqliteStore } from '../store/index.js';
import type { LoadedSuite } from './load-suite.js';
import { readCaseDetails, readResults } from './read-results.js';
import { renderReport, reportInput } from './report/formats.js';
import { summarize } from './summarize.js';

let store: SqliteStore | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
});

const suite = {
  file: 'tests/bot.yaml',
  hash: 'h',
  spec: { thresholds: {} },
  cases: ['b', 'a', 'c'].map((id, i) => ({
    id,
    name: `case ${id}`,
    vars: {},
    assert: [],
    tags: i ? [] : ['smoke'],
    repeat: 3,
    origin: `tests/bot.yaml:${i + 3}`,
    location: { file: 'tests/bot.yaml', line: i + 3 },
  })),
} as unknown as LoadedSuite;

// Case b passes every sample, a fails its second, c errs on its first.
const outcome = (caseId: string, sample: number): EvalResultRecord['status'] =>
  caseId === 'a' && sample === 1 ? 'fail' : caseId === 'c' && sample === 0 ? 'error' : 'pass';

async function storedRun(): Promise<EvalResultRecord[]> {
  store = openSqliteStore(':memory:');
  await store.evals.createRun({
    id: 'run_1',
    suite: suite.file,
    suiteHash: 'h',
    status: 'finished',
    startedAt: 1,
    config: {},
  });
  const results: EvalResultRecord[] = [];
  for (const variant of ['v2', 'v1'])
    for (const c of suite.cases)
      for (let sample = 2; sample >= 0; sample--) {
        const status = outcome(c.id, sample);
        const r: EvalResultRecord = {
          runId: 'run_1',
          variant,
          caseId: c.id,
          sample,
          status,
          score: status === 'pass' ? 1 : 0,
          output: `${variant} ${c.id} #${sample}`,
          assertions: [
            {
              type: 'contains',
              metric: 'contains',
              weight: 1,
              status,
              score: 0,
              reason: `${status} #${sample}`,
            },
          ],
          latencyMs: 10 + sample,
          cached: false,
          ...(status === 'error' ? { error: 'PROVIDER_ERROR: HTTP 500' } : {}),
        };
        await store.evals.saveResult(r);
        results.push(r);
      }
  return results;
}

describe('reading a run back from the store', () => {
  it('pages through every result in the order results() gives, whatever the page size', async () => {
    await storedRun();
    const all = await store!.evals.results('run_1');
    expect(all).toHaveLength(18);
    for (const size of [1, 4, 18, 500]) {
      const read: EvalResultRecord[] = [];
      for await (const r of readResults(store!.evals, 'run_1', size)) read.push(r);
      expect(read).toEqual(all);
    }
    expect(
      await store!.evals.resultPage('run_1', { after: { variant: 'v2', caseId: 'c', sample: 2 }, limit: 5 }),
    ).toEqual([]);
    expect(await store!.evals.resultPage('run_2', { limit: 5 })).toEqual([]);
  });

  it("finds each case's shown sample: the first that did not pass, or the first", async () => {
    const results = await storedRun();
    const summary = summarize(suite, 'run_1', ['v1', 'v2'], results);
    const cases = await readCaseDetails(store!.evals, 'run_1', summary.cases);
    expect(cases.map((c) => [c.variant, c.caseId, c.shownSample, c.output, c.error])).toEqual([
      ['v1', 'b', 0, 'v1 b #0', undefined],
      ['v1', 'a', 1, 'v1 a #1', undefined],
      ['v1', 'c', 0, 'v1 c #0', 'PROVIDER_ERROR: HTTP 500'],
      ['v2', 'b', 0, 'v2 b #0', undefined],
      ['v2', 'a', 1, 'v2 a #1', undefined],
      ['v2', 'c', 0, 'v2 c #0', 'PROVIDER_ERROR: HTTP 500'],
    ]);
    expect(cases[1]!.assertions).toEqual([
      { type: 'contains', metric: 'contains', weight: 1, status: 'fail', score: 0, reason: 'fail #1' },
    ]);
  });

  it('streams the JSON report as JSON.stringify would lay it out, answers and results read from the store', async () => {
    const results = await storedRun();
    const summary = summarize(suite, 'run_1', ['v1', 'v2'], results);
    const run = (await store!.evals.getRun('run_1'))!;
    const input = reportInput(store!.evals, { run, summary });
    let text = '';
    for await (const piece of renderReport('out/report.json', [input, input])) text += piece;
    const cases = await readCaseDetails(store!.evals, 'run_1', summary.cases);
    const { cases: _c, variants, ...rest } = summary;
    const suiteJson = {
      run: { ...run, summary: undefined },
      summary: {
        ...rest,
        variants: variants.map(({ latencyMs: { p50, p95 }, ...v }) => ({ ...v, latencyMs: { p50, p95 } })),
        cases,
      },
      results: await store!.evals.results('run_1'),
    };
    expect(text).toBe(`${JSON.stringify({ suites: [suiteJson, suiteJson] }, null, 2)}\n`);
    let empty = '';
    for await (const piece of renderReport('r.json', [])) empty += piece;
    expect(empty).toBe(`${JSON.stringify({ suites: [] }, null, 2)}\n`);
  });
});
