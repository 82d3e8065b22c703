/**
 * @module German typed without its umlauts ("fuer", "Gebuehr", "Schluessel", "Ueberstunden"): a word the knowledge
 * base never uses whose "ae", "oe" or "ue" read as "ä", "ö" or "ü" gives words it does use (the index folds the
 * umlaut, so "für" counts as "fur", which "fuer" never matches).
 */
import { tokenize } from '../../core/index.js';
import type { KnowledgeIndex } from '../knowledge-index.js';
import { dictionaryCase, isDictionaryWord } from '../wordnet/index.js';
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
  const read = new Map(words.map((w) => [w, umlautReadings(w)]));
  const { df } = await index.termStats([...read.values()].flat().flatMap((w) => tokenize(w)));
  const used = (w: string) => tokenize(w).length > 0 && tokenize(w).every((t) => (df.get(t) ?? 0) > 0);
  let out = question;
  for (const [word, readings] of read) {
    const umlauted = readings.find(used);
    // The word is letters only (\p{L}+): nothing in it needs escaping.
    if (umlauted)
      out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu'), umlauted);
  }
  return out;
}

// Each way to read the word's "ae", "oe" and "ue" as umlauts or as typed, every one read first: "Feuerloescher" is
// "Feuerlöscher", whose "ue" in "Feuer" is typed as it is written. Four pairs at most are tried (16 readings).
function umlautReadings(word: string): string[] {
  const at = [...word.matchAll(/[aouAOU][eE]/g)].map((m) => m.index!).slice(0, MAX_PAIRS);
  const readings: string[] = [];
  for (let mask = (1 << at.length) - 1; mask > 0; mask--) {
    let out = word;
    // From the end, so earlier places stay where they were.
    for (let i = at.length - 1; i >= 0; i--)
      if (mask & (1 << i)) out = `${out.slice(0, at[i])}${UMLAUT[out[at[i]!]!]}${out.slice(at[i]! + 2)}`;
    readings.push(out);
  }
  return readings.sort((a, b) => a.length - b.length);
}

const MAX_PAIRS = 4;

// A word the base never uses and English does not have: "due" or "canoe" in a German base is still English, and
// "Michael" a name, not "Michäl".
function unknownHere(word: string, stats: TermStats): boolean {
  const terms = tokenize(word);
  const lower = word.toLowerCase();
  return (
    terms.length > 0 &&
    terms.every((t) => stats.df(t) === 0) &&
    !isDictionaryWord(lower) &&
    dictionaryCase(lower) !== 'capital'
  );
}
