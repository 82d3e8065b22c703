import type { MetadataFilter, RetrievalMode } from '../core/index.js';
import type { ChunkHit, KnowledgeBase } from '../rag/index.js';
import { retrieveQuestion } from './retrieve-question.js';

export interface SearchAsAskedOptions {
  mode?: RetrievalMode;
  k?: number;
  filter?: MetadataFilter;
}

/**
 * A knowledge base searched the way an app searches it for a question: slips corrected, words the base never
 * uses searched in the wordings it does, each part of a two-part question in turn (its hits alternate between the
 * parts, so scores need not fall in order). `query` is the question as read, so a reader sees what was searched
 * for.
 */
export async function searchAsAsked(
  base: KnowledgeBase,
  question: string,
  opts: SearchAsAskedOptions = {},
): Promise<{ hits: ChunkHit[]; query: string }> {
  // The variable an app reads its question from plays no part in a search.
  const knowledge = { base, queryVar: 'question', k: opts.k, mode: opts.mode, filter: opts.filter };
  const { hits, query } = await retrieveQuestion(knowledge, question);
  return { hits, query };
}
