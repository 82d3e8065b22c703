/**
 * @module An in-memory BM25 index over typed arrays: postings as (document, term frequency) pairs, scores
 * accumulated term by term. Built from the chunks in the store and saved there as one snapshot, so a new
 * process loads it instead of re-reading every chunk. Parameters follow Anserini's BM25 (k1 0.9, b 0.4).
 * A chunk has fields (title, headings, text); a term's frequency is the sum of its counts in each field
 * times the field's weight, and the length is the plain count of terms, as FTS5's bm25() with column weights.
 */
import { tokenize } from '../../core/index.js';
import { type ForwardIndex, transpose } from './forward-index.js';
import { topK } from './top-k.js';

export interface Bm25Options {
  k1?: number;
  b?: number;
  /** Text to terms, for documents and queries alike (default: `tokenize`). */
  analyze?: (text: string) => string[];
  /** Names the analysis; a snapshot written under another format is not loaded. */
  format?: string;
  /** Weight of each field, in the order of `Bm25Entry.fields` (default 1 each). */
  fieldWeights?: number[];
}

/** A term of an analysed query and how much it counts. */
export interface WeightedTerm {
  term: string;
  weight: number;
}

/** One chunk to index: its rowid and the texts of its fields. */
export interface Bm25Entry {
  rowid: number;
  fields: string[];
}

// The snapshot layout's version (3: weighted frequencies as floats); the analysis format is checked beside it.
const SNAPSHOT_VERSION = 3;

export interface Bm25Hit {
  /** The chunk's rowid in the store. */
  rowid: number;
  score: number;
}

/** The postings, by term. */
export interface Layout {
  terms: string[];
  rowids: Int32Array;
  lengths: Uint32Array;
  /** postings of term t are at [starts[t], starts[t + 1]). */
  starts: Uint32Array;
  docs: Uint32Array;
  /** Term frequencies, each field's count times its weight. */
  freqs: Float32Array;
}

/** A built, immutable BM25 index. */
export class Bm25Engine {
  private readonly vocab: Map<string, number>;
  private readonly avgLength: number;
  private readonly scores: Float64Array;
  private readonly k1: number;
  private readonly b: number;
  private readonly analyze: (text: string) => string[];
  private readonly format: string;
  /** Each chunk's terms, made from the postings on first use (query expansion reads them). */
  private forward?: ForwardIndex;

  private constructor(
    private readonly layout: Layout,
    opts: Bm25Options,
  ) {
    this.vocab = new Map(layout.terms.map((t, i) => [t, i]));
    let total = 0;
    for (const l of layout.lengths) total += l;
    this.avgLength = layout.lengths.length ? total / layout.lengths.length : 1;
    this.scores = new Float64Array(layout.rowids.length);
    this.k1 = opts.k1 ?? 0.9;
    this.b = opts.b ?? 0.4;
    this.analyze = opts.analyze ?? tokenize;
    this.format = signature(opts);
  }

  /** Number of chunks indexed. */
  get size(): number {
    return this.layout.rowids.length;
  }

