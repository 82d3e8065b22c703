import type { SpanHandle } from '../core/index.js';
import { type ChunkHit, expandUnknownWords, knowledgeTermStats, questionParts } from '../rag/index.js';
import type { AppKnowledge } from './retrieval-context.js';

/**
 * The passages for an app's question. A question that asks two things ("who leads the desk, and how soon must
 * a loss be reported?") is searched part by part, the parts taking turns, so each part finds its passage.
 * Words the knowledge base never uses are searched in the other wordings it does use (expandUnknownWords).
 */
export async function retrieveQuestion(
  knowledge: AppKnowledge,
  query: string,
  opts: { k?: number; span?: SpanHandle; signal?: AbortSignal } = {},
): Promise<ChunkHit[]> {
  const { base, mode, filter } = knowledge;
  const k = opts.k ?? knowledge.k;
  const parts = questionParts(query);
  const lists = await Promise.all(
    parts.map(async (q) => {
      const expanded = expandUnknownWords(q, await knowledgeTermStats(base.index, q));
      return base.retriever.retrieve(expanded, { k, mode, filter, span: opts.span, signal: opts.signal });
    }),
  );
  return lists.length === 1 ? lists[0]! : takeInTurns(lists, k ?? lists[0]!.length);
}

// Each part's best passage first, then each part's second…: no part is crowded out by another's matches.
function takeInTurns(lists: ChunkHit[][], k: number): ChunkHit[] {
  const out = new Map<string, ChunkHit>();
  for (let rank = 0; out.size < k && lists.some((l) => rank < l.length); rank++)
    for (const list of lists) {
      const hit = list[rank];
      if (hit && !out.has(hit.chunk.id) && out.size < k) out.set(hit.chunk.id, hit);
    }
  return [...out.values()];
}
