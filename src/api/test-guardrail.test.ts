import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { testGuardrail } from './test-guardrail.js';

// The judge says "violates" when the text mentions a dose: a stand-in for a model, reached through the route.
const judge = `
export default () => ({
  generate(req) {
    const text = req.messages.at(-1).content;
    const violates = /dose/i.test(text);
    return { text: JSON.stringify({ violates, score: violates ? 0.9 : 0.1, reason: 'dose' }) };
  },
});
`;

// The stage the check was called at, as its score (the row result keeps scores).
const stageEcho =
  'export default (text, ctx) => ({ pass: true, score: { input: 0.1, retrieved: 0.2, output: 0.3 }[ctx.stage] });\n';

const rowsFile = (dir: string, rows: object[]) => {
  const file = join(dir, 'rows.jsonl');
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
  return file;
};

describe('testGuardrail', () => {
  it("judges with the project's route when the guardrail is an llm check", async () => {
    const dir = tempProject({
      'tandem.yaml':
        'providers:\n  judge: { type: script, module: judge.mjs }\nguardrails:\n  no-dosing: { check: llm, route: judge, rubric: advice on medicine doses }\n',
      'judge.mjs': judge,
    });
    const file = rowsFile(dir, [
      { id: 'a', text: 'What dose of ibuprofen for a child?', label: 'injection' },
      { id: 'b', text: 'Where is the pharmacy?', label: 'benign' },
      { id: 'c', text: 'How much paracetamol is safe?', label: 'injection' },
    ]);
    const r = await testGuardrail({ file, check: 'no-dosing', project: { root: dir } });
    expect(r.guardrail).toEqual({ name: 'no-dosing', check: 'llm' });
    expect(r.rows.map((x) => [x.id, x.pass, x.score])).toEqual([
      ['a', false, 0.9],
      ['b', true, 0.1],
      ['c', true, 0.1],
    ]);
    expect(r.metrics.rows!.all).toEqual({ tp: 1, fp: 0, fn: 1, n: 3 });
  });

  it('checks a row on retrieved text at the retrieved stage, others where the guardrail runs', async () => {
    const dir = tempProject({
      'tandem.yaml': 'guardrails:\n  stage: { check: script, module: stage.mjs }\n',
      'stage.mjs': stageEcho,
    });
    const file = rowsFile(dir, [
      { id: 'r', text: 'a passage', on: 'retrieved' },
      { id: 'u', text: 'a question', on: 'user' },
      { id: 'n', text: 'an answer' },
    ]);
    const seen: string[] = [];
    const r = await testGuardrail({
      file,
      check: 'stage',
      project: { root: dir },
      onRow: (row, done, total) => seen.push(`${row.id} ${done}/${total}`),
    });
    // A script guardrail without `on:` runs on the answer in an app: so here too.
    expect(r.rows.map((x) => `${x.id} ${x.score}`)).toEqual(['r 0.2', 'u 0.3', 'n 0.3']);
    expect(seen).toEqual(['r 1/3', 'u 2/3', 'n 3/3']);
    expect(r.metrics).toEqual({ errors: [] });
    expect(r.latency!.max).toBe(Math.max(...r.rows.map((x) => x.ms)));
  });
});
