import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { loadProject, type Project } from './index.js';

// A hotel handbook answered offline: the fire procedure, and a checklist that names the linen room.
const files = {
  'tandem.yaml': `
providers:
  local: { type: extractive, maxSentences: 3, fallbackText: "I don't know." }
knowledge:
  kb: { sources: kb/*, retrieval: { k: 2 } }
apps:
  bot: { prompt: bot, route: local, knowledge: kb }
`,
  'prompts/bot.prompt':
    '---\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\n{{context}}\n{{role "user"}}\n{{question}}\n',
  'kb/fire.md':
    '# Fire\n\nIf you find a fire:\n\n1. Raise the alarm at the nearest call point.\n2. Leave by the nearest exit and go to the assembly point.\n',
  'kb/starters.md':
    '# New starters\n\n- Collect your uniform from the linen room on your first day.\n- Ask the linen room for a spare if a bin bag of laundry goes missing.\n',
};

let project: Project | undefined;
afterEach(async () => {
  await project?.close();
  project = undefined;
});

describe('examples the asker gives', () => {
  it('do not steer retrieval or the answer: the question asked in general is answered', async () => {
    project = await loadProject(tempProject(files));
    await (await project.knowledge.get('kb')).ingest();
    const app = await project.app('bot');
    const question =
      "What am I actually meant to do if I find a fire? Like say a bin's gone up in the linen room";
    const passages = await app.passages({ vars: { question } });
    expect(passages[0]!.source).toBe('kb/fire.md');
    const r = await app.run({ vars: { question } });
    expect(r.text).toContain('Raise the alarm at the nearest call point.');
    expect(r.text).not.toContain('linen room');
  });
});
