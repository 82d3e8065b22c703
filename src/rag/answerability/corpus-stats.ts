import { tokenize } from '../../core/index.js';
import { ownStemSpellings } from '../crosslingual/index.js';
import type { KnowledgeIndex } from '../knowledge-index.js';
import type { TermStats } from './assess.js';
import { placeWords } from './places.js';
import { contentTerms } from './question.js';
import { alternativesOf, phrasesIn } from './synonyms.js';
import { seriesWords } from './unlisted.js';

/** The knowledge base's word counts for a question's key words, their other wordings, and its places' regions. */
export async function knowledgeTermStats(
  index: Pick<KnowledgeIndex, 'termStats'>,
  question: string,
): Promise<TermStats> {
  const terms = contentTerms(question);
  // Every word the checks may look up: the question's, their other wordings, its phrases' other wordings
  // ("pay band" for "pay range"), and its places' regions.
  const phrases = phrasesIn(terms).flatMap((p) => p.alternatives.flat());
  const words = [
    ...terms,
    ...terms.flatMap((t) => alternativesOf(t).flat()),
    ...phrases,
    ...placeWords(question),
    ...seriesWords(question),
    // A word read as its own language's stem is looked up as typed too (assess.ts reads it so where only that is known).
    ...[...ownStemSpellings(question).values()].flatMap((w) => tokenize(w)),
  ];
  const { chunks, df } = await index.termStats(words);
  return { chunks, df: (t) => df.get(t) ?? 0 };
}
