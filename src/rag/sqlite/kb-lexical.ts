/**
 * @module BM25 for one knowledge base: an in-memory engine (rebuilt when the generation moves on, from a
 * snapshot in the same file when it matches), or SQLite's FTS5 bm25().
 */
import { Bm25Engine, type WeightedTerm } from '../lexical/bm25-engine.js';
import { expandRm3, type Rm3Options } from '../lexical/rm3.js';
import type { ChunkRow } from './kb-rows.js';
import type { KbState } from './kb-state.js';

// Chunk rows of a base up to this much text are kept in memory with the engine, so a search never waits
// on the disk; larger bases read their hits from SQLite.
const ROW_CACHE_MAX_CHARS = 64 * 1024 * 1024;

export type Ranked = Array<{ rowid: number; score: number }>;

/** A chunk's lexical fields, in the order of the FTS5 columns. */
interface LexicalRow {
  rowid: number;
  title: string | null;
  headings: string;
  text: string;
}

/** The in-memory engine and the rows it may hold; `fetchRows` reads rows from memory when it can. */
export function createMemoryLexical(state: KbState, fieldWeights: number[]) {
  const { stmt, name } = state;
  let engine: Bm25Engine | undefined;
  let engineGeneration = -1;
  let rowCache: Map<number, ChunkRow> | undefined;
  const current = (): Bm25Engine => {
    if (engine && engineGeneration === state.generation) return engine;
    const small = (stmt.textSize.get(name) as { n: number }).n <= ROW_CACHE_MAX_CHARS;
    rowCache = small ? new Map((stmt.allRows.all(name) as ChunkRow[]).map((r) => [r.rowid, r])) : undefined;
    const saved = stmt.snapshot.get(name) as { generation: number; data: Buffer } | undefined;
    const opts = { analyze: state.analyzer.terms, format: state.analyzer.format, fieldWeights };
    // A snapshot of another generation, or analysed under another format, is rebuilt from the chunks.
    engine = saved?.generation === state.generation ? Bm25Engine.deserialize(saved.data, opts) : undefined;
    if (!engine) {
      engine = Bm25Engine.build(entries(stmt.lexicalText.iterate(name) as Iterable<LexicalRow>), opts);
      stmt.saveSnapshot.run(name, state.generation, engine.serialize());
    }
    engineGeneration = state.generation;
    return engine;
  };
  return {
    /** Builds (or loads) the engine now, so the first search is fast. */
    warm: () => void current(),
    /** How many chunks the engine holds. */
    size: () => current().size,
    /** The best `k` chunks; with `expansion`, for the query expanded by RM3 (its terms are returned too). */
    search(
      query: string,
      k: number,
      allowed?: Set<number>,
      expansion?: Rm3Options,
    ): { ranked: Ranked; expanded?: WeightedTerm[] } {
      const allow = allowed ? (r: number) => allowed.has(r) : undefined;
      const bm25 = current();
      if (!expansion) return { ranked: bm25.search(query, k, allow) };
      const expanded = expandRm3(bm25, query, expansion, allow);
      return { ranked: bm25.searchTerms(expanded, k, allow), expanded };
    },
    /** In how many chunks each stemmed word occurs, read through the engine's own analysis of the word. */
    docFreqs(terms: string[]): Map<string, number> {
      const bm25 = current();
      // A stem as it is first (re-stemming a stem is not idempotent: "paus" would become "pau"), then as the
      // engine's own analysis reads it (a derivational stem: "austrian" is indexed as "austria").
      const df = (t: string) => bm25.docFreq(t) || Math.max(0, ...bm25.terms(t).map((a) => bm25.docFreq(a)));
      return new Map(terms.map((t) => [t, df(t)]));
    },
    fetchRows(rowids: number[]): Map<number, ChunkRow> {
      if (rowCache && engineGeneration === state.generation) return rowCache;
      return new Map((stmt.byRowids.all(JSON.stringify(rowids)) as ChunkRow[]).map((r) => [r.rowid, r]));
    },
  };
}

function* entries(rows: Iterable<LexicalRow>) {
  for (const r of rows)
    yield { rowid: r.rowid, fields: [r.title ?? '', (JSON.parse(r.headings) as string[]).join(' '), r.text] };
}

/** BM25 ranking by FTS5 (no memory held), with a weight per column (title, headings, text). */
export function searchFts5(
  state: KbState,
  query: string,
  opts: { k: number; allowed?: Set<number>; fieldWeights: number[] },
): Ranked {
  const { k, allowed, fieldWeights } = opts;
  const terms = state.analyzer.ftsQuery(query);
  if (!terms.length) return [];
  // Each term quoted: user text can never be read as FTS5 query syntax. OR: any term may match; BM25 ranks.
  const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ');
  const limit = allowed ? k * 10 + 50 : k;
  return (state.stmt.ftsTop.all(...fieldWeights, match, limit) as Array<{ rowid: number; rank: number }>)
    .filter((r) => !allowed || allowed.has(r.rowid))
    .slice(0, k)
    .map((r) => ({ rowid: r.rowid, score: -r.rank }));
}
