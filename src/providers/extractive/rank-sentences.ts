import { splitSentences, tokenize } from '../../core/index.js';
import {
  alternativesOf,
  contentTerms,
  placesAsked,
  questionContext,
  withEquivalents,
} from '../../rag/index.js';
import type { Passage } from './collect-passages.js';

export interface RankedSentence {
  passage: Passage;
  passageIndex: number;
  sentenceIndex: number;
  text: string;
  /** Share of the question's weighted terms the sentence contains, 0..1. */
  score: number;
  /** Distinct question terms the sentence contains. */
  matched: number;
  /** Distinct content terms of the question. */
  of: number;
}

/**
 * Scores every sentence of every passage by how much of the question it covers, each question term
 * weighted by its inverse document frequency over all sentences (rare words count more). A sentence that says
 * a word in another wording the thesaurus knows ("taxi" for "cab") covers it too.
 */
export function rankSentences(question: string, passages: Passage[]): RankedSentence[] {
  // Dates and amounts in any wording ("25th May 2026" meets "2026-05-25"), as the index reads them.
  const queryTerms = contentTerms(withEquivalents(question));
  if (!queryTerms.length) return [];
  const sentences = passages.flatMap((passage, passageIndex) =>
    splitSentences(passage.text).map((text, sentenceIndex) => ({
      passage,
      passageIndex,
      sentenceIndex,
      text,
      terms: new Set(tokenize(withEquivalents(`${passage.title ?? ''} ${text}`))),
    })),
  );
  const covers = coverage(question);
  const n = sentences.length;
  const idf = new Map<string, number>();
  for (const t of queryTerms) {
    // A term no passage contains weighs as much as the rarest one that does, not more: otherwise a stray
    // word in the question ("I'm moving house…") would outweigh everything the passages do match.
    const df = Math.max(
      1,
      sentences.reduce((c, s) => c + (covers(s.terms, t) ? 1 : 0), 0),
    );
    idf.set(t, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  // What the asker says about themselves before asking ("I joined two years ago. How many days…?") picks
  // among passages but is not what they ask: a sentence about it alone is not the answer.
  const context = contextOnly(question, queryTerms);
  for (const t of context) idf.set(t, idf.get(t)! * CONTEXT_WEIGHT);
  const total = queryTerms.reduce((sum, t) => sum + idf.get(t)!, 0);
  const scoreOf = (terms: Set<string>) =>
    queryTerms.reduce((sum, t) => sum + (covers(terms, t) ? idf.get(t)! : 0), 0) / total;
  return sentences
    .map(({ terms, ...s }, i) => {
      // A sentence is also read with the one before it in its passage ("Every apprentice has a mentor… A
      // Ridgeway College assessor visits every 10 weeks."), for a little less: what it says may lean on it.
      const before = sentences[i - 1];
      const joined = before?.passage === s.passage ? new Set([...before.terms, ...terms]) : undefined;
      const own = scoreOf(terms);
      const read = joined && WITH_BEFORE * scoreOf(joined) > own ? joined : undefined;
      return {
        ...s,
        score: read ? WITH_BEFORE * scoreOf(read) : own,
        matched: queryTerms.filter((t) => covers(read ?? terms, t)).length,
        of: queryTerms.length,
      };
    })
    .filter((s) => s.score > 0)
    .sort(
      (a, b) => b.score - a.score || a.passageIndex - b.passageIndex || a.sentenceIndex - b.sentenceIndex,
    );
}

// A sentence covers a term in its words, in a wording the thesaurus knows ("taxi" for "cab") or, for a place,
// by a region it lies in or a place inside it ("Other European cities" for Milan).
function coverage(question: string): (terms: Set<string>, t: string) => boolean {
  const places = new Map(placesAsked(question).map((p) => [p.term, [...p.regions, ...p.parts]]));
  return (terms, t) =>
    terms.has(t) ||
    alternativesOf(t).some((alt) => alt.every((w) => terms.has(w))) ||
    (places.get(t) ?? []).some((name) => name.every((w) => terms.has(w)));
}

const CONTEXT_WEIGHT = 0.5;
// Tuned on the development sets with the answerability check's own (`assess.ts`): 0.9 lost an answer, 0.6 gained less.
const WITH_BEFORE = 0.8;

// The question's terms that only its context holds.
function contextOnly(question: string, terms: string[]): Set<string> {
  const { context, asked } = questionContext(question);
  if (!context) return new Set();
  const inAsked = new Set(contentTerms(withEquivalents(asked)));
  return new Set(contentTerms(withEquivalents(context)).filter((t) => terms.includes(t) && !inAsked.has(t)));
}
