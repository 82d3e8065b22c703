import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { loadProject, type Project } from './index.js';

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

const files = {
  'tandem.yaml': `
providers:
  local: { type: extractive, maxSentences: 3, fallbackText: "I don't know." }
knowledge:
  kb: { sources: kb/*, chunking: { size: 40, overlap: 0 }, retrieval: { k: 2 } }
apps:
  bot: { prompt: bot, route: local, knowledge: kb }
`,
  'prompts/bot.prompt':
    '---\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\n{{context}}\n{{role "user"}}\n{{question}}\n',
  'kb/expenses-procedure.txt': PROCEDURE,
  'kb/leave.md': '# Leave\n\nMoney is never paid back for leave you did not take.\n',
};

let project: Project | undefined;
afterEach(async () => {
  await project?.close();
  project = undefined;
});

describe('a procedure that goes on past the passage that matches the question', () => {
  it('"how do I…" retrieves the next section of the best passage and quotes its steps', async () => {
    project = await loadProject(tempProject(files));
    await (await project.knowledge.get('kb')).ingest();
    const app = await project.app('bot');
    const question = "How do I claim back money I've spent on a work trip?";
    const passages = await app.passages({ vars: { question } });
    expect(passages.map((p) => p.text.slice(0, 3))).toEqual(['1.1', '2.1']);
    const r = await app.run({ vars: { question } });
    expect(r.text).toContain('2.2 Photograph each receipt in Ledgerline within 7 days of the expense.');
    expect(r.text).not.toContain('This procedure explains');
    // Not asked for steps, the search is as it was: the second passage is the next best match.
    const plain = await app.passages({ vars: { question: 'Is money spent on a work trip paid back?' } });
    expect(plain.map((p) => p.source)).toEqual(['kb/expenses-procedure.txt', 'kb/leave.md']);
  });
});
