/**
 * @module BM25 in PostgreSQL, computed in SQL exactly as the in-memory engine computes it (lexical/
 * bm25-engine.ts: k1 0.9, b 0.4, idf ln(1 + (N − df + 0.5) / (df + 0.5)), a term's frequency the sum of its
 * field counts times the field weights, the length every analysed term of the chunk), so both backends rank
 * alike and score alike to rounding. The query's postings come from the postings table's covering index,
 * N and the total length from the base's row, document frequencies from kb_terms; summing in SQL sends
 * the server's k best rows over the wire, never the postings.
 */
import type postgres from 'postgres';
import type { WeightedTerm } from '../lexical/bm25-engine.js';
import { type Rm3Options, rm3Terms } from '../lexical/rm3.js';
import type { PgKb } from './pg-kb-base.js';
import { HIT_COLUMNS, type PgChunkRow } from './pg-kb-rows.js';

// The in-memory engine's defaults (Anserini's BM25).
const K1 = 0.9;
const B = 0.4;

type Subquery = postgres.Fragment;

/** The `k` best chunks for weighted terms, with their rows. */
export function rankedRows(kb: PgKb, terms: WeightedTerm[], k: number, allowed?: Subquery) {
  const { sql, t } = kb;
  return sql<PgChunkRow[]>`
    WITH ${scoredCte(kb, terms, k, allowed)}
    SELECT s.rowid, s.score, ${sql.unsafe(HIT_COLUMNS)} FROM scored s
    JOIN ${t.chunks} c ON c.rowid = s.rowid JOIN ${t.documents} d ON d.kb = c.kb AND d.id = c.doc_id
    ORDER BY s.score DESC, s.rowid`;
}

/** The `k` best chunks' rowids and scores. */
export async function ranked(kb: PgKb, terms: WeightedTerm[], k: number, allowed?: Subquery) {
  const rows = await kb.sql<{ rowid: string; score: number }[]>`
    WITH ${scoredCte(kb, terms, k, allowed)} SELECT rowid, score FROM scored ORDER BY score DESC, rowid`;
  return rows.map((r) => ({ rowid: Number(r.rowid), score: r.score }));
}

// base: N and avgdl; q: each term's weighted idf; scored: the k best chunks.
function scoredCte(kb: PgKb, terms: WeightedTerm[], k: number, allowed?: Subquery) {
  const { sql, t, id } = kb;
  return sql`
    base AS (SELECT chunks::float8 AS n,
      CASE WHEN chunks > 0 THEN total_length::float8 / chunks ELSE 1 END AS avgdl FROM ${t.bases} WHERE id = ${id}),
    q AS MATERIALIZED (SELECT w.term, w.weight * ln(1 + (base.n - f.df + 0.5) / (f.df + 0.5)) AS idf
      FROM unnest(${terms.map((w) => w.term)}::text[], ${terms.map((w) => w.weight)}::float8[]) AS w(term, weight)
      CROSS JOIN base CROSS JOIN LATERAL (${docFreq(kb, sql`w.term`)}) f
      WHERE w.weight > 0 AND f.df > 0),
    p AS (SELECT p.rowid, p.length, q.idf, ${weightedTf(kb)} AS tf
      FROM q JOIN ${t.postings} p ON p.kb = ${id} AND p.term = q.term
      ${allowed ? sql`WHERE p.rowid IN (${allowed})` : sql``}),
    scored AS (SELECT p.rowid, sum((p.idf * p.tf * ${K1 + 1}::float8) /
        (p.tf + ${K1}::float8 * (1 - ${B}::float8 + (${B}::float8 * p.length) / base.avgdl))) AS score
      FROM p CROSS JOIN base WHERE p.tf > 0
      GROUP BY p.rowid ORDER BY score DESC, p.rowid LIMIT ${k})`;
}

