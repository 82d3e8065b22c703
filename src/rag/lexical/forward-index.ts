/**
 * @module The forward index of a BM25 layout (document → terms), built from its postings when query
 * expansion first needs a chunk's terms, so snapshots stay as they are and memory is spent only when used.
 */
import type { Layout } from './bm25-engine.js';

/** Each document's terms and frequencies: the postings turned around. */
export interface ForwardIndex {
  docOf: Map<number, number>;
  /** terms of document d are at [starts[d], starts[d + 1]). */
  starts: Uint32Array;
  terms: Uint32Array;
  freqs: Float32Array;
}

/** The forward index of a layout, in one pass over its postings. */
export function transpose({ rowids, starts, docs, freqs }: Layout): ForwardIndex {
  const n = rowids.length;
  const fStarts = new Uint32Array(n + 1);
  for (const d of docs) fStarts[d + 1]!++;
  for (let d = 0; d < n; d++) fStarts[d + 1]! += fStarts[d]!;
  const fill = fStarts.slice(0, n);
  const fTerms = new Uint32Array(docs.length);
  const fFreqs = new Float32Array(docs.length);
  for (let t = 0; t + 1 < starts.length; t++) {
    for (let i = starts[t]!; i < starts[t + 1]!; i++) {
      const at = fill[docs[i]!]!++;
      fTerms[at] = t;
      fFreqs[at] = freqs[i]!;
    }
  }
  const docOf = new Map<number, number>();
  for (let d = 0; d < n; d++) docOf.set(rowids[d]!, d);
  return { docOf, starts: fStarts, terms: fTerms, freqs: fFreqs };
}
