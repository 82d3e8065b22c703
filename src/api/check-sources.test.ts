import { describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { nearestIds } from './check-sources.js';
import { estimateEval, runEval, type UnmatchedSource } from './index.js';

const IDS = [
  'kb/billing/refunds.md',
  'kb/billing/invoices.md',
  'kb/account/password.md',
  'kb/refunds-faq.md',
];

describe('nearestIds', () => {
  it('puts the documents a bare file name or partial path ends, then near misses, first', () => {
    expect(nearestIds('refunds.md', IDS)).toEqual(['kb/billing/refunds.md']);
    expect(nearestIds('refund.md', IDS)).toEqual(['kb/billing/refunds.md']);
    expect(nearestIds('billing/refunds.md', IDS)).toEqual(['kb/billing/refunds.md']);
    expect(nearestIds('kb/biling/invoices.md', IDS)).toEqual(['kb/billing/invoices.md']);
    expect(nearestIds('shipping.md', IDS)).toEqual([]);
    // A CSV's rows are documents; the file is suggested once, not row by row.
    const rows = ['kb/fees/fee-schedule-2026-2027.csv#1', 'kb/fees/fee-schedule-2026-2027.csv#2', ...IDS];
    expect(nearestIds('fee-schedule-2026-2027.csv', rows)).toEqual(['kb/fees/fee-schedule-2026-2027.csv']);
  });
});

function project(sources: string) {
  return tempProject({
    'tandem.yaml':
      'providers:\n  echo: { type: echo }\nknowledge:\n  help: { sources: kb/**/*.md }\napps:\n  bot: { prompt: answer, route: echo, knowledge: help }\n',
    'prompts/answer.prompt': '---\ninput:\n  schema:\n    question: string\n---\n{{question}}\n',
    'kb/billing/refunds.md': '# Refunds\n\nRefunds take five days.\n',
    'kb/billing/invoices.md': '# Invoices\n\nInvoices are sent monthly.\n',
    'tests/bot.yaml': `app: bot\nthresholds: { allowFailures: true }\ncases:\n  - vars: { question: "refund?" }\n    sources: ${sources}\n    assert: [{ type: cites }, { type: hit-at-k, value: [refunds.md], k: 3 }]\n  - vars: { question: "refund again?" }\n    sources: ${sources}\n    assert: [{ type: cites }]\n`,
  });
}

describe('expected sources at load', () => {
  it('warns once per entry that names no document, with the nearest ids, and runs anyway', async () => {
    const root = project('[refunds.md, kb/billing/invoices.md, "kb/billing/refunds.md#0"]');
    const seen: UnmatchedSource[] = [];
    const result = await runEval({
      root,
      onEvent: (e) => {
        if (e.type === 'source-unmatched') seen.push(e.unmatched);
      },
    });
    expect(seen).toEqual([
      {
        suite: 'tests/bot.yaml',
        source: 'refunds.md',
        where: 'tests/bot.yaml:4',
        base: 'help',
        didYouMean: ['kb/billing/refunds.md'],
      },
    ]);
    expect(result.runs[0]!.summary.variants[0]!.samples).toBe(2);
    const warned: string[] = [];
    await estimateEval({ root, onUnmatchedSource: (u) => warned.push(u.source) });
    expect(warned).toEqual(['refunds.md']);
  });

  it('stops before running anything when strict (tandem eval --ci)', async () => {
    const root = project('[kb/refunds.md]');
    await expect(runEval({ root, strictSources: true })).rejects.toMatchObject({
      code: 'SUITE_INVALID',
      message:
        '2 sources entries match no document:\n  tests/bot.yaml:4: sources entry "kb/refunds.md" matches no document of knowledge base "help"; did you mean kb/billing/refunds.md?\n  tests/bot.yaml:4: sources entry "refunds.md" matches no document of knowledge base "help"; did you mean kb/billing/refunds.md?',
    });
    await expect(estimateEval({ root, strictSources: true })).rejects.toMatchObject({
      code: 'SUITE_INVALID',
    });
  });

  it("looks at retrieval checks' values too, and passes entries that name a document", async () => {
    const root = project('[kb/billing/refunds.md]');
    const seen: string[] = [];
    await estimateEval({ root, onUnmatchedSource: (u) => seen.push(`${u.where} ${u.source}`) });
    expect(seen).toEqual(['tests/bot.yaml:4 refunds.md']); // the hit-at-k value; sources: are fine
  });
});
