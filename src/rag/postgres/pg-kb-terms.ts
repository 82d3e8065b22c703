/**
 * @module A chunk's lexical terms as the PostgreSQL index stores them: tandem's own analysis (the analyzer
 * the in-memory engine uses, so both backends see the same terms), counted per field (title, headings,
 * text), with the chunk's length as BM25 reads it. Rows for many chunks gather into column arrays, which one
 * INSERT … SELECT FROM unnest(…) writes.
 */
import type { Analyzer } from '../lexical/analysis.js';

// A btree entry holds at most ~2.7 kB: a "word" longer than this (a run of base64, a hash dump) is counted in
// the chunk's length but not indexed; no query would ask for it.
const MAX_TERM_BYTES = 1000;

/** One chunk's terms: counts per field, and its length (every analysed term, in all fields). */
export interface ChunkTerms {
  length: number;
  counts: Map<string, [title: number, headings: number, text: number]>;
}

/** Analyses a chunk's three fields; `titleTerms` is the document title's, analysed once for all its chunks. */
export function chunkTerms(
  analyzer: Analyzer,
  titleTerms: string[],
  headings: string[],
  text: string,
): ChunkTerms {
  const fields = [titleTerms, analyzer.terms(headings.join(' ')), analyzer.terms(text)];
  const counts: ChunkTerms['counts'] = new Map();
  let length = 0;
  fields.forEach((terms, f) => {
    length += terms.length;
    for (const t of terms) {
      let c = counts.get(t);
      if (!c) {
        if (Buffer.byteLength(t) > MAX_TERM_BYTES) continue;
        c = [0, 0, 0];
        counts.set(t, c);
      }
      c[f]!++;
    }
  });
  return { length, counts };
}

/** Postings of many chunks as column arrays, and how many of them each term is in. */
export class PostingColumns {
  readonly term: string[] = [];
  readonly rowid: number[] = [];
  readonly title: number[] = [];
  readonly headings: number[] = [];
  readonly text: number[] = [];
  readonly length: number[] = [];
  readonly df = new Map<string, number>();

  /** Adds one chunk's postings. */
  add(rowid: number, { length, counts }: ChunkTerms): void {
    for (const [t, [title, headings, text]] of counts) {
      this.term.push(t);
      this.rowid.push(rowid);
      this.title.push(title);
      this.headings.push(headings);
      this.text.push(text);
      this.length.push(length);
      this.df.set(t, (this.df.get(t) ?? 0) + 1);
    }
  }

  get size(): number {
    return this.term.length;
  }

  /** The rows from `from` to `to`, as the arrays one INSERT takes. */
  slice(from: number, to: number) {
    const s = <T>(a: T[]) => a.slice(from, to);
    return [
      s(this.term),
      s(this.rowid),
      s(this.title),
      s(this.headings),
      s(this.text),
      s(this.length),
    ] as const;
  }
}
