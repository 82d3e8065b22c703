import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeEmbeddings } from '../../test/support/fake-embeddings.js';
import { tempProject } from '../../test/support/temp-project.js';
import { loadProject, type Project } from '../pipeline/index.js';
import { createScriptedProvider } from '../providers/testing/index.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/knowledge/', import.meta.url));
let embeddings: Awaited<ReturnType<typeof startFakeEmbeddings>>;
let dir: string;
let project: Project;

const config = (embedUrl: string) => `
providers:
  local: { type: extractive, maxSentences: 2 }
  emb: { type: openai, model: unused, embeddingModel: hash-64, baseUrl: ${embedUrl}/v1, apiKey: test }
  judge: { type: echo }
knowledge:
  docs:
    sources: [knowledge/**/*]
    exclude: ['**/*.gif']
    json: { text: [question, answer, notes], title: question, id: id, metadata: [category] }
    csv: { mode: row, title: plan, id: plan }
    chunking: { size: 120, overlap: 20 }
    embedder: emb
  lexical:
    sources: knowledge/*.md
    retrieval: { k: 3, mmr: 0.5 }
apps:
  helper:
    prompt: answer
    route: local
    knowledge: docs
`;

beforeAll(async () => {
  embeddings = await startFakeEmbeddings();
  dir = tempProject({
    'tandem.yaml': config(embeddings.url),
    'prompts/answer.prompt':
      '---\ninput:\n  schema:\n    question: string\n---\n{{role "system"}}\nAnswer from these passages and cite them.\n\n{{context}}\n{{role "user"}}\n{{question}}\n',
  });
  cpSync(fixtures, join(dir, 'knowledge'), { recursive: true });
  project = await loadProject(dir);
});
afterAll(async () => {
  await project.close();
  await embeddings.close();
});

describe('ingest', () => {
  it('indexes every readable file, reports the damaged one with its reason, and embeds each chunk', async () => {
    const kb = await project.knowledge.get('docs');
    const report = await kb.ingest();
    expect(report.added).toEqual([
      'knowledge/cafe-latin1.txt',
      'knowledge/faq.json',
      'knowledge/plans.csv',
      'knowledge/refunds.md',
      'knowledge/releases.jsonl',
      'knowledge/shipping.docx',
      'knowledge/status-page.html',
      'knowledge/warranty.pdf',
    ]);
    expect(report.failed).toEqual([
      {
        source: 'knowledge/damaged.pdf',
        error: expect.any(String),
        hint: expect.stringContaining('PDF viewer'),
      },
    ]);
    expect(report.documents).toBe(1 + 2 + 3 + 1 + 2 + 1 + 1 + 1);
    expect(report.embedded).toBe(report.chunks);
    expect(embeddings.texts()).toBe(report.chunks);
  });

  it('touches nothing and embeds nothing when nothing changed', async () => {
    const before = embeddings.texts();
    const report = await (await project.knowledge.get('docs')).ingest();
    expect(report).toMatchObject({ added: [], updated: [], removed: [], unchanged: 8, embedded: 0 });
    expect(embeddings.texts()).toBe(before);
  });

  it('re-indexes only an edited file, embedding only its new chunks; picks up added and deleted files', async () => {
    const kb = await project.knowledge.get('docs');
    const file = join(dir, 'knowledge/refunds.md');
    const { readFileSync } = await import('node:fs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('5 to 10 business days', '3 to 5 business days'));
    writeFileSync(
      join(dir, 'knowledge/gift-cards.md'),
      '# Gift cards\n\nGift cards never expire and can be redeemed under Settings, then Billing.\n',
    );
    rmSync(join(dir, 'knowledge/releases.jsonl'));
    const before = embeddings.texts();
    const report = await kb.ingest();
    expect(report).toMatchObject({
      added: ['knowledge/gift-cards.md'],
      updated: ['knowledge/refunds.md'],
      removed: ['knowledge/releases.jsonl'],
      unchanged: 6,
    });
    // refunds.md: only the chunk whose text changed is embedded again; gift-cards.md has one chunk.
    expect(report.embedded).toBe(2);
    expect(embeddings.texts() - before).toBe(2);
    const hits = await kb.retriever.retrieve('offline search dark theme', { mode: 'bm25' });
    expect(hits.map((h) => h.doc.source)).not.toContain('knowledge/releases.jsonl');
    expect(
      (await kb.retriever.retrieve('refund card business days', { mode: 'bm25', k: 1 }))[0]!.chunk.text,
    ).toContain('3 to 5 business days');
  });
});

describe('retrieval', () => {
  it('bm25 ranks the chunk that matches the words, with its heading path and source', async () => {
    const kb = await project.knowledge.get('docs');
    const [top] = await kb.retriever.retrieve('annual plan refund after 30 days', { mode: 'bm25' });
    expect(top!.doc.source).toBe('knowledge/refunds.md');
    expect(top!.chunk.headings).toEqual(['Refunds and cancellations', 'Annual plans']);
    expect(top!.score).toBeGreaterThan(0);
  });

  it('vector search finds a synonym that bm25 cannot', async () => {
    const kb = await project.knowledge.get('docs');
    expect(await kb.retriever.retrieve('reimbursement', { mode: 'bm25' })).toEqual([]);
    const [top] = await kb.retriever.retrieve('reimbursement', { mode: 'vector' });
    expect(top!.chunk.text.toLowerCase()).toContain('refund');
  });

  it('hybrid fuses both rankings', async () => {
    const kb = await project.knowledge.get('docs');
    expect(kb.retriever.defaultMode).toBe('hybrid');
    const hits = await kb.retriever.retrieve('warranty claim photo order number', { k: 3 });
    expect(hits[0]!.doc.source).toBe('knowledge/warranty.pdf');
    expect(hits[0]!.chunk.page).toBe(2);
  });

  it('filters on document metadata', async () => {
    const kb = await project.knowledge.get('docs');
    const hits = await kb.retriever.retrieve('plan price discount refund', {
      mode: 'bm25',
      k: 10,
      filter: { category: 'billing' },
    });
    expect(new Set(hits.map((h) => h.doc.id))).toEqual(
      new Set(['knowledge/refunds.md', 'knowledge/faq.json#faq-2']),
    );
  });

  it('MMR spreads results over different chunks', async () => {
    const lexical = await project.knowledge.get('lexical');
    await lexical.ingest();
    const hits = await lexical.retriever.retrieve('refund plans');
    expect(hits).toHaveLength(3);
    expect(new Set(hits.map((h) => h.chunk.id)).size).toBe(3);
  });

  it('says which mode needs an embedder', async () => {
    const lexical = await project.knowledge.get('lexical');
    await expect(lexical.retriever.retrieve('x', { mode: 'vector' })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      hint: expect.stringContaining('--mode bm25'),
    });
  });
});

