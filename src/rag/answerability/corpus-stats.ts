import type { KnowledgeIndex } from '../knowledge-index.js';
import type { TermStats } from './assess.js';
import { placeWords } from './places.js';
import { contentTerms } from './question.js';
import { alternativesOf } from './synonyms.js';

/** The knowledge base's word counts for a question's key words, the other wordings of each, and its places' regions. */
export async function knowledgeTermStats(
  index: Pick<KnowledgeIndex, 'termStats'>,
  question: string,
): Promise<TermStats> {
  const terms = contentTerms(question);
  const words = [...terms, ...terms.flatMap((t) => alternativesOf(t).flat()), ...placeWords(question)];
  const { chunks, df } = await index.termStats(words);
  return { chunks, df: (t) => df.get(t) ?? 0 };
}