// A posting's frequency under the field weights (the engine keeps it as a float32; here it is exact).
function weightedTf(kb: PgKb, alias = 'p') {
  const { sql } = kb;
  const [title, headings, text] = kb.fieldWeights;
  const p = sql.unsafe(alias);
  return sql`(${title}::float8 * ${p}.tf_title + ${headings}::float8 * ${p}.tf_headings
    + ${text}::float8 * ${p}.tf_text)`;
}

// In how many chunks `term` occurs, as one row `df`. With every field weighted, that is kb_terms; a field
// weighted 0 does not count (the engine indexes only what weighs), so the postings are counted instead.
function docFreq(kb: PgKb, term: postgres.Fragment) {
  const { sql, t, id } = kb;
  if (kb.fieldWeights.every((w) => w > 0))
    return sql`SELECT coalesce((SELECT df FROM ${t.terms} s WHERE s.kb = ${id} AND s.term = ${term}), 0)::float8 AS df`;
  return sql`SELECT count(*)::float8 AS df FROM ${t.postings} x
    WHERE x.kb = ${id} AND x.term = ${term} AND ${weightedTf(kb, 'x')} > 0`;
}

/** Document frequencies of terms (absent terms are absent), under the field weights. */
export async function docFreqs(kb: PgKb, terms: string[]): Promise<Map<string, number>> {
  if (!terms.length) return new Map();
  const rows = await kb.sql<{ term: string; df: number }[]>`
    SELECT w.term, f.df FROM unnest(${[...new Set(terms)]}::text[]) AS w(term)
    CROSS JOIN LATERAL (${docFreq(kb, kb.sql`w.term`)}) f WHERE f.df > 0`;
  return new Map(rows.map((r) => [r.term, r.df]));
}

/** How many chunks the base holds (BM25's N). */
export async function chunkCount(kb: PgKb): Promise<number> {
  const [row] = await kb.sql<
    { n: number }[]
  >`SELECT chunks::float8 AS n FROM ${kb.t.bases} WHERE id = ${kb.id}`;
  return row?.n ?? 0;
}

/** A query's terms expanded by RM3, read from the tables as the engine reads its memory (lexical/rm3.ts). */
export async function expandRm3Pg(
  kb: PgKb,
  query: string,
  opts: Rm3Options,
  allowed?: Subquery,
): Promise<WeightedTerm[]> {
  const queryTerms = kb.analyzer.terms(query);
  if (!queryTerms.length) return [];
  const feedback = await ranked(kb, unitWeights(queryTerms), opts.fbDocs, allowed);
  const vectors = await termVectors(
    kb,
    feedback.map((f) => f.rowid),
  );
  const df = await docFreqs(
    kb,
    [...vectors.values()].flatMap((v) => [...v.keys()]),
  );
  return rm3Terms(
    {
      queryTerms,
      feedback,
      termVector: (rowid) => vectors.get(rowid) ?? new Map(),
      docFreq: (term) => df.get(term) ?? 0,
      size: await chunkCount(kb),
    },
    opts,
  );
}

/** A query's distinct terms at weight 1 each, as the engine's `search` reads a query. */
export function unitWeights(terms: string[]): WeightedTerm[] {
  return [...new Set(terms)].map((term) => ({ term, weight: 1 }));
}

// The chunks' terms with their weighted frequencies (terms weighing nothing left out, as in the engine).
async function termVectors(kb: PgKb, rowids: number[]): Promise<Map<number, Map<string, number>>> {
  const out = new Map<number, Map<string, number>>();
  if (!rowids.length) return out;
  const rows = await kb.sql<{ rowid: string; term: string; tf: number }[]>`
    SELECT p.rowid, p.term, ${weightedTf(kb)} AS tf FROM ${kb.t.postings} p
    WHERE p.rowid = ANY(${rowids}::bigint[]) AND ${weightedTf(kb)} > 0`;
  for (const r of rows) {
    const rowid = Number(r.rowid);
    const v = out.get(rowid) ?? new Map<string, number>();
    out.set(rowid, v);
    v.set(r.term, r.tf);
  }
  return out;
}
