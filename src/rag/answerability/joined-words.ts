/**
 * @module Two words the knowledge base writes as one ("wet fish" where it says "wetfish", "life jacket" for
 * "lifejacket", "pay slip" for "payslip"): a question that writes them apart is read with the one word, so it
 * finds its passage and is not judged to ask about a word the base never uses.
 */
import { americanSpelling, stem, stopWords } from '../../core/index.js';
import type { KnowledgeIndex } from '../knowledge-index.js';
import type { TermStats } from './judged.js';
import { contentTerms } from './question.js';

/**
 * The question with each pair of lower-case words the base writes joined read as the one word, where the base
 * never uses one of the two alone (a base that says "wet" and "fish" too means them apart). One count read.
 */
export async function withWordsJoined(
  index: Pick<KnowledgeIndex, 'termStats'>,
  question: string,
  stats: TermStats,
): Promise<string> {
  // Content words only, whose counts the question's read holds: most questions then read no count of their own.
  const counted = (w: string) => contentTerms(w).length === 1 && !stopWords.has(w);
  const pairs = [...question.matchAll(PAIR)]
    .map((m) => [m[1]!, m[2]!] as const)
    .filter(([a, b]) => counted(a) && counted(b))
    .filter(([a, b]) => stats.df(termOf(a)) === 0 || stats.df(termOf(b)) === 0)
    // The joined word stems as the first word and the second's stem ("wetfishes" as "wet" and "fish"): one the
    // stemmer cuts elsewhere is no word, and its count is a part's read back.
    .filter(([a, b]) => termOf(a + b) === a + termOf(b));
  if (!pairs.length) return question;
  const { df } = await index.termStats([...new Set(pairs.map(([a, b]) => termOf(a + b)))]);
  let joined = question;
  for (const [a, b] of pairs)
    if ((df.get(termOf(a + b)) ?? 0) > 0)
      // Both words are letters only (\p{Ll}): nothing in them needs escaping.
      joined = joined.replace(new RegExp(`(?<![\\p{L}'’-])${a}\\s+${b}(?![\\p{L}'’-])`, 'u'), a + b);
  return joined;
}

// Two lower-case words of three letters or more, side by side; each word is read as the first of a pair too.
const PAIR = /(?<![\p{L}'’-])(\p{Ll}{3,})(?=\s+(\p{Ll}{3,})(?![\p{L}'’-]))/gu;

// A word's term as the index holds it: in its American spelling, stemmed.
const termOf = (word: string) => stem(americanSpelling(word));
