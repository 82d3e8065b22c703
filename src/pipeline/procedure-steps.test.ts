import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';

// A procedure whose scope restates the question and whose steps come in the next section (its own chunk).
const PROCEDURE = `EXPENSES CLAIM PROCEDURE

1. SCOPE

1.1 This procedure explains how to claim back money you have spent on company business, such as travel,
meals away from base and hotels.

2. MAKING A CLAIM

2.1 Install Ledgerline on your phone from the company app store.

2.2 Photograph each receipt in Ledgerline within 7 days of the expense.

2.3 Add the expenses to a monthly claim and press Submit.
`;

const open = useExtractiveApp({ maxSentences: 3, k: 2, chunking: '{ size: 40, overlap: 0 }' });
const docs = {
  'expenses-procedure.txt': PROCEDURE,
  'leave.md': '# Leave\n\nMoney is never paid back for leave you did not take.\n',
};

describe('a procedure that goes on past the passage that matches the question', () => {
  it('"how do I…" retrieves the next section of the best passage and quotes its steps', async () => {
    const app = await open(docs);
    const question = "How do I claim back money I've spent on a work trip?";
    const passages = await app.passages({ vars: { question } });
    expect(passages.map((p) => p.text.slice(0, 3))).toEqual(['1.1', '2.1']);
    // Each with the title the model is given: the document's and the section's headings.
    expect(passages.map((p) => p.title)).toEqual([
      'EXPENSES CLAIM PROCEDURE › 1. SCOPE',
      'EXPENSES CLAIM PROCEDURE › 2. MAKING A CLAIM',
    ]);
    const r = await app.run({ vars: { question } });
    expect(r.text).toContain('2.2 Photograph each receipt in Ledgerline within 7 days of the expense.');
    expect(r.text).not.toContain('This procedure explains');
    // Not asked for steps, the search is as it was: the second passage is the next best match.
    const plain = await app.passages({ vars: { question: 'Is money spent on a work trip paid back?' } });
    expect(plain.map((p) => p.source)).toEqual(['kb/expenses-procedure.txt', 'kb/leave.md']);
  });
});

// A scope that names the question's words, a section of what to do first that also does, then the steps.
const GOWNING = `# Cleanroom gowning

This procedure applies to everyone who gowns into the FOL cleanroom, and every gowning is checked at the FOL door.

## Before the gowning room

Leave your phone in your FOL locker before you gown. Remove your watch before gowning.

## Gowning steps

1. Step on the tacky mat and sit on the bench.
2. Put on a hairnet and a face mask.
3. Put on the coverall and the boots.
`;

describe('a procedure two sections past the passage that matches the question', () => {
  it('joins when the section right after was found already', async () => {
    const app = await open({
      'gowning.md': GOWNING,
      'allowances.md':
        '# Allowances\n\nThe cleanroom allowance is paid to everyone who gowns into the FOL cleanroom.\n',
    });
    const question = 'How do I gown up for the FOL cleanroom?';
    const passages = await app.passages({ vars: { question } });
    expect(passages.some((p) => p.text.includes('1. Step on the tacky mat'))).toBe(true);
    const r = await app.run({ vars: { question } });
    expect(r.text).toContain('Step on the tacky mat');
  });
});

// Numbered clauses that go on past the next chunk: "2.1"–"2.3" in one, "2.4" and a new section in the one after.
const LONG_PROCEDURE = `EXPENSES CLAIM PROCEDURE

1. SCOPE

1.1 This procedure explains how to claim back money you have spent on company business, such as travel,
meals away from base and hotels.

2. MAKING A CLAIM

2.1 Install Ledgerline on your phone from the company app store or open it in a browser on your laptop.
2.2 Photograph each receipt in Ledgerline within 7 days of the expense and check the amount it reads.
2.3 Choose an expense category for every receipt and enter the cost centre, which is your site code.
2.4 Add the expenses to a monthly claim and press Submit before the 20th of the month.

3. APPROVAL

3.1 Your line manager approves the claim in Ledgerline within five working days of the submission.
`;

describe('a procedure numbered in clauses over several chunks', () => {
  const openDeep = useExtractiveApp({
    maxSentences: 3,
    k: 4,
    chunking: '{ size: 60, overlap: 0 }',
  });
  it('is followed chunk after chunk while its numbering goes on, and quoted to its last step', async () => {
    const app = await openDeep({ ...docs, 'expenses-procedure.txt': LONG_PROCEDURE });
    const question = "How do I claim back money I've spent on a work trip?";
    const r = await app.run({ vars: { question } });
    expect(r.text).toContain('2.1 Install Ledgerline');
    expect(r.text).toContain('2.4 Add the expenses to a monthly claim and press Submit');
    // The next section's clause is no step of this procedure.
    expect(r.text).not.toContain('3.1 Your line manager approves');
  });

  it('reads clause numbers written with a dot after them ("2.4.") as the same steps', async () => {
    const dotted = LONG_PROCEDURE.replace(/^(\d\.\d) /gm, '$1. ');
    const app = await openDeep({ ...docs, 'expenses-procedure.txt': dotted });
    const r = await app.run({ vars: { question: "How do I claim back money I've spent on a work trip?" } });
    expect(r.text).toContain('2.1. Install Ledgerline');
    expect(r.text).toContain('2.4. Add the expenses to a monthly claim and press Submit');
  });
});

// A lockout procedure for every machine, and a maker's notice that names the machine asked about.
const LOCKOUT = `# Lockout procedure

No one works on moving parts of a machine until it is locked out.

## How to lock out

- Tell the operator that you are locking out the machine.
- Isolate every energy source at the disconnect on the machine's lockout card.
- Put your own red personal lock on each disconnect.
- Try to start the machine to prove it is dead.
`;
const NOTICE = `# Edger service visit

Our engineers replace the edger's laser heads on Wednesday. During the stop the edger must be locked out by your
millwrights before our engineers start.
`;

const openWhole = useExtractiveApp({ maxSentences: 8, k: 4 });

describe('a procedure asked for with the reason the asker needs it', () => {
  it('is answered with its steps: the reason ("to clear a jam") is no topic the documents must hold', async () => {
    const app = await openWhole({ 'lockout.md': LOCKOUT, 'edger-notice.md': NOTICE });
    const r = await app.run({
      vars: { question: 'how do i lock out the edger before I go in to clear a jam' },
    });
    expect(r.grounding?.grounded).toBe(true);
    expect(r.text).toContain('Put your own red personal lock on each disconnect.');
    expect(r.text).not.toContain('laser heads');
    // A thing the base never names in what is asked is still declined.
    const dental = await app.run({ vars: { question: 'how do I claim dental costs before I go on leave' } });
    expect(dental.grounding?.grounded).toBe(false);
  });
});
