import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestModule } from 'vitest/node';
import type { CompatDocument } from './compat-document.js';
import { type CompatCell, cellKey, declaredCells } from './compat-matrix.js';
import CompatReporter from './compat-reporter.js';
import { tempProject } from './temp-project.js';

type State = 'passed' | 'failed' | 'skipped';

/** One test module holding a test per cell, in the state `stateOf` gives it (none: the test is absent). */
function moduleOf(stateOf: (cell: CompatCell) => State | undefined, extra: State[] = []): TestModule {
  const tests = [
    ...declaredCells().flatMap((cell) => {
      const state = stateOf(cell);
      return state ? [{ meta: () => ({ compat: cell }), result: () => ({ state }) }] : [];
    }),
    ...extra.map((state) => ({ meta: () => ({}), result: () => ({ state }) })),
  ];
  return { children: { allTests: () => tests.values() } } as unknown as TestModule;
}

function reporterIn(dir: string, ci = false) {
  const file = join(dir, 'compatibility.json');
  const lines: string[] = [];
  let failed = false;
  const reporter = new CompatReporter({ file, log: (l) => lines.push(l), ci, fail: () => (failed = true) });
  const read = () => JSON.parse(readFileSync(file, 'utf8')) as CompatDocument;
  return { reporter, file, lines, read, failed: () => failed };
}

const all = (): State => 'passed';
const first = declaredCells()[0]!;

describe('the compatibility reporter', () => {
  it('says nothing and writes nothing when no matrix test ran', () => {
    const r = reporterIn(tempProject({}));
    r.reporter.onTestRunEnd([moduleOf(() => undefined, ['passed', 'failed'])]);
    expect(r.lines).toEqual([]);
    expect(() => readFileSync(r.file)).toThrow(/ENOENT/);
  });

  it('keeps the file on a partial run: one file, a -t filter, a skipped test', () => {
    const r = reporterIn(tempProject({}));
    const total = declaredCells().length;
    r.reporter.onTestRunEnd([moduleOf((c) => (c.row === 'langchain/chat' ? 'passed' : undefined))]);
    r.reporter.onTestRunEnd([moduleOf((c) => (cellKey(c) === cellKey(first) ? 'skipped' : 'passed'))]);
    expect(r.lines).toEqual([
      `compat: 18 of ${total} matrix cells ran; docs/compatibility.json is left as it is (a full run records it)`,
      `compat: ${total - 1} of ${total} matrix cells ran; docs/compatibility.json is left as it is (a full run records it)`,
    ]);
    expect(() => readFileSync(r.file)).toThrow(/ENOENT/);
  });

  it('writes a full run, and leaves the file alone when a later run has the same results', () => {
    const r = reporterIn(tempProject({}));
    r.reporter.onTestRunEnd([moduleOf(all)]);
    const written = r.read();
    expect(written.rows.find((row) => row.id === 'openai/chat')!.cells.tools).toEqual({
      provider: 'passed',
      route: 'passed',
      app: 'refused',
    });
    expect(written.rows.find((row) => row.id === 'openai/embeddings')!.cells.embed!.app).toBe('n/a');
    // Another day, the same results: the file keeps the run that recorded them.
    writeFileSync(
      r.file,
      JSON.stringify({ ...written, recorded: { date: '2020-01-01', commit: 'abc1234' } }),
    );
    r.lines.length = 0;
    r.reporter.onTestRunEnd([moduleOf(all)]);
    expect(r.read().recorded).toEqual({ date: '2020-01-01', commit: 'abc1234' });
    expect(r.lines).toEqual([]);
  });

  it('rewrites the file when a result changes, names the cell, and fails the run under CI', () => {
    const dir = tempProject({});
    reporterIn(dir).reporter.onTestRunEnd([moduleOf(all)]);
    const r = reporterIn(dir, true);
    // A cell with two tests fails when one of them fails.
    r.reporter.onTestRunEnd([
      moduleOf(all),
      moduleOf((c) => (cellKey(c) === cellKey(first) ? 'failed' : undefined)),
    ]);
    expect(r.read().rows[0]!.cells[first.feature]![first.target]).toBe('failed');
    expect(r.lines).toEqual([
      'compat: the matrix or its results changed; wrote docs/compatibility.json. Run `npm run compat` to update README.',
      `  ${first.row} ${first.feature} ${first.target}: passed → failed`,
      'compat: under CI this fails the run: commit docs/compatibility.json and README from a full local run.',
    ]);
    expect(r.failed()).toBe(true);
  });
});
