import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';

// Every document says "contact"; only one says how to reach IT.
const docs = {
  'people.md': `# Your details

## Emergency contacts

Keep your emergency contacts up to date in PeopleHub. Only you and HR can see them.

## Contacting payroll

Phone Payroll on extension 2310 about your payslip; the phone number from outside is 01632 960310.
`,
  'it.md': `# IT help

## Reaching the IT Service Desk

Phone the IT Service Desk on extension 2200, or e-mail itdesk@example.com.
`,
};

const open = useExtractiveApp({ maxSentences: 2, k: 3 });

describe('a question about IT the department', () => {
  it('"How do I contact IT?" is answered with how to reach the IT Service Desk, not any contact', async () => {
    const app = await open(docs);
    const r = await app.run({ vars: { question: 'How do I contact IT?' } });
    expect(r.text).toContain('extension 2200');
    expect(r.text).not.toContain('emergency contacts');
  });

  it('a knowledge base that never mentions IT says so, by the word the question used', async () => {
    const app = await open({ 'people.md': docs['people.md'] });
    const r = await app.run({ vars: { question: 'What is the phone number for IT?' } });
    expect(r.grounding?.grounded).toBe(false);
    expect(r.grounding?.reason).toContain('"IT"');
    expect(r.text).not.toContain('2310');
  });
});
