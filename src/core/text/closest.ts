/** Edit distance between two short strings (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The candidate nearest to `word` when it is close enough to be a likely typo, else undefined. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/**
 * The words a word may have been meant as: neighbours swapped, a doubled letter typed once, a letter typed
 * twice, or a letter left out after the first ("contribtion").
 */
export function slipsOf(word: string): string[] {
  // A word has about 28 slips per letter, each as long as the word: past the length of any real word, the slips
  // of a run of letters someone pasted ("aaaa…", 20,000 of them) would take minutes and gigabytes to list.
  if (word.length > MAX_SLIPPED_WORD) return [];
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    out.add(word.slice(0, i) + word[i] + word.slice(i));
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    if (word[i] === word[i + 1]) out.add(word.slice(0, i) + word.slice(i + 1));
    for (const letter of LETTERS) out.add(word.slice(0, i + 1) + letter + word.slice(i + 1));
  }
  out.delete(word);
  return [...out];
}

/**
 * The words a word may have been meant as when a finger hit the wrong key, after the first letter (which people
 * rarely get wrong): another letter in a letter's place ("allowence") or one letter too many ("allowancxe").
 * Far more of these than of `slipsOf` are words by chance, so a caller should trust only those it knows.
 */
export function wrongKeysOf(word: string): string[] {
  if (word.length > MAX_SLIPPED_WORD) return [];
  const out = new Set<string>();
  for (let i = 1; i < word.length; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    for (const letter of LETTERS) out.add(word.slice(0, i) + letter + word.slice(i + 1));
  }
  out.delete(word);
  return [...out];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const MAX_SLIPPED_WORD = 30;