  /** Builds the index from chunks' fields. */
  static build(entries: Iterable<Bm25Entry>, opts: Bm25Options = {}): Bm25Engine {
    const rowids: number[] = [];
    const lengths: number[] = [];
    const termIds = new Map<string, number>();
    const perTerm: Array<number[]> = []; // flat [doc, freq, doc, freq…] per term
    const analyze = opts.analyze ?? tokenize;
    const weights = opts.fieldWeights ?? [];
    for (const { rowid, fields } of entries) {
      const doc = rowids.length;
      rowids.push(rowid);
      const counts = new Map<string, number>();
      let length = 0;
      fields.forEach((text, f) => {
        const tokens = analyze(text);
        length += tokens.length;
        const w = weights[f] ?? 1;
        for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + w);
      });
      lengths.push(length);
      for (const [t, f] of counts) {
        if (f === 0) continue; // only in fields weighted 0
        let id = termIds.get(t);
        if (id === undefined) {
          id = perTerm.length;
          termIds.set(t, id);
          perTerm.push([]);
        }
        perTerm[id]!.push(doc, f);
      }
    }
    const starts = new Uint32Array(perTerm.length + 1);
    for (let t = 0; t < perTerm.length; t++) starts[t + 1] = starts[t]! + perTerm[t]!.length / 2;
    const docs = new Uint32Array(starts[perTerm.length]!);
    const freqs = new Float32Array(docs.length);
    perTerm.forEach((pairs, t) => {
      let at = starts[t]!;
      for (let i = 0; i < pairs.length; i += 2) {
        docs[at] = pairs[i]!;
        freqs[at++] = pairs[i + 1]!;
      }
    });
    return new Bm25Engine(
      {
        terms: [...termIds.keys()],
        rowids: Int32Array.from(rowids),
        lengths: Uint32Array.from(lengths),
        starts,
        docs,
        freqs,
      },
      opts,
    );
  }

  /** The top `k` chunks for a query; `allowed` restricts the candidates (metadata filters). */
  search(query: string, k: number, allowed?: (rowid: number) => boolean): Bm25Hit[] {
    const terms = [...new Set(this.analyze(query))].map((term) => ({ term, weight: 1 }));
    return this.searchTerms(terms, k, allowed);
  }

  /** The top `k` chunks for analysed terms, each term's BM25 score times its weight. */
  searchTerms(terms: WeightedTerm[], k: number, allowed?: (rowid: number) => boolean): Bm25Hit[] {
    const { starts, docs, freqs, lengths, rowids } = this.layout;
    const n = rowids.length;
    const scores = this.scores;
    const touched: number[] = [];
    const { k1, b, avgLength } = this;
    for (const { term, weight } of terms) {
      const t = this.vocab.get(term);
      if (t === undefined || !(weight > 0)) continue;
      const from = starts[t]!;
      const to = starts[t + 1]!;
      const df = to - from;
      const idf = weight * Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (let i = from; i < to; i++) {
        const d = docs[i]!;
        const tf = freqs[i]!;
        if (scores[d] === 0) touched.push(d);
        scores[d]! += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * lengths[d]!) / avgLength));
      }
    }
    const top = topK(touched, scores, k, allowed ? (d) => allowed(rowids[d]!) : undefined);
    for (const d of touched) scores[d] = 0; // ready for the next query without clearing the whole array
    return top.map(({ doc, score }) => ({ rowid: rowids[doc]!, score }));
  }

  /** The terms of a text as this index reads a query. */
  terms(text: string): string[] {
    return this.analyze(text);
  }

  /** In how many chunks a term occurs. */
  docFreq(term: string): number {
    const t = this.vocab.get(term);
    return t === undefined ? 0 : this.layout.starts[t + 1]! - this.layout.starts[t]!;
  }

  /** A chunk's terms with their (weighted) frequencies; empty for a rowid not indexed. */
  termVector(rowid: number): Map<string, number> {
    if (!this.forward) this.forward = transpose(this.layout);
    const f = this.forward;
    const d = f.docOf.get(rowid);
    const out = new Map<string, number>();
    if (d === undefined) return out;
    for (let i = f.starts[d]!; i < f.starts[d + 1]!; i++)
      out.set(this.layout.terms[f.terms[i]!]!, f.freqs[i]!);
    return out;
  }

  /** The index as bytes, for the store. */
  serialize(): Buffer {
    const l = this.layout;
    const header = Buffer.from(
      JSON.stringify({
        v: SNAPSHOT_VERSION,
        format: this.format,
        terms: l.terms,
        sizes: [l.rowids.length, l.starts.length, l.docs.length],
      }),
    );
    const parts = [l.rowids, l.lengths, l.starts, l.docs, l.freqs].map((a) =>
      Buffer.from(a.buffer, a.byteOffset, a.byteLength),
    );
    const len = Buffer.alloc(4);
    len.writeUInt32LE(header.length);
    return Buffer.concat([len, header, ...parts]);
  }

  /**
   * Reads an index written by `serialize`; undefined when the bytes are of another layout version or were
   * built under another analysis format or other field weights than `opts` (the caller rebuilds).
   */
  static deserialize(bytes: Uint8Array, opts: Bm25Options = {}): Bm25Engine | undefined {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = buf.readUInt32LE(0);
    const header = JSON.parse(buf.subarray(4, 4 + headerLength).toString()) as {
      v: number;
      format?: string;
      terms: string[];
      sizes: [number, number, number];
    };
    if (header.v !== SNAPSHOT_VERSION || header.format !== signature(opts)) return undefined;
    const [docCount, startCount, postingCount] = header.sizes;
    // Copy into a fresh, aligned buffer: typed arrays need their offsets aligned to the element size.
    const body = new ArrayBuffer(buf.length - 4 - headerLength);
    new Uint8Array(body).set(buf.subarray(4 + headerLength));
    let at = 0;
    const take = <T>(make: (b: ArrayBuffer, o: number, n: number) => T, n: number, size: number): T => {
      const out = make(body, at, n);
      at += n * size;
      return out;
    };
    const layout: Layout = {
      terms: header.terms,
      rowids: take((b, o, n) => new Int32Array(b, o, n), docCount, 4),
      lengths: take((b, o, n) => new Uint32Array(b, o, n), docCount, 4),
      starts: take((b, o, n) => new Uint32Array(b, o, n), startCount, 4),
      docs: take((b, o, n) => new Uint32Array(b, o, n), postingCount, 4),
      freqs: take((b, o, n) => new Float32Array(b, o, n), postingCount, 4),
    };
    return new Bm25Engine(layout, opts);
  }
}

// What a snapshot must have been built with to be loaded: the analysis and the field weights.
function signature(opts: Bm25Options): string {
  return `${opts.format ?? ''}|fields=${(opts.fieldWeights ?? []).join(',')}`;
}
