import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../../test/support/temp-project.js';
import { createScriptedProvider } from '../providers/testing/index.js';
import { loadProject, type Project } from './index.js';

const files = (policy: string) => ({
  'tandem.yaml': `
providers:
  model: { type: echo }
knowledge:
  kb: { sources: kb/*.md, retrieval: { k: 2${policy ? `, superseded: ${policy}` : ''} } }
apps:
  bot: { prompt: bot, route: model, knowledge: kb }
`,
  'prompts/bot.prompt':
    '---\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\n{{context}}\n{{role "user"}}\n{{question}}\n',
  // The old policy repeats the question's words more often, so it would rank first on words alone.
  'kb/travel-policy-2022-archived.md':
    '# Travel policy\n\nThe hotel cap in London is £160 per night. Hotel cap London: £160 a night for every hotel.\n',
  'kb/travel-policy.md': '# Travel policy\n\nThe London hotel cap is £190 per night.\n',
});

let project: Project | undefined;
afterEach(async () => {
  await project?.close();
  project = undefined;
});

async function open(policy: string) {
  const model = createScriptedProvider([{ text: 'The cap is £190 [1].' }], 'model');
  project = await loadProject(tempProject(files(policy)), { providerOverrides: { model } });
  const kb = await project.knowledge.get('kb');
  await kb.ingest();
  return { kb, model, app: await project.app('bot') };
}

