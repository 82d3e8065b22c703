import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';

// The procedure mentions the role many times; only the staff directory says who holds it.
const docs = {
  'site-safety.md': `# Site visits: health and safety procedure

*Health and Safety Manager, revision F, January 2026.*

## Incidents and near misses

Report every accident, incident and near miss in the safety app within 24 hours. Serious injuries must also be
reported by phone to the Health and Safety Manager immediately.

## Before the visit

Every site visit needs a visit plan agreed with the Health and Safety Manager at least 48 hours ahead.
`,
  'near-miss-faq.md': `# Near misses: questions and answers

## What is a near miss?

A near miss is an event that could have hurt someone but did not. Reporting a near miss is never a disciplinary
matter.

## Who reads near-miss reports?

The safety committee reads every near-miss report at its monthly meeting.
`,
  'staff-directory.csv': `name,job_title,office,extension
Owen Barraclough,Health and Safety Manager,Leeds,155
Rebecca Ashworth,Learning and Development Manager,Leeds,146
`,
};

const open = useExtractiveApp({ maxSentences: 3, k: 4 });

describe('a part asking who holds a role, beside another part', () => {
  it('"who is the Health and Safety Manager, and how soon…" quotes the directory row that names them', async () => {
    const app = await open(docs);
    const r = await app.run({
      vars: { question: 'Who is the Health and Safety Manager, and how soon must a near miss be reported?' },
    });

    expect(r.text).toContain('Owen Barraclough');
    expect(r.text).toContain('within 24 hours');
    expect(r.text).not.toContain('revision F');
  });

  it('a role nobody in the documents holds names nobody, and its part quotes no sentence that only mentions it', async () => {
    const app = await open(docs);
    const r = await app.run({
      vars: { question: 'Who is the Fire Safety Manager, and how soon must a near miss be reported?' },
    });
    expect(r.text).not.toContain('Owen Barraclough');
    expect(r.text).not.toContain('Rebecca Ashworth');
    expect(r.text).not.toContain('revision F');
  });
});
