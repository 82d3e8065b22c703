/**
 * @module Reference-based text scores: Levenshtein distance, ROUGE-L (LCS F-measure) and sentence BLEU-4
 * with add-one smoothing (Lin & Och 2004), on lower-cased word tokens.
 */
import { levenshtein } from '../../core/index.js';

export { levenshtein };

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** ROUGE-L F1 between a candidate and a reference. */
export function rougeL(candidate: string, reference: string): number {
  const c = words(candidate);
  const r = words(reference);
  if (!c.length || !r.length) return c.length === r.length ? 1 : 0;
  let prev: number[] = new Array(r.length + 1).fill(0);
  for (let i = 1; i <= c.length; i++) {
    const cur: number[] = [0];
    for (let j = 1; j <= r.length; j++)
      cur[j] = c[i - 1] === r[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  const lcs = prev[r.length]!;
  const p = lcs / c.length;
  const rec = lcs / r.length;
  return p + rec === 0 ? 0 : (2 * p * rec) / (p + rec);
}

/** Sentence BLEU-4 with add-one smoothing on n > 1 and the brevity penalty. */
export function bleu(candidate: string, reference: string, maxN = 4): number {
  const c = words(candidate);
  const r = words(reference);
  if (!c.length) return 0;
  let logSum = 0;
  for (let n = 1; n <= maxN; n++) {
    const counts = ngrams(r, n);
    let match = 0;
    let total = 0;
    for (const [g, k] of ngrams(c, n)) {
      total += k;
      match += Math.min(k, counts.get(g) ?? 0);
    }
    const p = n === 1 ? (total ? match / total : 0) : (match + 1) / (total + 1);
    if (p === 0) return 0;
    logSum += Math.log(p) / maxN;
  }
  const bp = c.length >= r.length ? 1 : Math.exp(1 - r.length / c.length);
  return bp * Math.exp(logSum);
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}