describe('apps with knowledge', () => {
  it('numbers retrieved chunks into the prompt and returns citations with sources', async () => {
    const app = await project.app('helper');
    const result = await app.run({ vars: { question: 'How long does a refund take to reach my card?' } });
    expect(result.text).toContain('3 to 5 business days');
    expect(result.citations[0]).toMatchObject({
      source: 'knowledge/refunds.md',
      docId: 'knowledge/refunds.md',
      title: 'Refunds and cancellations › Annual plans › Refund timing',
    });
    expect(result.retrieved.length).toBe(5);
    const trace = await project.store.traces.get(result.traceId);
    const retrieve = trace!.spans.find((s) => s.kind === 'retrieve');
    expect(retrieve?.attributes).toMatchObject({
      knowledge: 'docs',
      query: 'How long does a refund take to reach my card?',
      mode: 'hybrid',
      k: 5,
    });
    // The span lists the passages the prompt got, in order.
    expect((retrieve!.attributes.hits as Array<{ id: string; source: string }>).map((h) => h.id)).toEqual(
      result.retrieved.map((r) => r.id),
    );
  });

  it('says it does not know when nothing relevant is retrieved', async () => {
    const result = await (await project.app('helper')).run({
      vars: { question: 'Do you sell bicycles in Peru?' },
    });
    expect(result.text).toBe("I don't know based on the information I have.");
    expect(result.citations).toEqual([]);
  });

  it('maps [n] markers of a model answer back to the retrieved sources', async () => {
    const model = createScriptedProvider(
      [{ text: 'Annual plans are refunded within 30 days [1], and refunds take days [1][2].' }],
      'local',
    );
    const p = await loadProject(dir, { providerOverrides: { local: model } });
    try {
      const result = await (await p.app('helper')).run({ vars: { question: 'annual plan refund' } });
      const prompt = model.calls[0]!.messages[0]!.content;
      expect(prompt).toMatch(/\[1\] \(knowledge\/refunds\.md › Refunds and cancellations/);
      expect(result.citations.map((c) => c.id)).toEqual([result.retrieved[0]!.id, result.retrieved[1]!.id]);
    } finally {
      await p.close();
    }
  });
});

describe('rerank and query rewriting', () => {
  // A bm25 retriever over the docs base whose top 3 go through `judge` for reranking.
  async function rerankedBy(judge: ReturnType<typeof createScriptedProvider>) {
    const { createRetriever } = await import('./retrieve/retriever.js');
    const kb = await project.knowledge.get('docs');
    const base = await kb.retriever.retrieve('refund plans', { mode: 'bm25', k: 3 });
    const retriever = createRetriever({
      name: 'docs',
      index: kb.index,
      config: {
        ...kb.config.retrieval,
        mode: 'bm25',
        k: 3,
        candidates: 3,
        rerank: { route: 'judge', candidates: 3 },
      },
      reranker: async () => judge,
    });
    return { base: base.map((h) => h.chunk.id), reranked: await retriever.retrieve('refund plans') };
  }

  it('re-orders candidates by the scores a route gives, with the passages fenced as data', async () => {
    const judge = createScriptedProvider([{ text: JSON.stringify({ scores: [1, 2, 9] }) }], 'judge');
    const { base, reranked } = await rerankedBy(judge);
    expect(reranked.map((h) => h.chunk.id)).toEqual([base[2], base[1], base[0]]);
    expect(reranked[0]!.score).toBe(0.9);
    expect(judge.calls[0]!.messages[1]!.content).toContain('<passage n="1">');
  });

  it('keeps the original order when the reranker answers nonsense', async () => {
    const { base, reranked } = await rerankedBy(createScriptedProvider([{ text: 'I think the second one' }]));
    expect(reranked.map((h) => h.chunk.id)).toEqual(base);
  });

  it('minScore drops the chunks that score below it, and only those', async () => {
    const { createRetriever } = await import('./retrieve/retriever.js');
    const kb = await project.knowledge.get('docs');
    const all = await kb.retriever.retrieve('refund plans', { mode: 'bm25', k: 10 });
    expect(all.length).toBeGreaterThanOrEqual(3);
    const cut = (all[0]!.score + all.at(-1)!.score) / 2;
    const retriever = createRetriever({
      name: 'docs',
      index: kb.index,
      config: { ...kb.config.retrieval, mode: 'bm25', k: 10, minScore: cut },
    });
    const kept = await retriever.retrieve('refund plans');
    const expected = all.filter((h) => h.score >= cut).map((h) => h.chunk.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(kept.map((h) => h.chunk.id)).toEqual(expected);
  });

  it('searches every query a rewrite hook returns and fuses the results', async () => {
    const { createRetriever } = await import('./retrieve/retriever.js');
    const kb = await project.knowledge.get('docs');
    const retriever = createRetriever({
      name: 'docs',
      index: kb.index,
      config: { ...kb.config.retrieval, mode: 'bm25', k: 4 },
      rewriter: async () => (q: string) => [q, 'customs duties'],
    });
    const sources = (await retriever.retrieve('gift cards')).map((h) => h.doc.source);
    expect(sources).toContain('knowledge/gift-cards.md');
    expect(sources).toContain('knowledge/shipping.docx');
  });
});

describe('a script embedder', () => {
  it('embeds through a TS module provider with embed(), cached by content', async () => {
    const dir2 = tempProject({
      'tandem.yaml': `
providers:
  words: { type: script, module: tools/word-embedder.ts }
knowledge:
  notes:
    sources: notes/*.md
    embedder: words
    retrieval: { mode: vector, k: 1 }
`,
      'tools/word-embedder.ts': `
const WORDS = ['cat', 'dog', 'fish', 'bird'];
let calls = 0;
export default () => ({
  generate: () => ({ text: '' }),
  embed: async (texts: string[]) => {
    calls += texts.length;
    (globalThis as { embedCalls?: number }).embedCalls = calls;
    return texts.map((t) => WORDS.map((w) => (t.toLowerCase().includes(w) ? 1 : 0.01)));
  },
});
`,
      'notes/pets.md': '# Dogs\n\nA dog needs a walk every day.\n',
      'notes/aquarium.md': '# Fish\n\nFish need clean water.\n',
    });
    const p = await loadProject(dir2);
    try {
      const kb = await p.knowledge.get('notes');
      const first = await kb.ingest();
      expect(first.embedded).toBe(2);
      const [hit] = await kb.retriever.retrieve('which fish');
      expect(hit!.doc.source).toBe('notes/aquarium.md');
      expect((await kb.ingest({ rebuild: true })).embedded).toBe(0); // re-read, but every vector came from the cache
    } finally {
      await p.close();
    }
  });
});

describe('changed reading settings', () => {
  it("reads a file again when the knowledge base's csv: settings change, and only the files they read", async () => {
    const yaml = (csv: string) => `
providers:
  local: { type: extractive }
knowledge:
  docs: { sources: kb/*, csv: { mode: row, title: plan${csv} } }
`;
    const dir = tempProject({
      'tandem.yaml': yaml(''),
      'kb/plans.csv': 'plan,price,status\nSingle,32 EUR,current\nFamily,79 EUR,superseded\n',
      'kb/faq.md': '# Delivery\n\nBoxes come on Tuesdays.\n',
    });
    const first = await loadProject(dir);
    await (await first.knowledge.get('docs')).ingest();
    await first.close();
    writeFileSync(join(dir, 'tandem.yaml'), yaml(', metadata: [status]'));
    const second = await loadProject(dir);
    try {
      const kb = await second.knowledge.get('docs');
      const report = await kb.ingest();
      // Only the file the settings read is read again.
      expect(report).toMatchObject({ updated: ['kb/plans.csv'], unchanged: 1 });
      const family = (await kb.index.documents()).find((d) => d.title === 'Family');
      expect(family?.metadata.status).toBe('superseded');
      expect((await kb.ingest()).unchanged).toBe(2);
    } finally {
      await second.close();
    }
  });
});
