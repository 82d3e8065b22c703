import type { SpanHandle } from '../core/index.js';
import {
  type ChunkHit,
  expandUnknownWords,
  knowledgeTermStats,
  questionParts,
  reciprocalRankFusion,
} from '../rag/index.js';
import type { AppKnowledge } from './retrieval-context.js';

/**
 * The passages for an app's question. A question that asks two things ("who leads the desk, and how soon must
 * a loss be reported?") is also searched part by part and the lists fused, so each part finds its passage.
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
  const queries = parts.length > 1 ? [query, ...parts] : [query];
  const lists = await Promise.all(
    queries.map(async (q) => {
      const expanded = expandUnknownWords(q, await knowledgeTermStats(base.index, q));
      return base.retriever.retrieve(expanded, { k, mode, filter, span: opts.span, signal: opts.signal });
    }),
  );
  if (lists.length === 1) return lists[0]!;
  return reciprocalRankFusion(lists).slice(0, k ?? lists[0]!.length);
}
