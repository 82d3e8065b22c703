/**
 * @module The k best-scoring documents of a search, without sorting all of them.
 */

/** The k best of the touched documents, best first, with a binary min-heap (ties: lower document first). */
export function topK(
  candidates: number[],
  scores: Float64Array,
  k: number,
  allowed?: (doc: number) => boolean,
): Array<{ doc: number; score: number }> {
  const heap: number[] = [];
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const d of candidates) {
    if (allowed && !allowed(d)) continue;
    if (heap.length < k) {
      heap.push(d);
      up(heap.length - 1);
    } else if (worse(heap[0]!, d)) {
      heap[0] = d;
      down(0);
    }
  }
  return heap
    .sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0))
    .map((doc) => ({ doc, score: scores[doc]! }));
}
