/**
 * @module German typed without its umlauts ("fuer", "Gebuehr", "Schluessel", "Ueberstunden"): a word the knowledge
 * base never uses whose "ae", "oe" or "ue" read as "ä", "ö" or "ü" gives words it does use (the index folds the
 * umlaut, so "für" counts as "fur", which "fuer" never matches).
 */
import { tokenize } from '../../core/index.js';
import type { KnowledgeIndex } from '../knowledge-index.js';
import { isDictionaryWord } from '../wordnet/index.js';
import type { TermStats } from './assess.js';

// A word with an "ae", "oe" or "ue" in it, whole.
const SPELT_WITHOUT = /(?<![\p{L}\p{N}])\p{L}*(?:ae|oe|ue)\p{L}*(?![\p{L}\p{N}])/giu;
const UMLAUT: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' };

/** The question with each word typed without its umlauts written with them, where the base uses that word. */
export async function withUmlautsRead(
  index: Pick<KnowledgeIndex, 'termStats'>,
  question: string,
  stats: TermStats,
): Promise<string> {
  const words = [...new Set(question.match(SPELT_WITHOUT) ?? [])].filter((w) => unknownHere(w, stats));
  if (!words.length) return question;
  const read = new Map(words.map((w) => [w, w.replace(/([aouAOU])[eE]/g, (_, v: string) => UMLAUT[v]!)]));
  const { df } = await index.termStats([...read.values()].flatMap((w) => tokenize(w)));
  let out = question;
  for (const [word, umlauted] of read) {
    const terms = tokenize(umlauted);
    // The word is letters only (\p{L}+): nothing in it needs escaping.
    if (terms.length && terms.every((t) => (df.get(t) ?? 0) > 0))
      out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu'), umlauted);
  }
  return out;
}

// A word the base never uses and English does not have: "due" or "canoe" in a German base is still English.
function unknownHere(word: string, stats: TermStats): boolean {
  const terms = tokenize(word);
  return terms.length > 0 && terms.every((t) => stats.df(t) === 0) && !isDictionaryWord(word.toLowerCase());
}
