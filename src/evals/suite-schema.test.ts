import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatLocation, type TandemError } from '../core/index.js';
import { loadSuite } from './load-suite.js';
import { ASSERTION_TYPES, rowAssertionsSchema, suiteSchema } from './suite-schema.js';

function suiteDir(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-suite-'));
  mkdirSync(join(dir, 'tests'));
  writeFileSync(join(dir, 'tests/s.yaml'), text);
  return dir;
}

async function loadError(text: string): Promise<TandemError> {
  return loadSuite(suiteDir(text), 'tests/s.yaml').then(
    () => {
      throw new Error('the suite loaded');
    },
    (err: TandemError) => err,
  );
}

// A suite whose one case has these assertions (one YAML line each), from line 5 on.
const withAsserts = (...lines: string[]) =>
  ['app: bot', 'cases:', '  - vars: { q: a }', '    assert:', ...lines.map((l) => `      ${l}`), ''].join(
    '\n',
  );

// What a user reads: where, what, and the hint.
const seen = (err: TandemError) => ({
  code: err.code,
  where: err.where && formatLocation(err.where),
  message: err.message,
  hint: err.hint,
});

describe('a case asked after a conversation', () => {
  it('keeps its history, and the same question after another conversation is another case', async () => {
    const text = [
      'app: bot',
      'cases:',
      '  - vars: { q: And the Single one? }',
      '    history:',
      '      - { role: user, content: How much is the Family plan? }',
      '      - { role: assistant, content: 89 EUR. }',
      '  - vars: { q: And the Single one? }',
      '',
    ].join('\n');
    const { cases } = await loadSuite(suiteDir(text), 'tests/s.yaml');
    expect(cases[0]!.history).toEqual([
      { role: 'user', content: 'How much is the Family plan?' },
      { role: 'assistant', content: '89 EUR.' },
    ]);
    expect(cases[1]!.history).toBeUndefined();
    expect(cases[0]!.id).not.toBe(cases[1]!.id);
  });

  it('refuses a turn of another role, at its line', async () => {
    const text = [
      'app: bot',
      'cases:',
      '  - vars: { q: x }',
      '    history:',
      '      - { role: system, content: hi }',
      '',
    ];
    const err = seen(await loadError(text.join('\n')));
    expect(err.code).toBe('SUITE_INVALID');
    expect(err.where).toMatch(/^tests\/s\.yaml:5:\d+ cases\[0\]\.history\[0\]\.role$/);
  });
});