describe('current documents before superseded ones', () => {
  it('demote (the default): the current policy ranks first, and the prompt marks the old one', async () => {
    const { kb, model, app } = await open('');
    const hits = await kb.retriever.retrieve('hotel cap London per night');
    expect(hits.map((h) => [h.doc.source, h.doc.metadata.status ?? 'current'])).toEqual([
      ['kb/travel-policy.md', 'current'],
      ['kb/travel-policy-2022-archived.md', 'superseded'],
    ]);
    await app.run({ vars: { question: 'hotel cap London per night' } });
    const system = String(model.calls[0]!.messages[0]!.content);
    expect(system).toContain('[1] (kb/travel-policy.md › Travel policy)\n');
    expect(system).toContain(
      '[2] (kb/travel-policy-2022-archived.md › Travel policy) [SUPERSEDED: may be out of date]\n',
    );
  });

  it("a model's citations keep the numbers its answer uses for them, in the order it cites them", async () => {
    const model = createScriptedProvider([{ text: 'It is £190 [2]; it was £160 [1].' }], 'model');
    project = await loadProject(tempProject(files('keep')), { providerOverrides: { model } });
    await (await project.knowledge.get('kb')).ingest();
    const r = await (await project.app('bot')).run({ vars: { question: 'hotel cap London per night' } });
    expect(r.citations.map((c) => [c.marker, c.source, c.status])).toEqual([
      [2, 'kb/travel-policy.md', undefined],
      [1, 'kb/travel-policy-2022-archived.md', 'superseded'],
    ]);
  });

  it('a citation of a superseded passage says so', async () => {
    const { app } = await open('keep');
    const r = await app.run({ vars: { question: 'hotel cap London per night' } });
    expect(r.citations).toEqual([
      expect.objectContaining({ source: 'kb/travel-policy-2022-archived.md', status: 'superseded' }),
    ]);
  });

  it('filter leaves superseded documents out; keep ranks them by their words alone', async () => {
    const filtered = await open('filter');
    expect(
      (await filtered.kb.retriever.retrieve('hotel cap London per night')).map((h) => h.doc.source),
    ).toEqual(['kb/travel-policy.md']);
    await project!.close();
    const kept = await open('keep');
    expect((await kept.kb.retriever.retrieve('hotel cap London per night')).map((h) => h.doc.source)).toEqual(
      ['kb/travel-policy-2022-archived.md', 'kb/travel-policy.md'],
    );
  });

  it('a draft gives way to the policy in force, and is ranked below it rather than left out', async () => {
    for (const policy of ['', 'filter']) {
      const { 'kb/travel-policy-2022-archived.md': _old, ...rest } = files(policy);
      const draft = {
        ...rest,
        'kb/travel-policy-draft.md':
          '---\nstatus: draft\n---\n# Travel policy\n\nThe hotel cap in London is £210 per night. Hotel cap London: £210 a night for every hotel.\n',
      };
      project = await loadProject(tempProject(draft));
      const kb = await project.knowledge.get('kb');
      await kb.ingest();
      const hits = await kb.retriever.retrieve('hotel cap London per night');
      expect(hits.map((h) => [h.doc.source, h.doc.metadata.status ?? 'current'])).toEqual([
        ['kb/travel-policy.md', 'current'],
        ['kb/travel-policy-draft.md', 'draft'],
      ]);
      await project.close();
      project = undefined;
    }
  });

  it("a filter on status is the asker's choice: superseded documents are found at their own scores", async () => {
    const kept = await open('keep');
    const [own] = await kept.kb.retriever.retrieve('hotel cap London per night', { k: 1 });
    await project!.close();
    for (const policy of ['', 'filter']) {
      const { kb } = await open(policy);
      const hits = await kb.retriever.retrieve('hotel cap London per night', {
        filter: { status: 'superseded' },
      });
      expect(hits.map((h) => [h.doc.source, h.score])).toEqual([
        ['kb/travel-policy-2022-archived.md', own!.score],
      ]);
      await project!.close();
      project = undefined;
    }
  });

  it('a policy that says it replaces "the 2023 version" makes that file superseded, until it is removed', async () => {
    const dir = tempProject({
      ...files(''),
      'kb/travel-policy-2022-archived.md': '# Notes\n\nNothing here.\n',
      'kb/travel-and-expenses-2023.md': '# Travel and expenses\n\nThe London hotel cap is £160 per night.\n',
      'kb/travel-policy.md':
        '# Travel policy\n\nThis policy replaces the 2023 version. The London hotel cap is £190 per night.\n',
    });
    project = await loadProject(dir);
    const kb = await project.knowledge.get('kb');
    await kb.ingest();
    const statusOf = async (source: string) =>
      (await kb.index.documents()).find((d) => d.source === source)?.metadata.status;
    expect(await statusOf('kb/travel-and-expenses-2023.md')).toBe('superseded');
    expect((await kb.retriever.retrieve('London hotel cap per night'))[0]!.doc.source).toBe(
      'kb/travel-policy.md',
    );
    rmSync(join(dir, 'kb/travel-policy.md'));
    await kb.ingest();
    expect(await statusOf('kb/travel-and-expenses-2023.md')).toBeUndefined();
  });

  it('a reranker cannot undo it: its scores are demoted too', async () => {
    const dir = tempProject({
      ...files(''),
      'tandem.yaml': `
providers:
  model: { type: echo }
  judge: { type: echo }
knowledge:
  kb: { sources: kb/*.md, retrieval: { k: 2, rerank: { route: judge, candidates: 2 } } }
apps:
  bot: { prompt: bot, route: model, knowledge: kb }
`,
    });
    // The judge likes the old policy best (9 of 10) and the current one less (6): halved, 4.5 is below 6.
    const judge = createScriptedProvider([
      (req) => {
        const passages = String(req.messages.at(-1)!.content);
        const oldFirst = passages.indexOf('£160') < passages.indexOf('£190');
        return { text: JSON.stringify({ scores: oldFirst ? [9, 6] : [6, 9] }) };
      },
    ]);
    project = await loadProject(dir, { providerOverrides: { judge } });
    const kb = await project.knowledge.get('kb');
    await kb.ingest();
    const hits = await kb.retriever.retrieve('hotel cap London per night');
    expect(judge.calls).toHaveLength(1);
    expect(hits.map((h) => h.doc.source)).toEqual([
      'kb/travel-policy.md',
      'kb/travel-policy-2022-archived.md',
    ]);
  });
});
