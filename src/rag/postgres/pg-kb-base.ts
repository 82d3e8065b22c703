/**
 * @module One knowledge base in the PostgreSQL tables: its row in kb_bases (found or made when the index
 * opens), what every part of the index shares, and the rewrite of its postings when it is opened under
 * another analysis than the one they were written with (another stemming, a newer normalisation).
 */
import type postgres from 'postgres';
import type { Analyzer } from '../lexical/analysis.js';
import type { Pgvector } from './pg-kb-pgvector.js';
import type { KbTables, PgQuery } from './pg-kb-schema.js';
import { chunkTerms, PostingColumns } from './pg-kb-terms.js';
import { addDocFreqs, insertPostings } from './pg-kb-writer.js';

/** What the parts of one base's index share. */
export interface PgKb {
  readonly sql: postgres.Sql;
  readonly name: string;
  /** The base's key in every table. */
  readonly id: number;
  readonly t: KbTables;
  readonly analyzer: Analyzer;
  /** How much a term counts in each field: title, headings, text. */
  readonly fieldWeights: readonly [number, number, number];
  /** Where pgvector is installed, when the server has it. */
  readonly pgvector?: Pgvector;
}

/** The base's id, its row made on first use (by whichever process gets there first). */
export async function baseId(sql: PgQuery, t: KbTables, name: string): Promise<number> {
  const find = () => sql<{ id: number }[]>`SELECT id FROM ${t.bases} WHERE name = ${name}`;
  let [row] = await find();
  if (!row) {
    await sql`INSERT INTO ${t.bases} (name) VALUES (${name}) ON CONFLICT (name) DO NOTHING`;
    [row] = await find();
  }
  return row!.id;
}

/** Makes the stored postings those of `kb.analyzer`, rewriting them from the chunks when they are not. */
export async function syncFormat(kb: PgKb): Promise<void> {
  const { sql, t, id, analyzer } = kb;
  const [seen] = await sql<{ format: string | null }[]>`SELECT format FROM ${t.bases} WHERE id = ${id}`;
  if (seen?.format === analyzer.format) return;
  await sql.begin(async (tx) => {
    const [row] = await tx<{ format: string | null }[]>`
      SELECT format FROM ${t.bases} WHERE id = ${id} FOR UPDATE`;
    if (row?.format === analyzer.format) return; // another process rewrote them while this one waited
    await tx`DELETE FROM ${t.postings} WHERE kb = ${id}`;
    await tx`DELETE FROM ${t.terms} WHERE kb = ${id}`;
    const totalLength = await reanalyse(tx, kb);
    await tx`UPDATE ${t.bases} SET format = ${analyzer.format}, total_length = ${totalLength},
      generation = generation + 1 WHERE id = ${id}`;
  });
}

// Every chunk's postings and length again, a page at a time; returns the sum of lengths.
async function reanalyse(tx: PgQuery, kb: PgKb): Promise<number> {
  const { t, id, analyzer } = kb;
  const df = new Map<string, number>();
  let total = 0;
  let after = 0;
  for (;;) {
    const page = await tx<Array<{ rowid: string; title: string | null; headings: string; text: string }>>`
      SELECT c.rowid, d.title, c.headings, c.text FROM ${t.chunks} c
      JOIN ${t.documents} d ON d.kb = c.kb AND d.id = c.doc_id
      WHERE c.kb = ${id} AND c.rowid > ${after} ORDER BY c.rowid LIMIT 1000`;
    if (!page.length) break;
    const cols = new PostingColumns();
    const lengths: number[] = [];
    for (const r of page) {
      const terms = chunkTerms(analyzer, analyzer.terms(r.title ?? ''), JSON.parse(r.headings), r.text);
      cols.add(Number(r.rowid), terms);
      lengths.push(terms.length);
      total += terms.length;
    }
    const rowids = page.map((r) => Number(r.rowid));
    await tx`UPDATE ${t.chunks} c SET length = x.length
      FROM unnest(${rowids}::bigint[], ${lengths}::int[]) AS x(rowid, length) WHERE c.rowid = x.rowid`;
    await insertPostings(tx, kb, cols);
    for (const [term, n] of cols.df) df.set(term, (df.get(term) ?? 0) + n);
    after = rowids.at(-1)!;
  }
  await addDocFreqs(tx, kb, df);
  return total;
}
