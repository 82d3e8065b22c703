import { describe, expect, it } from 'vitest';
import { type Attributes, retrievalSchema, type SpanHandle } from '../../core/index.js';
import { openSqliteStore } from '../../store/index.js';
import type { IndexEntry } from '../knowledge-index.js';
import { openSqliteKnowledgeIndex } from '../sqlite/sqlite-knowledge-index.js';
import { createRetriever } from './retriever.js';

const texts = [
  'Vacation allowance: annual leave is 25 days, and unused annual leave carries over.',
  'Annual leave: book annual leave in the HR system before you take leave.',
  ...Array.from(
    { length: 20 },
    (_, i) => `Parking permit ${i} for site ${String.fromCharCode(97 + i)}lpha bay`,
  ),
];
const entries: IndexEntry[] = texts.map((text, i) => ({
  doc: { id: `d${i}`, source: `doc-${i}.md`, hash: String(i), metadata: {} },
  chunks: [{ id: `c${i}`, docId: `d${i}`, ord: 0, text, headings: [], tokens: 20 }],
}));

// A span that keeps what the retriever records on its child.
function recordingSpan() {
  const recorded: Attributes = {};
  const span: SpanHandle = {
    traceId: 't',
    spanId: 's',
    child: (_name, _kind, attributes) => {
      Object.assign(recorded, attributes);
      return {
        ...span,
        set: (a) => Object.assign(recorded, a),
        end: (o) => Object.assign(recorded, o?.attributes),
      };
    },
    set: () => {},
    end: () => {},
  };
  return { span, recorded };
}

async function retrieverWith(retrieval: Record<string, unknown>) {
  const store = openSqliteStore(':memory:');
  const index = await openSqliteKnowledgeIndex(store.database, 'kb');
  await index.upsert(entries);
  const config = retrievalSchema.parse(retrieval);
  return createRetriever({ name: 'kb', index, config });
}

describe('expansion: rm3', () => {
  it('finds the chunk that shares no word with the question, and traces the expanded terms', async () => {
    const { span, recorded } = recordingSpan();
    const retriever = await retrieverWith({ expansion: 'rm3', k: 3 });
    const hits = await retriever.retrieve('vacation allowance', { span });
    expect(hits.map((h) => h.doc.id)).toEqual(['d0', 'd1']);
    const [expansion] = recorded.expansion as Array<{
      query: string;
      terms: Array<{ term: string; weight: number }>;
    }>;
    expect(expansion!.query).toBe('vacation allowance');
    expect(expansion!.terms.map((t) => t.term)).toEqual(
      expect.arrayContaining(['vacat', 'allow', 'annual', 'leav']),
    );
  });

  it('is off unless asked for: the question’s words alone, and no expansion in the trace', async () => {
    const { span, recorded } = recordingSpan();
    const hits = await (await retrieverWith({ k: 3 })).retrieve('vacation allowance', { span });
    expect(hits.map((h) => h.doc.id)).toEqual(['d0']);
    expect(recorded).not.toHaveProperty('expansion');
  });

  it('takes Anserini’s settings for rm3 alone, and its own when given', () => {
    const parse = (expansion: unknown) => retrievalSchema.parse({ expansion }).expansion;
    expect(parse('rm3')).toBe('rm3');
    expect(parse({ method: 'rm3', fbDocs: 5 })).toEqual({
      method: 'rm3',
      fbDocs: 5,
      fbTerms: 10,
      originalWeight: 0.5,
    });
  });
});
