import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';

const open = useExtractiveApp({ maxSentences: 1, k: 3 });
const docs = {
  'plans.md':
    '# Plans\n\n## Classic plan\n\nThe Classic plan costs 54 EUR per week.\n\n## Family plan\n\nThe Family plan costs 89 EUR per week.\n',
  'areas.md': '# Where we deliver\n\nWe deliver in Amsterdam and Utrecht, but not in Amersfoort.\n',
};

describe('a question whose asker corrects themselves', () => {
  it('is answered for what they meant, not for the words they took back', async () => {
    const app = await open(docs);
    const r = await app.run({
      vars: { question: 'How much is the Family plan — sorry, I mean the Classic plan — per week?' },
    });
    expect(r.text).toContain('54 EUR');
    expect(r.text).not.toContain('89 EUR');
    // The verdict shows the question as it was read.
    expect(r.grounding?.question).toBe('How much is the Classic plan — per week?');
  });
});

describe('a question pasted into a very long message', () => {
  it('is answered from what its opening asks, the rest read only where it ends', async () => {
    const app = await open(docs);
    const r = await app.run({
      vars: { question: `How much is the Family plan per week? ${'My kids eat a lot. '.repeat(50_000)}` },
    });
    expect(r.text).toContain('89 EUR');
    expect(r.grounding?.question?.length).toBeLessThan(8100);
  });
});

describe('two rows of one table quoted together', () => {
  it('are two sentences, the first ended with a full stop', async () => {
    const app = await useExtractiveApp({ maxSentences: 2, k: 3 })({
      'leave.md':
        '# Leave\n\n| Leave type | Entitlement | Notes |\n| --- | --- | --- |\n| Maternity leave | 16 weeks on full pay | Can start 4 weeks before the due date |\n| Paternity leave | 10 working days on full pay | Taken within 3 months of the birth |\n',
    });
    const r = await app.run({ vars: { question: 'How long is paternity leave?' } });
    expect(r.text).toContain('Paternity leave');
    expect(r.text).toMatch(/due date\. Leave/);
  });
});

describe('two words the knowledge base writes as one', () => {
  it('are read as its word: "wet fish" finds its "wetfish", and is no word it never uses', async () => {
    const app = await open({
      'offloading.md':
        '# Offloading\n\nQC checks the wetfish core temperature at the offload: 4 °C or lower is accepted.\n\nCrew sign the tally sheet.\n',
      'canteen.md': '# Canteen\n\nThe canteen serves fish on Fridays.\n',
    });
    const r = await app.run({ vars: { question: 'What core temperature does QC accept for wet fish?' } });
    expect(r.grounding).toMatchObject({ grounded: true });
    expect(r.text).toContain('4 °C or lower');
  });
});
