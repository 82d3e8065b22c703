import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLocation, type TandemError } from '../core/index.js';
import { loadSuite } from './load-suite.js';

// A suite over one dataset file; `dataset` is the YAML of its dataset: mapping (file: included).
function suiteOver(file: string, rows: string, dataset: string, head = 'app: bot') {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-dataset-'));
  mkdirSync(join(dir, 'tests'));
  writeFileSync(join(dir, 'tests', file), rows);
  writeFileSync(join(dir, 'tests/s.yaml'), `${head}\ndataset:\n  file: ${file}\n${dataset}`);
  return loadSuite(dir, 'tests/s.yaml');
}

const jsonl = (...rows: unknown[]) => `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;

async function failure(load: Promise<unknown>) {
  const err = (await load.then(
    () => {
      throw new Error('the suite loaded');
    },
    (e) => e,
  )) as TandemError;
  return { where: err.where && formatLocation(err.where), message: err.message, hint: err.hint };
}

describe('dataset rows', () => {
  it('keep JSON lists and objects as they are in vars (JSONL rows and CSV cells)', async () => {
    const fromJsonl = await suiteOver(
      'cases.jsonl',
      jsonl({ q: 'hi', items: ['a', 'b'], meta: { plan: 'team' } }),
      '  assert: [{ type: contains, value: x }]\n',
    );
    expect(fromJsonl.cases[0]!.vars).toEqual({ q: 'hi', items: ['a', 'b'], meta: { plan: 'team' } });
    const fromCsv = await suiteOver(
      'cases.csv',
      'q,items,meta,note\nhi,"[""a"", ""b""]","{""plan"": ""team""}",[draft\n',
      '  assert: [{ type: contains, value: x }]\n',
    );
    // A cell that is not JSON stays text, even when it opens like a list.
    expect(fromCsv.cases[0]!.vars).toEqual({
      q: 'hi',
      items: ['a', 'b'],
      meta: { plan: 'team' },
      note: '[draft',
    });
  });

  it("add the row's own assertions to the dataset's, from a column of lists and from value columns", async () => {
    const s = await suiteOver(
      'cases.jsonl',
      jsonl(
        {
          q: 'refund?',
          asserts: [{ type: 'icontains', value: 'days' }, { type: 'not-refusal' }],
          must: 'refund',
        },
        { q: 'hello', any: ['hi', 'hello'] },
      ),
      [
        '  assert: [{ type: word-count, max: 50 }]',
        '  assertColumn: asserts',
        '  assertColumns: { must: icontains, any: icontains-any }',
        '',
      ].join('\n'),
    );
    expect(s.cases.map((c) => [c.vars, c.assert.map(({ weight: _w, ...a }) => a)])).toEqual([
      [
        { q: 'refund?' },
        [
          { type: 'word-count', max: 50 },
          { type: 'icontains', value: 'days' },
          { type: 'not-refusal' },
          { type: 'icontains', value: 'refund' },
        ],
      ],
      [
        { q: 'hello' },
        [
          { type: 'word-count', max: 50 },
          { type: 'icontains-any', value: ['hi', 'hello'] },
        ],
      ],
    ]);
    const csv = await suiteOver(
      'cases.csv',
      'q,asserts,any\nrefund?,"[{""type"": ""not-contains"", ""value"": ""sorry""}]",card|bank\nhello,,\n',
      '  assertColumn: asserts\n  assertColumns: { any: contains-any }\n',
    );
    expect(csv.cases.map((c) => c.assert.map((a) => [a.type, 'value' in a ? a.value : undefined]))).toEqual([
      [
        ['not-contains', 'sorry'],
        ['contains-any', ['card', 'bank']],
      ],
      [],
    ]);
  });

  it('a wrong assertion in a row is reported at file:line, in the words of a suite assertion', async () => {
    const rows = jsonl(
      { q: 'a' },
      {
        q: 'b',
        asserts: [
          { type: 'contains', value: 'x' },
          { type: 'rouge-l', threshold: 3 },
        ],
      },
    );
    expect(await failure(suiteOver('cases.jsonl', rows, '  assertColumn: asserts\n'))).toEqual({
      where: 'tests/cases.jsonl:2 asserts[1].threshold',
      message: 'must be at most 1, got 3',
      hint: 'rouge-l is written like { type: rouge-l, threshold: 0.5 }   # a score in 0..1',
    });
    const typo = jsonl({ q: 'a', asserts: [{ type: 'icontain', value: 'x' }] });
    expect(await failure(suiteOver('cases.jsonl', typo, '  assertColumn: asserts\n'))).toMatchObject({
      where: 'tests/cases.jsonl:1 asserts[0].type',
      message: 'unknown assertion type "icontain"',
      hint: 'did you mean "icontains"?',
    });
    expect(
      await failure(
        suiteOver('cases.csv', 'q,asserts\nhi,"[{type: contains}]"\n', '  assertColumn: asserts\n'),
      ),
    ).toMatchObject({
      where: 'tests/cases.csv:2 asserts',
      message: expect.stringContaining('column "asserts" is not JSON'),
      hint: 'Write a JSON list of assertions, e.g. [{"type": "icontains", "value": "refund"}]',
    });
    const graded = jsonl({ q: 'a', asserts: [{ type: 'llm-rubric', value: 'polite' }] });
    expect(await failure(suiteOver('cases.jsonl', graded, '  assertColumn: asserts\n'))).toMatchObject({
      where: 'tests/cases.jsonl:1 asserts[0].type',
      message: 'llm-rubric needs a judge, and the suite names none',
    });
    const list = jsonl({ q: 'a', any: 5 });
    expect(
      await failure(suiteOver('cases.jsonl', list, '  assertColumns: { any: icontains-any }\n')),
    ).toMatchObject({
      where: 'tests/cases.jsonl:1 any',
      message: expect.stringContaining('expected a list'),
    });
  });

  it('an assertColumns entry names a type that takes a value', async () => {
    expect(
      await failure(suiteOver('cases.jsonl', jsonl({ q: 'a' }), '  assertColumns: { q: is-json }\n')),
    ).toMatchObject({
      where: 'tests/s.yaml:4:23 dataset.assertColumns.q',
      message: expect.stringMatching(/^expected one of "equals", .*got "is-json"$/),
    });
  });
});