describe('loading a suite reports each assertion mistake at its line, with a hint', () => {
  it('a list type given a string', async () => {
    expect(seen(await loadError(withAsserts('- { type: icontains-all, value: refund }')))).toEqual({
      code: 'SUITE_INVALID',
      where: 'tests/s.yaml:5:39 cases[0].assert[0].value',
      message: 'expected a list, got "refund"',
      hint: 'icontains-all is written like { type: icontains-all, value: [refund, "5 days"] }',
    });
  });

  it('contains without a value', async () => {
    expect(seen(await loadError(withAsserts('- { type: contains }')))).toEqual({
      code: 'SUITE_INVALID',
      where: 'tests/s.yaml:5:9 cases[0].assert[0].value',
      message: 'contains needs value:',
      hint: 'contains is written like { type: contains, value: refund }',
    });
  });

  it('a similarity threshold above 1', async () => {
    expect(seen(await loadError(withAsserts('- { type: similar, threshold: 2 }')))).toEqual({
      code: 'SUITE_INVALID',
      where: 'tests/s.yaml:5:37 cases[0].assert[0].threshold',
      message: 'must be at most 1, got 2',
      hint: 'similar is written like { type: similar, threshold: 0.8 }   # cosine similarity in 0..1',
    });
  });

  it('a negative latency budget, and a budget with no limit', async () => {
    expect(seen(await loadError(withAsserts('- { type: latency, threshold: -5 }')))).toEqual({
      code: 'SUITE_INVALID',
      where: 'tests/s.yaml:5:37 cases[0].assert[0].threshold',
      message: 'must be at least 0, got -5',
      hint: 'latency is written like { type: latency, threshold: 2000 }   # the most milliseconds allowed',
    });
    expect(seen(await loadError(withAsserts('- { type: cost }')))).toEqual({
      code: 'SUITE_INVALID',
      where: 'tests/s.yaml:5:9 cases[0].assert[0]',
      message: 'cost needs threshold: or max:',
      hint: 'cost is written like { type: cost, threshold: 0.01 }   # the most USD allowed',
    });
  });

  it('an unknown type, with did-you-mean (negated too) or the list of types', async () => {
    expect(seen(await loadError(withAsserts('- { type: icontans, value: refund }')))).toEqual({
      code: 'SUITE_INVALID',
      where: 'tests/s.yaml:5:17 cases[0].assert[0].type',
      message: 'unknown assertion type "icontans"',
      hint: 'did you mean "icontains"?',
    });
    expect((await loadError(withAsserts('- { type: not-icontans, value: refund }'))).hint).toBe(
      'did you mean "not-icontains"?',
    );
    expect((await loadError(withAsserts('- { type: xyzzyq }'))).hint).toBe(
      `types: ${ASSERTION_TYPES.join(', ')}`,
    );
    expect(seen(await loadError(withAsserts('- { value: refund }')))).toEqual({
      code: 'SUITE_INVALID',
      where: 'tests/s.yaml:5:9 cases[0].assert[0]',
      message: 'an assertion needs a type',
      hint: 'e.g. { type: icontains, value: refund }',
    });
  });

  it('an unknown field, with did-you-mean or the fields the type takes', async () => {
    expect(seen(await loadError(withAsserts('- { type: rouge-l, treshold: 0.4 }')))).toEqual({
      code: 'SUITE_INVALID',
      where: 'tests/s.yaml:5:36 cases[0].assert[0].treshold',
      message: 'unknown field "treshold" on a rouge-l assertion',
      hint: 'did you mean "threshold"?',
    });
    expect(seen(await loadError(withAsserts('- { type: contains, value: a, k: 3 }')))).toEqual({
      code: 'SUITE_INVALID',
      where: 'tests/s.yaml:5:40 cases[0].assert[0].k',
      message: 'unknown field "k" on a contains assertion',
      hint: 'contains takes value, weight, metric, e.g. { type: contains, value: refund }',
    });
  });

  it('a regex that does not compile', async () => {
    expect(seen(await loadError(withAsserts('- { type: not-regex, value: "/(open/" }')))).toEqual({
      code: 'SUITE_INVALID',
      where: 'tests/s.yaml:5:35 cases[0].assert[0].value',
      message:
        'invalid regular expression "/(open/": Invalid regular expression: /(open/: Unterminated group',
      hint: 'write /pattern/flags, e.g. value: "/refund(s)?/i"',
    });
  });

  it('a model-graded check with no judge, similar with no embedder', async () => {
    expect(
      seen(
        await loadError(
          withAsserts('- { type: contains, value: a }', '- { type: llm-rubric, value: polite }'),
        ),
      ),
    ).toEqual({
      code: 'SUITE_INVALID',
      where: 'tests/s.yaml:6:17 cases[0].assert[1].type',
      message: 'llm-rubric needs a judge, and the suite names none',
      hint: 'add judge: { route: <route or provider> } to the suite; the rubric prompts are in templates/judges/',
    });
    expect(seen(await loadError(withAsserts('- { type: not-similar, value: refunds }')))).toEqual({
      code: 'SUITE_INVALID',
      where: 'tests/s.yaml:5:17 cases[0].assert[0].type',
      message: 'not-similar needs an embedder, and the suite names none',
      hint: 'add embedder: <provider with embeddings> to the suite',
    });
  });

  it('refusal needs no judge; llm-refusal does, and a judge prompt for refusal says where it went', async () => {
    const s = await loadSuite(
      suiteDir(withAsserts('- { type: refusal }', '- { type: not-refusal }')),
      'tests/s.yaml',
    );
    expect(s.cases[0]!.assert.map((a) => a.type)).toEqual(['refusal', 'not-refusal']);
    expect(seen(await loadError(withAsserts('- { type: llm-refusal }')))).toMatchObject({
      where: 'tests/s.yaml:5:17 cases[0].assert[0].type',
      message: 'llm-refusal needs a judge, and the suite names none',
    });
    const judged = withAsserts('- { type: refusal }').replace(
      'app: bot',
      'app: bot\njudge: { route: j, prompts: { refusal: p.prompt } }',
    );
    expect(seen(await loadError(judged))).toMatchObject({
      where: expect.stringContaining('judge.prompts.refusal'),
      message: 'the judge grades no "refusal"',
      hint: 'refusal is checked offline now; the judge-graded one is llm-refusal (prompts: { llm-refusal: … })',
    });
  });

  it('an assertion that is not a mapping', async () => {
    expect(seen(await loadError(withAsserts('- contains')))).toEqual({
      code: 'SUITE_INVALID',
      where: 'tests/s.yaml:5:9 cases[0].assert[0]',
      message: 'expected a mapping, got "contains"',
      hint: 'an assertion is written like { type: icontains, value: refund }',
    });
  });

  it('mistakes in defaults and dataset assertions, every one reported', async () => {
    const err = await loadError(
      [
        'app: bot',
        'defaults:',
        '  assert: [{ type: word-count }]',
        'dataset:',
        '  file: d.csv',
        '  assert: [{ type: bleu, threshold: 1.5 }]',
        '',
      ].join('\n'),
    );
    expect([err, ...err.related].map(seen)).toEqual([
      {
        code: 'SUITE_INVALID',
        where: 'tests/s.yaml:3:12 defaults.assert[0]',
        message: 'word-count needs min: or max:',
        hint: 'word-count is written like { type: word-count, max: 120 }   # min: and/or max: words',
      },
      {
        code: 'SUITE_INVALID',
        where: 'tests/s.yaml:6:37 dataset.assert[0].threshold',
        message: 'must be at most 1, got 1.5',
        hint: 'bleu is written like { type: bleu, threshold: 0.5 }   # a score in 0..1',
      },
    ]);
  });
});

