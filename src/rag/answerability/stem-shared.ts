/**
 * @module An English word whose stem another word shares ("wedding" stems as Wednesday's "Wed"), so the thesaurus
 * cannot join it to its equivalents without joining the other word too: where the base never writes its stem, the
 * question reads it as the first equivalent the base does write ("my wedding" as "my marriage" where the base has
 * "Marriage leave"), and is not judged to ask about what the base lacks.
 */
import { tokenize } from '../../core/index.js';
import type { KnowledgeIndex } from '../knowledge-index.js';
import type { TermStats } from './assess.js';

// Each word, in the order its equivalents are tried. Only words whose stem is another word's: a word of its own
// belongs in the thesaurus.
const STEM_SHARED: Record<string, readonly string[]> = {
  wedding: ['marriage', 'married'],
  weddings: ['marriage', 'married'],
};

/** The question with each word whose stem another word shares, and the base never writes, read as an equivalent it writes. */
export async function withStemSharedWordsRead(
  index: Pick<KnowledgeIndex, 'termStats'>,
  question: string,
  stats: TermStats,
): Promise<string> {
  const asked = [...new Set(question.toLowerCase().match(/\p{L}+/gu) ?? [])].filter(
    (w) => Object.hasOwn(STEM_SHARED, w) && tokenize(w).every((t) => stats.df(t) === 0),
  );
  if (!asked.length) return question;
  const terms = [...new Set(asked.flatMap((w) => STEM_SHARED[w]!.flatMap((e) => tokenize(e))))];
  const { df } = await index.termStats(terms);
  let read = question;
  for (const word of asked) {
    const written = STEM_SHARED[word]!.find((e) => tokenize(e).every((t) => (df.get(t) ?? 0) > 0));
    // The word is letters only: nothing in it needs escaping.
    if (written) read = read.replace(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'giu'), written);
  }
  return read;
}
