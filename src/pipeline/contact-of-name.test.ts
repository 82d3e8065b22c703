import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';

// The policy names who runs the tronc; only the staff directory says how to reach her.
const docs = {
  'tips-policy.md': `# Tips and tronc

## The troncmaster

The tronc is run by an independent troncmaster (for 2026/27, Ilse Varga, senior receptionist at Harrogate) who
decides the allocation with the tronc committee of four elected colleagues.

## Payment

Shares are paid with the monthly pay run after the month the tips came in, and show on your payslip.
`,
  'leave.md':
    '# Leave\n\nBook leave in ShiftBoard at least two weeks ahead. Tips are not paid for leave days.\n',
  'staff-directory.csv': `name,job_title,location,extension
Tom Reed,Head Chef,York,4300
Ana Lima,Night Porter,Bath,4400
Ilse Varga,Senior Receptionist and Troncmaster,Harrogate,4200
Sam Cole,Spa Manager,Bath,4500
`,
};

const open = useExtractiveApp({ maxSentences: 3, k: 3 });

describe('a second question about how to reach the person the first one asks for', () => {
  it('"who runs the tronc, and what\'s her extension?" finds her row in the staff directory and quotes it', async () => {
    const app = await open(docs);
    const question = "Who runs the tronc, and what's her extension?";
    const passages = await app.passages({ vars: { question } });
    expect(passages.some((p) => p.text.includes('Ilse Varga') && p.text.includes('4200'))).toBe(true);
    const r = await app.run({ vars: { question } });
    expect(r.text).toContain('Ilse Varga');
    expect(r.text).toContain('4200');
    expect(r.text).not.toContain('4300');
  });

  it('two people named before "her", each with a number: it could be either, so neither is quoted', async () => {
    const twoNames = docs['tips-policy.md'].replace(
      'The tronc is run by',
      'Appointed each April by Sam Cole, the tronc is run by',
    );
    const app = await open({ ...docs, 'tips-policy.md': twoNames });
    const r = await app.run({ vars: { question: "Who runs the tronc, and what's her extension?" } });
    expect(r.text).not.toContain('4500');
    expect(r.text).not.toContain('4200');
  });

  it('a question that asks for no way to reach anyone searches as before', async () => {
    const app = await open(docs);
    const passages = await app.passages({ vars: { question: 'Who runs the tronc?' } });
    expect(passages.map((p) => p.source)).not.toContain('kb/staff-directory.csv');
  });
});