describe('valid suites', () => {
  it('every assertion form the docs show loads, negated too, with its fields', async () => {
    const suite = await loadSuite(
      suiteDir(
        withAsserts(
          '- { type: equals, value: { a: 1 } }',
          '- { type: not-contains, value: 42 }',
          '- { type: icontains-any, value: [a, 2] }',
          '- { type: regex, value: "/^#/m" }',
          '- { type: word-count, max: 60 }',
          '- { type: latency, max: 2000 }',
          '- { type: tool-called, value: lookup, args: { id: 1 } }',
          '- { type: hit-at-k, k: 3, value: [a.md] }',
          '- { type: cites, value: a.md }',
          '- { type: factuality, weight: 2, metric: correctness }',
          '- { type: guardrail, value: "pii:redacted" }',
        ).replace('app: bot', 'app: bot\njudge: { route: j }'),
      ),
      'tests/s.yaml',
    );
    expect(suite.cases[0]!.assert.map((a) => a.type)).toEqual([
      'equals',
      'not-contains',
      'icontains-any',
      'regex',
      'word-count',
      'latency',
      'tool-called',
      'hit-at-k',
      'cites',
      'factuality',
      'guardrail',
    ]);
    expect(suite.cases[0]!.assert[9]).toEqual({ type: 'factuality', weight: 2, metric: 'correctness' });
  });

  it('the suites shipped in examples/ and templates/ load', async () => {
    const root = join(import.meta.dirname, '../..');
    expect((await loadSuite(join(root, 'examples/support-bot'), 'tests/support.yaml')).cases).toHaveLength(
      55,
    );
    expect((await loadSuite(join(root, 'templates/starter'), 'tests/assistant.yaml')).cases).toHaveLength(5);
  });

  it('converts to a JSON Schema with one strict shape per assertion type', () => {
    const schema = z.toJSONSchema(suiteSchema, { io: 'input', unrepresentable: 'any' }) as unknown as {
      properties: { cases: { items: { properties: { assert: { items: { oneOf: JsonShape[] } } } } } };
    };
    const shapes = schema.properties.cases.items.properties.assert.items.oneOf;
    expect(shapes.map((s) => s.properties.type.enum[0])).toEqual(ASSERTION_TYPES);
    const contains = shapes.find((s) => s.properties.type.enum[0] === 'contains')!;
    expect(contains).toMatchObject({
      required: ['type', 'value'],
      additionalProperties: false,
      description: '{ type: contains, value: refund }',
    });
    expect(contains.properties.type.enum).toEqual(['contains', 'not-contains']);
  });
});

type JsonShape = {
  properties: { type: { enum: string[] } };
  required: string[];
  additionalProperties: boolean;
  description: string;
};

describe('rowAssertionsSchema', () => {
  it('is built once per kind of suite, not once per dataset row', () => {
    const plain = { judge: false, embedder: false };
    expect(rowAssertionsSchema(plain)).toBe(rowAssertionsSchema({ ...plain }));
    expect(rowAssertionsSchema({ judge: true, embedder: false })).not.toBe(rowAssertionsSchema(plain));
    const graded = { assert: [{ type: 'llm-rubric', value: 'polite' }] };
    expect(rowAssertionsSchema(plain).safeParse(graded).success).toBe(false);
    expect(rowAssertionsSchema({ judge: true, embedder: false }).safeParse(graded).success).toBe(true);
  });
});
