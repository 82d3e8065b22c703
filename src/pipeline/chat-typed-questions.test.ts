import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';

// A directory that names colleagues beside their work details: nothing private, but a name to quote wrongly.
const docs = {
  'directory.md':
    '# Who to ask\n\nHannah Greaves runs the Leeds office reception, extension 4410.\n\nThe Tokyo office is not part of the UK travel policy.\n',
  'travel.md': '# Travel\n\nThe hotel cap for London is £190 a night.\n',
  'team.md':
    '# The team\n\nQuestions for the team go to the team lead, who answers quick questions the same day. Thanks are passed on to the team.\n',
};

const open = useExtractiveApp({ maxSentences: 2, k: 2 });

describe('a question typed without capitals', () => {
  it("asks for a colleague's private details as its capitalised twin does, streamed or not", async () => {
    const app = await open(docs);
    for (const question of ['Where does Hannah Greaves live?', 'where does hannah greaves live?']) {
      const r = await app.run({ vars: { question } });
      expect(r.grounding?.grounded).toBe(false);
      expect(r.grounding?.reason).toBe('asks for private information about Hannah Greaves');
      expect(r.text).toBe("I can't share personal information about Hannah Greaves.");
      let streamed = '';
      for await (const e of app.stream({ vars: { question } }))
        if (e.type === 'text-delta') streamed += e.text;
      expect(streamed).toBe(r.text);
    }
  });

  it('still answers what the documents say', async () => {
    const app = await open(docs);
    const r = await app.run({ vars: { question: 'whats the hotel cap for london?' } });
    expect(r.text).toBe('The hotel cap for London is £190 a night. [1]');
  });
});

describe('a question wrapped in a greeting and thanks', () => {
  it('is answered and checked as the question alone', async () => {
    const app = await open(docs);
    const plain = await app.run({ vars: { question: 'What is the hotel cap for London?' } });
    const greeted = await app.run({
      vars: { question: 'Hi team, quick question: what is the hotel cap for London? Thanks!' },
    });
    expect(greeted.text).toBe(plain.text);
    expect(greeted.text).toBe('The hotel cap for London is £190 a night. [1]');
    // Judged on the question's own words: "team", "quick" and "thanks" weigh nothing.
    expect(greeted.grounding?.reason).toBe(plain.grounding?.reason);
    expect(greeted.grounding?.coverage).toBe(1);
    const nosy = await app.run({ vars: { question: 'Hey all, where does Hannah Greaves live? Cheers' } });
    expect(nosy.text).toBe("I can't share personal information about Hannah Greaves.");
  });
});
