import { splitSentences, tokenize } from '../../core/index.js';
import type { Passage } from './collect-passages.js';

export interface RankedSentence {
  passage: Passage;
  passageIndex: number;
  sentenceIndex: number;
  text: string;
  /** Share of the question's weighted terms the sentence contains, 0..1. */
  score: number;
}

/**
 * Scores every sentence of every passage by how much of the question it covers, each question term
 * weighted by its inverse document frequency over all sentences (rare words count more).
 */
export function rankSentences(question: string, passages: Passage[]): RankedSentence[] {
  const queryTerms = [...new Set(tokenize(question))];
  if (!queryTerms.length) return [];
  const sentences = passages.flatMap((passage, passageIndex) =>
    splitSentences(passage.text).map((text, sentenceIndex) => ({
      passage,
      passageIndex,
      sentenceIndex,
      text,
      terms: new Set(tokenize(`${passage.title ?? ''} ${text}`)),
    })),
  );
  const n = sentences.length;
  const idf = new Map<string, number>();
  for (const t of queryTerms) {
    const df = sentences.reduce((c, s) => c + (s.terms.has(t) ? 1 : 0), 0);
    idf.set(t, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  const total = queryTerms.reduce((sum, t) => sum + idf.get(t)!, 0);
  return sentences
    .map(({ terms, ...s }) => ({
      ...s,
      score: queryTerms.reduce((sum, t) => sum + (terms.has(t) ? idf.get(t)! : 0), 0) / total,
    }))
    .filter((s) => s.score > 0)
    .sort(
      (a, b) => b.score - a.score || a.passageIndex - b.passageIndex || a.sentenceIndex - b.sentenceIndex,
    );
}
